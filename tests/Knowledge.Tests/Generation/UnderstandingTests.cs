using Mednum49.Knowledge.Answering;
using Microsoft.Extensions.AI;
using Moq;

namespace Mednum49.Knowledge.Tests.Generation;

public sealed class UnderstandingTests
{
    private const string LooseQuestion = "c'est ou la maison des services publics du coté de cande";

    private static readonly Interpretation CandePlaces = new("places", ["Candé"], "france-services");

    [Fact]
    public async Task A_loose_question_is_answered_from_the_knowledge_base_through_the_engines_question_kinds()
    {
        const string phrased = "La France Services de Candé est dans le Candéen [2].";
        var understood = GenerationFixtures.Cande(LooseQuestion);
        var harness = new GenerationHarness()
            .EngineAnswers(GenerationFixtures.NotFound(LooseQuestion))
            .ModelReplies("""{"kind": "places", "entities": ["Candé"], "detail": "france-services"}""")
            .ModelReplies(phrased);
        harness.Engine.Setup(e => e.Ask(LooseQuestion, It.IsAny<Interpretation>())).Returns(understood);

        var answer = await harness.Service.AskAsync(LooseQuestion);

        Assert.True(answer.Found);
        Assert.Equal(understood with { Narrative = phrased }, answer);
        harness.Engine.Verify(e => e.Ask(LooseQuestion, It.Is<Interpretation>(i =>
            i.Kind == CandePlaces.Kind && i.Entities.SequenceEqual(CandePlaces.Entities) && i.Detail == CandePlaces.Detail)), Times.Once);
        Assert.Equal(2, harness.Calls.Count);
        Assert.Empty(harness.Fallbacks);
    }

    [Fact]
    public async Task The_understanding_call_asks_for_json_with_the_engines_kinds_in_the_system_message()
    {
        var harness = new GenerationHarness()
            .EngineAnswers(GenerationFixtures.NotFound(LooseQuestion))
            .ModelReplies("""{"kind": "none", "entities": [], "detail": null}""");

        await harness.Service.AskAsync(LooseQuestion);

        var call = Assert.Single(harness.Calls);
        Assert.All(GenerationFixtures.Kinds, kind => Assert.Contains($"- {kind.Kind}: {kind.Description}", call.System));
        Assert.IsType<ChatResponseFormatJson>(call.Options?.ResponseFormat);
        Assert.Contains(LooseQuestion, call.User);
        Assert.DoesNotContain(LooseQuestion, call.System);
        Assert.InRange(call.Options!.Temperature!.Value, 0f, 0.2f);
    }

    [Fact]
    public async Task An_understood_answer_whose_phrasing_fails_is_still_the_knowledge_base_answer()
    {
        var understood = GenerationFixtures.Cande(LooseQuestion);
        var harness = new GenerationHarness()
            .EngineAnswers(GenerationFixtures.NotFound(LooseQuestion))
            .ModelReplies("""{"kind": "places", "entities": ["Cande"], "detail": null}""")
            .ModelReplies("La France Services de Candé ouvre à 9 h [2].");
        harness.Engine.Setup(e => e.Ask(LooseQuestion, It.IsAny<Interpretation>())).Returns(understood);

        var answer = await harness.Service.AskAsync(LooseQuestion);

        Assert.Same(understood, answer);
        Assert.Contains("number '9'", Assert.Single(harness.Fallbacks));
    }

    [Fact]
    public async Task An_out_of_scope_question_is_not_found_and_the_engine_is_not_asked_again()
    {
        const string question = "quel temps fera-t-il demain à Brest ?";
        var notFound = GenerationFixtures.NotFound(question);
        var harness = new GenerationHarness()
            .EngineAnswers(notFound)
            .ModelReplies("""{"kind": "none", "entities": ["Brest"], "detail": null}""");

        var answer = await harness.Service.AskAsync(question);

        Assert.Same(notFound, answer);
        Assert.False(answer.Found);
        harness.Engine.Verify(e => e.Ask(It.IsAny<string>(), It.IsAny<Interpretation>()), Times.Never);
        Assert.Empty(harness.Fallbacks);
    }

