using Mednum49.Bot.Deduplication;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Deduplication;

public sealed class TurnKeyTests
{
    private static Activity Message(string? id, string conversation = "c1", string channel = "msteams", object? value = null, string text = "bonjour") => new(ActivityTypes.Message)
    {
        Id = id,
        ChannelId = channel,
        Conversation = new ConversationAccount(id: conversation),
        From = new ChannelAccount("u1"),
        Text = text,
        Value = value,
        Timestamp = new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero),
    };

    [Fact]
    public void An_activity_is_identified_by_its_channel_conversation_and_id()
    {
        Assert.Equal("msteams|c1|42", TurnKey.For(Message("42")));
        Assert.Equal(TurnKey.For(Message("42", text: "autre texte")), TurnKey.For(Message("42")));
        Assert.NotEqual(TurnKey.For(Message("42")), TurnKey.For(Message("42", conversation: "c2")));
        Assert.NotEqual(TurnKey.For(Message("42")), TurnKey.For(Message("42", channel: "slack")));
    }

    [Fact]
    public void Without_an_id_the_same_payload_gives_the_same_key_and_another_payload_another()
    {
        var submit = TurnKey.For(Message(null, value: JObject.Parse("""{"choice":"Reconditionnement"}"""), text: ""));
        var retry = TurnKey.For(Message("", value: JObject.Parse("""{"choice":"Reconditionnement"}"""), text: ""));
        var other = TurnKey.For(Message(null, value: JObject.Parse("""{"choice":"Accès aux droits"}"""), text: ""));

        Assert.StartsWith("msteams|c1|sha256:", submit);
        Assert.Equal(submit, retry);
        Assert.NotEqual(submit, other);
    }

    [Fact]
    public void What_the_bot_sends_itself_is_never_deduplicated()
    {
        var reference = new ConversationReference { ChannelId = "msteams", Conversation = new ConversationAccount(id: "c1") };

        Assert.Null(TurnKey.For(reference.GetContinuationActivity()));
    }
}
