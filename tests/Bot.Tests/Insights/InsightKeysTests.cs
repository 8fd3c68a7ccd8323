using Mednum49.Bot.Insights;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Tests.Insights;

public sealed class InsightKeysTests
{
    private static Activity From(string channel, string id, string? aad = null, string name = "Marie Lefèvre") => new()
    {
        ChannelId = channel,
        From = new ChannelAccount(id, name, aadObjectId: aad),
    };

    [Fact]
    public void The_same_person_gets_the_same_pseudonym_in_every_conversation_and_another_secret_gives_another()
    {
        var keys = new InsightKeys(InsightsBot.Secret);
        var aad = "6E1F9F0C-2E3A-4E4B-9C55-0A1B2C3D4E5F";

        Assert.Equal(keys.UserKey(From("msteams", "29:a", aad)), keys.UserKey(From("msteams", "29:b", aad.ToLowerInvariant(), "Autre nom")));
        Assert.NotEqual(keys.UserKey(From("msteams", "29:a", aad)), new InsightKeys(InsightsBot.Secret + "!").UserKey(From("msteams", "29:a", aad)));
    }

    [Fact]
    public void Without_an_aad_id_the_channel_user_id_is_pseudonymised_within_its_channel()
    {
        var keys = new InsightKeys(InsightsBot.Secret);

        Assert.NotEqual(keys.UserKey(From("webchat", "u1")), keys.UserKey(From("emulator", "u1")));
        Assert.NotEqual(keys.UserKey(From("webchat", "u1")), keys.UserKey(From("webchat", "u2")));
    }

    [Fact]
    public void A_pseudonym_is_not_the_plain_hash_of_the_id()
    {
        var aad = "6e1f9f0c-2e3a-4e4b-9c55-0a1b2c3d4e5f";
        var plain = Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(aad)));

        var key = new InsightKeys(InsightsBot.Secret).UserKey(From("msteams", "29:a", aad));

        Assert.NotEqual(plain, key);
        Assert.DoesNotContain(aad, key, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Answer_keys_differ_by_conversation_since_activity_ids_are_unique_per_conversation_only()
    {
        var keys = new InsightKeys(InsightsBot.Secret);

        Assert.NotEqual(keys.AnswerKey("msteams", "a:1", "1700000000001"), keys.AnswerKey("msteams", "a:2", "1700000000001"));
        Assert.Equal(keys.AnswerKey("MsTeams", "a:1", "1700000000001"), keys.AnswerKey("msteams", "a:1", "1700000000001"));
    }
}
