using Mednum49.Bot.Tests.Support;
using Mednum49.Bot.WebChat;
using Mednum49.Bot.WebChat.Local;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.WebChat;

public sealed class LocalConversationStoreTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));

    private LocalConversationStore Store(int max = 3, int maxActivities = 10) => new(
        Options.Create(new WebChatOptions { MaxLocalConversations = max, MaxLocalActivities = maxActivities, LocalConversationIdle = TimeSpan.FromHours(1) }),
        _clock,
        NullLogger<LocalConversationStore>.Instance);

    [Fact]
    public void When_full_the_least_recently_active_conversation_is_forgotten()
    {
        var store = Store(max: 3);
        var first = store.Create();
        _clock.Advance(TimeSpan.FromMinutes(1));
        var second = store.Create();
        _clock.Advance(TimeSpan.FromMinutes(1));
        var third = store.Create();
        _clock.Advance(TimeSpan.FromMinutes(1));
        Assert.NotNull(store.Find(first.Id)); // used again: now the second is the oldest

        var fourth = store.Create();

        Assert.Equal(3, store.Count);
        Assert.Null(store.Find(second.Id));
        Assert.NotNull(store.Find(first.Id));
        Assert.NotNull(store.Find(third.Id));
        Assert.NotNull(store.Find(fourth.Id));
    }

    [Fact]
    public void An_idle_conversation_expires_and_an_active_one_does_not()
    {
        var store = Store();
        var idle = store.Create();
        var active = store.Create();

        for (var i = 0; i < 4; i++)
        {
            _clock.Advance(TimeSpan.FromMinutes(20));
            Assert.NotNull(store.Find(active.Id));
        }

        Assert.Null(store.Find(idle.Id));
        Assert.NotNull(store.Find(active.Id));
    }

    [Fact]
    public void Each_conversation_has_its_own_user_and_unguessable_ids()
    {
        var store = Store(max: 100);
        var conversations = Enumerable.Range(0, 50).Select(_ => store.Create()).ToList();

        Assert.Equal(50, conversations.Select(c => c.Id).Distinct().Count());
        Assert.Equal(50, conversations.Select(c => c.UserId).Distinct().Count());
        Assert.All(conversations, c => Assert.True(c.Id.Length >= 20 && c.UserId.StartsWith("dl_", StringComparison.Ordinal)));
    }

    [Fact]
    public void Old_activities_are_dropped_beyond_the_cap_and_the_watermark_still_counts_them()
    {
        var conversation = Store(maxActivities: 10).Create();
        var ids = Enumerable.Range(0, 15).Select(i => conversation.Append(new JObject { ["type"] = "message", ["text"] = $"m{i}" })).ToList();

        var (all, watermark) = conversation.After(0);
        Assert.Equal(15, watermark);
        Assert.Equal(ids.Skip(5), all.Select(a => (string?)a["id"]));
        var (recent, _) = conversation.After(13);
        Assert.Equal(["m13", "m14"], recent.Select(a => (string?)a["text"]));
    }
}

public sealed class LocalDirectLineTokensTests
{
    private readonly ManualClock _clock = new(new DateTimeOffset(2026, 11, 29, 9, 0, 0, TimeSpan.Zero));

    [Fact]
    public void A_token_grants_its_conversation_and_user_until_it_expires()
    {
        var tokens = new LocalDirectLineTokens(_clock);
        var token = tokens.Issue("conv-1", "dl_user");

        Assert.Equal(("conv-1", "dl_user"), (tokens.Validate(token)!.ConversationId, tokens.Validate(token)!.UserId));
        _clock.Advance(LocalDirectLineTokens.Lifetime + TimeSpan.FromSeconds(1));
        Assert.Null(tokens.Validate(token));
    }

    [Fact]
    public void A_token_from_another_process_or_altered_is_refused()
    {
        var tokens = new LocalDirectLineTokens(_clock);
        var other = new LocalDirectLineTokens(_clock).Issue("conv-1", "dl_user");
        var token = tokens.Issue("conv-1", "dl_user");
        var parts = token.Split('.');
        var claims = Newtonsoft.Json.Linq.JObject.Parse(System.Text.Encoding.UTF8.GetString(Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlDecode(parts[1])));
        claims["conv"] = "conv-2";
        var altered = $"{parts[0]}.{Microsoft.AspNetCore.WebUtilities.WebEncoders.Base64UrlEncode(System.Text.Encoding.UTF8.GetBytes(claims.ToString()))}.{parts[2]}";

        Assert.Null(tokens.Validate(other));
        Assert.Null(tokens.Validate(altered));
        Assert.Null(tokens.Validate(""));
        Assert.Null(tokens.Validate("a.b.c"));
    }
}
