using Mednum49.Knowledge.Answering;
using Moq;

namespace Mednum49.Knowledge.Tests.Generation;

/// <summary>
/// Understanding with the conversation's context: when the engine, reading a message against the conversation, finds
/// nothing, the model may interpret it with what the previous answer was about (its place, subject, theme, action);
/// the engine answers that interpretation from the knowledge base. The model's own words never reach the user.
/// </summary>
public sealed class ContextUnderstandingTests
{
    private const string PreviousQuestion = "Qui s'occupe de Candé ?";
    private const string FollowUp = "et pour faire ses papiers là-bas ?";
    private const string Phrased = "La France Services de Candé est dans le Candéen [2].";

    private static DialogueContext AboutCande(DateTimeOffset? at = null) => new()
    {
        Question = PreviousQuestion,
        Kind = "territory",
        Place = new DialogueEntity("commune:49054", "Candé", "cande"),
        Subject = new DialogueEntity("territory:anjou-bleu-communaute", "Anjou Bleu Communauté"),
        At = at ?? DateTimeOffset.UtcNow,
    };

    private static GenerationHarness Harness(DialogueContext context)
    {
        var harness = new GenerationHarness();
        harness.Engine.Setup(e => e.Ask(FollowUp, context)).Returns(GenerationFixtures.NotFound(FollowUp) with { Context = context with { Choices = [] } });
        return harness;
    }

    [Fact]
    public async Task A_message_referring_back_is_interpreted_with_the_previous_answers_place_and_answered_from_the_knowledge_base()
    {
        var context = AboutCande();
        var harness = Harness(context)
            .ModelReplies("""{"kind": "places", "entities": ["Candé"], "detail": "france-services"}""")
            .ModelReplies(Phrased);
        harness.Engine.Setup(e => e.Ask(FollowUp, It.IsAny<Interpretation>())).Returns(GenerationFixtures.Cande(FollowUp));

        var answer = await harness.Service.AskAsync(FollowUp, context);

        Assert.True(answer.Found);
        Assert.Equal(Phrased, answer.Narrative);
        harness.Engine.Verify(e => e.Ask(FollowUp, It.Is<Interpretation>(i =>
            i.Kind == "places" && i.Entities.SequenceEqual(new[] { "Candé" }) && i.Detail == "france-services")));

        var understanding = harness.Calls[0];
        Assert.Contains("<contexte>", understanding.User, StringComparison.Ordinal);
        Assert.Contains("Lieu : Candé", understanding.User, StringComparison.Ordinal);
        Assert.Contains("Sujet : Anjou Bleu Communauté", understanding.User, StringComparison.Ordinal);
        Assert.Contains(FollowUp, understanding.User, StringComparison.Ordinal);
        // The system message is fixed text; the user's earlier words are never sent, only the knowledge base's names.
        Assert.DoesNotContain("Anjou Bleu Communauté", understanding.System, StringComparison.Ordinal);
        Assert.DoesNotContain("Lieu :", understanding.System, StringComparison.Ordinal);
        Assert.DoesNotContain(FollowUp, understanding.System, StringComparison.Ordinal);
        Assert.DoesNotContain(harness.Calls, c => c.User.Contains(PreviousQuestion, StringComparison.Ordinal) || c.User.Contains("cande", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_next_context_keeps_the_place_and_takes_the_one_structure_the_answer_gives()
    {
        var context = AboutCande();
        var harness = Harness(context)
            .ModelReplies("""{"kind": "places", "entities": ["Candé"], "detail": "france-services"}""")
            .ModelReplies(Phrased);
        harness.Engine.Setup(e => e.Ask(FollowUp, It.IsAny<Interpretation>())).Returns(GenerationFixtures.Cande(FollowUp));

        var answer = await harness.Service.AskAsync(FollowUp, context);

        Assert.NotNull(answer.Context);
        Assert.Equal("commune:49054", answer.Context.Place?.Id);
        Assert.Equal("place:france-services-cande", answer.Context.Subject?.Id);
        Assert.Equal("places", answer.Context.Kind);
        Assert.False(answer.Context.IsExpired(DateTimeOffset.UtcNow));
    }

    [Fact]
    public async Task Choices_offered_through_understanding_stay_in_the_context_so_that_a_number_picks_one()
    {
        var context = AboutCande();
        var ambiguous = GenerationFixtures.Ambiguous(FollowUp);
        var harness = Harness(context).ModelReplies("""{"kind": "places", "entities": ["Candé"], "detail": null}""");
        harness.Engine.Setup(e => e.Ask(FollowUp, It.IsAny<Interpretation>())).Returns(ambiguous);

        var answer = await harness.Service.AskAsync(FollowUp, context);

        Assert.Equal(ambiguous.Choices, answer.Choices);
        Assert.Equal(ambiguous.Choices, answer.Context?.Choices);
        Assert.True(answer.Context?.IsChoiceReply("2"));
    }

    [Theory]
    [InlineData("""{"kind": "places", "entities": ["Saumur"], "detail": "france-services"}""", "neither the question nor the conversation mentions 'Saumur'")]
    [InlineData("""{"kind": "places", "entities": ["Candé", "Espace Zéphyrin"], "detail": null}""", "neither the question nor the conversation mentions 'Espace Zéphyrin'")]
    [InlineData("La France Services de Candé vous accueille du lundi au vendredi.", "not the expected JSON")]
    public async Task A_name_from_elsewhere_or_free_text_leaves_the_engines_answer(string reply, string reason)
    {
        var context = AboutCande();
        var harness = Harness(context).ModelReplies(reply);

        var answer = await harness.Service.AskAsync(FollowUp, context);

        Assert.False(answer.Found);
        Assert.Null(answer.Narrative);
        Assert.Equal(GenerationFixtures.NotFound(FollowUp).Title, answer.Title);
        harness.Engine.Verify(e => e.Ask(It.IsAny<string>(), It.IsAny<Interpretation>()), Times.Never);
        Assert.Contains(reason, Assert.Single(harness.Fallbacks), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_context_the_same_reply_is_refused_because_the_question_does_not_name_the_place()
    {
        var harness = new GenerationHarness()
            .EngineAnswers(GenerationFixtures.NotFound(FollowUp))
            .ModelReplies("""{"kind": "places", "entities": ["Candé"], "detail": "france-services"}""");

        var answer = await harness.Service.AskAsync(FollowUp);

        Assert.False(answer.Found);
        Assert.DoesNotContain("<contexte>", harness.Calls[0].User, StringComparison.Ordinal);
        Assert.Contains("does not mention 'Candé'", Assert.Single(harness.Fallbacks), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_expired_context_is_neither_read_nor_sent()
    {
        var stale = AboutCande(at: DateTimeOffset.UtcNow - DialogueContext.Lifetime - TimeSpan.FromMinutes(5));
        var harness = new GenerationHarness()
            .EngineAnswers(GenerationFixtures.NotFound(FollowUp))
            .ModelReplies("""{"kind": "none", "entities": [], "detail": null}""");

        var answer = await harness.Service.AskAsync(FollowUp, stale);

        Assert.False(answer.Found);
        harness.Engine.Verify(e => e.Ask(FollowUp), Times.Once);
        Assert.DoesNotContain("<contexte>", Assert.Single(harness.Calls).User, StringComparison.Ordinal);
    }
}
