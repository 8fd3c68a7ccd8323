using System.Net;
using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Generation;
using Microsoft.Extensions.Logging;
using Moq;

namespace Mednum49.Knowledge.Tests.Generation;

/// <summary>
/// The real OpenAI client, pointed at a loopback fake of an OpenAI-compatible <c>/v1/chat/completions</c> and reached
/// through <see cref="Microsoft.Extensions.AI.IChatClient"/>, under <see cref="GroundedAnswerService"/>: whatever the
/// service does, the user gets a correct answer, and the fake shows the model was really called.
/// </summary>
public sealed class OpenAICompatibleChatClientTests : IAsyncLifetime
{
    private const string Grounded = "La France Services de Candé est dans le Candéen [2].";
    private const string Invented = "L'association Zéphyrin Connect accueille les habitants à la France Services de Candé [3].";

    private readonly Answer _engineAnswer = GenerationFixtures.Cande();
    private readonly Mock<IAnswerEngine> _engine = new();
    private readonly RecordingLogger<GroundedAnswerService> _logger = new();
    private FakeChatCompletions _fake = null!;

    public async Task InitializeAsync()
    {
        _fake = await FakeChatCompletions.StartAsync();
        _engine.Setup(e => e.Ask(GenerationFixtures.CandeQuestion)).Returns(_engineAnswer);
        _engine.SetupGet(e => e.Kinds).Returns(GenerationFixtures.Kinds);
    }

    public async Task DisposeAsync() => await _fake.DisposeAsync();

    private GroundedAnswerService Service(string? apiKey = "test-key", TimeSpan? timeBudget = null, bool jsonSchema = true)
    {
        var options = new OpenAICompatibleOptions
        {
            Endpoint = _fake.BaseUrl.ToString(),
            Model = "mistral-small-latest",
            ApiKey = apiKey,
            TimeBudget = timeBudget ?? TimeSpan.FromSeconds(8),
            JsonSchema = jsonSchema,
        };
        return new GroundedAnswerService(_engine.Object, OpenAICompatibleChatClientFactory.Create(options), options, _logger);
    }