    [Fact]
    public async Task A_kind_the_knowledge_base_cannot_answer_is_not_found()
    {
        const string question = "qui anime les ateliers numériques à Brissac ?";
        var notFound = GenerationFixtures.NotFound(question);
        var harness = new GenerationHarness()
            .EngineAnswers(notFound)
            .ModelReplies("""{"kind": "territory", "entities": ["Brissac"], "detail": null}""");
        harness.Engine.Setup(e => e.Ask(question, It.IsAny<Interpretation>())).Returns(GenerationFixtures.NotFound(question));

        var answer = await harness.Service.AskAsync(question);

        Assert.Same(notFound, answer);
        Assert.Single(harness.Calls);
    }

    [Theory]
    [InlineData("""{"kind": "weather", "entities": ["Candé"], "detail": null}""", "unknown question kind 'weather'")]
    [InlineData("""{"kind": "places", "entities": ["Candé"], "detail": null""", "not the expected JSON")]
    [InlineData("Je pense qu'il s'agit d'une question sur les lieux.", "not the expected JSON")]
    [InlineData("""{"entities": ["Candé"]}""", "not the expected JSON")]
    [InlineData("", "not the expected JSON")]
    [InlineData("""{"kind": "places", "entities": ["Saumur"], "detail": "france-services"}""", "does not mention 'Saumur'")]
    public async Task An_unusable_understanding_reply_leaves_the_not_found_answer(string reply, string reason)
    {
        var notFound = GenerationFixtures.NotFound(LooseQuestion);
        var harness = new GenerationHarness().EngineAnswers(notFound).ModelReplies(reply);

        var answer = await harness.Service.AskAsync(LooseQuestion);

        Assert.Same(notFound, answer);
        Assert.False(answer.Found);
        harness.Engine.Verify(e => e.Ask(It.IsAny<string>(), It.IsAny<Interpretation>()), Times.Never);
        Assert.Contains(reason, Assert.Single(harness.Fallbacks));
    }

    [Fact]
    public async Task A_json_reply_wrapped_in_a_code_fence_is_still_read()
    {
        var harness = new GenerationHarness()
            .EngineAnswers(GenerationFixtures.NotFound(LooseQuestion))
            .ModelReplies("```json\n{\"Kind\": \"places\", \"Entities\": \"Candé\"}\n```")
            .ModelReplies("La France Services de Candé est dans le Candéen [2].");
        harness.Engine.Setup(e => e.Ask(LooseQuestion, It.IsAny<Interpretation>())).Returns(GenerationFixtures.Cande(LooseQuestion));

        var answer = await harness.Service.AskAsync(LooseQuestion);

        Assert.True(answer.Found);
        harness.Engine.Verify(e => e.Ask(LooseQuestion, It.Is<Interpretation>(i => i.Kind == "places" && i.Entities.Single() == "Candé" && i.Detail == null)));
    }

    [Fact]
    public async Task A_model_slower_than_the_time_budget_leaves_the_not_found_answer()
    {
        var notFound = GenerationFixtures.NotFound(LooseQuestion);
        var harness = new GenerationHarness(timeBudget: TimeSpan.FromMilliseconds(200)).EngineAnswers(notFound).ModelHangs();

        var answer = await harness.Service.AskAsync(LooseQuestion);

        Assert.Same(notFound, answer);
        Assert.Contains("time budget", Assert.Single(harness.Fallbacks));
    }

    [Fact]
    public async Task An_empty_question_never_reaches_the_model()
    {
        var notFound = GenerationFixtures.NotFound("  ");
        var harness = new GenerationHarness().EngineAnswers(notFound);

        var answer = await harness.Service.AskAsync("  ");

        Assert.Same(notFound, answer);
        Assert.Empty(harness.Calls);
    }
}
