using System.Net;
using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Generation;
using Mednum49.Knowledge.Tests.Support;

namespace Mednum49.Knowledge.Tests.Generation;

/// <summary>
/// A two-message conversation on the real engine and the embedded knowledge base, with the real OpenAI client on a
/// loopback fake of an OpenAI-compatible service. The second message refers back to the first answer's place in
/// words the engine's rules do not know; the fake interprets it with the place the conversation's context gives it,
/// and the user reads the knowledge base's answer to that interpretation. The fake refuses to phrase (500), so every
/// answer is the engine's own text.
/// </summary>
public sealed class ConversationUnderstandingEndToEndTests : IAsyncLifetime
{
    private const string First = "Qui s'occupe de Candé ?";
    private const string FollowUp = "et pour les zorglubs là-bas ?";

    private FakeChatCompletions _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeChatCompletions.StartAsync();

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private GroundedAnswerService Service()
    {
        var options = new OpenAICompatibleOptions { Endpoint = _fake.BaseUrl.ToString(), Model = "mistral-small-latest" };
        return new GroundedAnswerService(EmbeddedEngine.Current, OpenAICompatibleChatClientFactory.Create(options), options, new RecordingLogger<GroundedAnswerService>());
    }

    /// <summary>The name the understanding request gives as the conversation's place ("Lieu : …"), if any.</summary>
    private static string? ContextPlace(RecordedRequest request) =>
        request.User.Split('\n').Select(l => l.Trim()).FirstOrDefault(l => l.StartsWith("Lieu : ", StringComparison.Ordinal))?["Lieu : ".Length..];

    [Fact]
    public async Task A_follow_up_the_rules_miss_is_answered_from_the_knowledge_base_for_the_conversations_place()
    {
        _fake.Replies(request => request.AsksForJson && ContextPlace(request) is { } place
            ? FakeReply.Json(new { kind = QuestionKinds.Territory, entities = new[] { place }, detail = (string?)null })
            : FakeReply.Error(HttpStatusCode.InternalServerError));
        var service = Service();

        var first = await service.AskAsync(First, context: null);
        Assert.True(first.Found);
        Assert.NotNull(first.Context);
        // Precondition: the rules alone do not understand the follow-up (else pick words they still do not know).
        Assert.False(EmbeddedEngine.Current.Ask(FollowUp, first.Context).Found);

        var answer = await service.AskAsync(FollowUp, first.Context);

        Assert.True(answer.Found);
        var understanding = Assert.Single(_fake.Requests, r => r.AsksForJson);
        var place = ContextPlace(understanding);
        Assert.Equal(first.Context.Place?.Name, place);
        var expected = EmbeddedEngine.Current.Ask(FollowUp, new Interpretation(QuestionKinds.Territory, [place!]));
        Assert.True(expected.Found);
        Assert.Equal(AnswerText.Render(expected), AnswerText.Render(answer));
        Assert.Equal(first.Context.Place?.Id, answer.Context?.Place?.Id);
    }

    [Fact]
    public async Task An_interpretation_naming_a_place_from_nowhere_leaves_the_engines_answer()
    {
        _fake.Replies(request => request.AsksForJson
            ? FakeReply.Json(new { kind = QuestionKinds.Territory, entities = new[] { "Zorglubville" }, detail = (string?)null })
            : FakeReply.Error(HttpStatusCode.InternalServerError));
        var service = Service();
        var first = await service.AskAsync(First, context: null);

        var answer = await service.AskAsync(FollowUp, first.Context);

        Assert.False(answer.Found);
        Assert.DoesNotContain("Zorglubville", AnswerText.Render(answer), StringComparison.Ordinal);
        Assert.Equal(AnswerText.Render(EmbeddedEngine.Current.Ask(FollowUp, first.Context)), AnswerText.Render(answer));
        Assert.Single(_fake.Requests, r => r.AsksForJson);
    }
}