    private IEnumerable<string?> Fallbacks => _logger.Entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Reason);

    [Fact]
    public async Task A_normal_reply_becomes_the_answers_narrative_with_the_engines_sources()
    {
        _fake.Replies(FakeReply.Text(Grounded));

        var answer = await Service().AskAsync(GenerationFixtures.CandeQuestion);

        Assert.Equal(Grounded, answer.Narrative);
        Assert.Equal(_engineAnswer.Sources, answer.Sources);
        var request = Assert.Single(_fake.Requests);
        Assert.Equal("/v1/chat/completions", request.Path);
        Assert.Equal("mistral-small-latest", request.Model);
        Assert.Equal("Bearer test-key", request.Authorization);
        Assert.Equal(0.1, (double?)request.Body["temperature"] ?? -1, precision: 3);
        Assert.Equal(_engineAnswer.Facts.Select(f => f.Text), request.Facts.Take(2));
        Assert.Contains(GenerationFixtures.CandeQuestion, request.User, StringComparison.Ordinal);
        Assert.DoesNotContain("Candé", request.System, StringComparison.Ordinal);
        Assert.Empty(Fallbacks);
    }

    [Fact]
    public async Task Without_an_api_key_no_authorization_header_is_sent()
    {
        _fake.Replies(FakeReply.Text(Grounded));

        var answer = await Service(apiKey: null).AskAsync(GenerationFixtures.CandeQuestion);

        Assert.Equal(Grounded, answer.Narrative);
        Assert.Null(Assert.Single(_fake.Requests).Authorization);
    }

    [Fact]
    public async Task An_invented_organisation_is_rejected_and_the_deterministic_answer_is_given()
    {
        _fake.Replies(FakeReply.Text(Invented));

        var answer = await Service().AskAsync(GenerationFixtures.CandeQuestion);

        Assert.Same(_engineAnswer, answer);
        Assert.DoesNotContain("Zéphyrin", AnswerText.Render(answer), StringComparison.Ordinal);
        Assert.Single(_fake.Requests);
        Assert.Contains("Zéphyrin", Assert.Single(Fallbacks), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(HttpStatusCode.TooManyRequests, "429")]
    [InlineData(HttpStatusCode.InternalServerError, "model error")]
    [InlineData(HttpStatusCode.ServiceUnavailable, "model error")]
    [InlineData(HttpStatusCode.Unauthorized, "model error")]
    public async Task An_error_status_gives_the_deterministic_answer(HttpStatusCode status, string reason)
    {
        _fake.Replies(FakeReply.Error(status));

        var answer = await Service().AskAsync(GenerationFixtures.CandeQuestion);

        Assert.Same(_engineAnswer, answer);
        Assert.NotEmpty(_fake.Requests);
        Assert.Contains(reason, Assert.Single(Fallbacks), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_429_then_a_reply_is_retried_once()
    {
        _fake.RepliesInTurn(FakeReply.Error(HttpStatusCode.TooManyRequests), FakeReply.Text(Grounded));

        var answer = await Service().AskAsync(GenerationFixtures.CandeQuestion);

        Assert.Equal(Grounded, answer.Narrative);
        Assert.Equal(2, _fake.Requests.Count);
    }

    [Fact]
    public async Task A_service_slower_than_the_time_budget_gives_the_deterministic_answer()
    {
        _fake.Replies(FakeReply.Late(TimeSpan.FromSeconds(30), Grounded));

        var answer = await Service(timeBudget: TimeSpan.FromMilliseconds(500)).AskAsync(GenerationFixtures.CandeQuestion);

        Assert.Same(_engineAnswer, answer);
        Assert.NotEmpty(_fake.Requests);
        Assert.Contains("time budget", Assert.Single(Fallbacks), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_malformed_json_body_gives_the_deterministic_answer()
    {
        _fake.Replies(FakeReply.Malformed());

        var answer = await Service().AskAsync(GenerationFixtures.CandeQuestion);

        Assert.Same(_engineAnswer, answer);
        Assert.Single(_fake.Requests);
        Assert.Contains("model error", Assert.Single(Fallbacks), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_reply_cut_at_the_token_limit_gives_the_deterministic_answer()
    {
        _fake.Replies(FakeReply.Text("La France Services de Candé est dans le", finishReason: "length"));

        var answer = await Service().AskAsync(GenerationFixtures.CandeQuestion);

        Assert.Same(_engineAnswer, answer);
        Assert.Contains("token limit", Assert.Single(Fallbacks), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(true, "json_schema")]
    [InlineData(false, "json_object")]
    public async Task Understanding_asks_for_a_json_schema_or_for_plain_json_mode(bool jsonSchema, string format)
    {
        const string loose = "un endroit pour les papiers vers Candé";
        _engine.Setup(e => e.Ask(loose)).Returns(GenerationFixtures.NotFound(loose));
        _engine.Setup(e => e.Ask(loose, It.IsAny<Interpretation>())).Returns(GenerationFixtures.Cande(loose));
        _fake.Replies(request => request.AsksForJson
            ? FakeReply.Json(new { kind = "places", entities = new[] { "Candé" }, detail = (string?)null })
            : FakeReply.Text(Grounded));

        var answer = await Service(jsonSchema: jsonSchema).AskAsync(loose);

        Assert.Equal(Grounded, answer.Narrative);
        var understanding = _fake.Requests[0];
        Assert.Equal(format, (string?)understanding.Body["response_format"]?["type"]);
        // Without a schema in the request, the schema travels as text, never in a system message with the question.
        Assert.Contains("kind", jsonSchema ? understanding.Body["response_format"]!.ToJsonString() : understanding.User, StringComparison.Ordinal);
        Assert.DoesNotContain(loose, understanding.System, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_the_engine_did_not_find_is_understood_with_structured_output_then_phrased()
    {
        const string loose = "un endroit pour les papiers vers Candé";
        _engine.Setup(e => e.Ask(loose)).Returns(GenerationFixtures.NotFound(loose));
        _engine.Setup(e => e.Ask(loose, It.IsAny<Interpretation>())).Returns(GenerationFixtures.Cande(loose));
        _fake.Replies(request => request.AsksForJson
            ? FakeReply.Json(new { kind = "places", entities = new[] { "Candé" }, detail = (string?)null })
            : FakeReply.Text(Grounded));

        var answer = await Service().AskAsync(loose);

        Assert.True(answer.Found);
        Assert.Equal(Grounded, answer.Narrative);
        Assert.Equal([true, false], _fake.Requests.Select(r => r.AsksForJson));
        Assert.Contains(loose, _fake.Requests[0].User, StringComparison.Ordinal);
        Assert.DoesNotContain(loose, _fake.Requests[0].System, StringComparison.Ordinal);
        _engine.Verify(e => e.Ask(loose, It.Is<Interpretation>(i => i.Kind == "places" && i.Entities.Single() == "Candé")));
    }
}
