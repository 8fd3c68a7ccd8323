using System.Net;
using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Generation;
using Microsoft.Extensions.AI;

namespace Mednum49.Knowledge.Tests.Generation;

public sealed class PhrasingTests
{
    private const string Grounded =
        "Oui : la France Services de Candé est l'une des deux maisons France Services d'Anjou Bleu Communauté [1][3]. " +
        "Elle se trouve dans le Candéen, la polarité la plus avancée [2].";

    [Fact]
    public async Task A_grounded_reply_becomes_the_narrative_and_everything_else_stays_the_engines()
    {
        var engine = GenerationFixtures.Cande();
        var harness = new GenerationHarness().EngineAnswers(engine).ModelReplies(Grounded);

        var answer = await harness.Service.AskAsync(GenerationFixtures.CandeQuestion);

        Assert.Equal(Grounded, answer.Narrative);
        Assert.Equal(engine with { Narrative = Grounded }, answer);
        Assert.Same(engine.Sources, answer.Sources);
        Assert.Same(engine.Places, answer.Places);
        Assert.Same(engine.FollowUps, answer.FollowUps);
        Assert.Empty(harness.Fallbacks);
        Assert.Contains(Grounded, AnswerText.Render(answer));
    }

    [Fact]
    public async Task The_facts_go_to_the_user_message_as_a_delimited_numbered_block()
    {
        var harness = new GenerationHarness().EngineAnswers(GenerationFixtures.Cande()).ModelReplies(Grounded);

        await harness.Service.AskAsync(GenerationFixtures.CandeQuestion);

        var call = Assert.Single(harness.Calls);
        Assert.Contains(
            """
            <faits>
            [1] Anjou Bleu Communauté compte deux maisons France Services : Candé et Ombrée d'Anjou.
            [2] La France Services de Candé est dans le Candéen, la polarité la plus avancée des trois.
            [3] Lieu : France Services de Candé (France Services, Candé)
            </faits>
            """.ReplaceLineEndings("\n"),
            call.User.ReplaceLineEndings("\n"));
        Assert.Contains(GenerationFixtures.CandeQuestion, call.User);
        Assert.DoesNotContain("Anjou Bleu", call.System);
        Assert.Equal(GenerationPrompts.PhrasingSystem, call.System);
    }

    [Fact]
    public async Task The_model_is_called_with_a_low_temperature_and_bounded_output()
    {
        var harness = new GenerationHarness().EngineAnswers(GenerationFixtures.Cande()).ModelReplies(Grounded);

        await harness.Service.AskAsync(GenerationFixtures.CandeQuestion);

        var options = Assert.Single(harness.Calls).Options;
        Assert.NotNull(options);
        Assert.InRange(options.Temperature!.Value, 0f, 0.2f);
        Assert.Equal(harness.Options.MaxOutputTokens, options.MaxOutputTokens);
    }

    [Theory]
    [InlineData("La France Services de Candé est dans le Candéen [4].", "citation [4]")]
    [InlineData("La France Services de Candé est dans le Candéen [0].", "citation [0]")]
    [InlineData("La France Services de Candé est dans le Candéen.", "no citation")]
    [InlineData("Contactez Jeanne Leroux à la France Services de Candé [3].", "name 'Jeanne'")]
    [InlineData("La France Services de Candé dépend de la CAF [3].", "name 'CAF'")]
    [InlineData("La France Services de Candé a ouvert en 2019 [3].", "number '2019'")]
    [InlineData("Anjou Bleu Communauté compte quatre maisons France Services [1].", "number 'quatre'")]
    [InlineData("Écrivez à franceservices@cande.fr [3].", "e-mail")]
    [InlineData("Plus d'informations sur www.anjoubleucommunaute.fr [1].", "web address")]
    [InlineData("Plus d'informations sur https://cande.fr/france-services [3].", "web address")]
    [InlineData("Appelez la France Services de Candé au 02 41 92 12 34 [3].", "phone number")]
    [InlineData("Appelez le +33 2 41 92 12 34 [3].", "phone number")]
    [InlineData("", "empty reply")]
    [InlineData("   \n ", "empty reply")]
    public async Task A_reply_that_is_not_grounded_in_the_facts_leaves_the_deterministic_answer(string reply, string reason)
    {
        var engine = GenerationFixtures.Cande();
        var harness = new GenerationHarness().EngineAnswers(engine).ModelReplies(reply);

        var answer = await harness.Service.AskAsync(GenerationFixtures.CandeQuestion);

        Assert.Same(engine, answer);
        Assert.Null(answer.Narrative);
        Assert.Contains(reason, Assert.Single(harness.Fallbacks));
    }

    [Fact]
    public async Task A_reply_cut_at_the_token_limit_leaves_the_deterministic_answer()
    {
        var engine = GenerationFixtures.Cande();
        var harness = new GenerationHarness().EngineAnswers(engine).ModelReplies("La France Services de Candé est dans le [2]", ChatFinishReason.Length);

        var answer = await harness.Service.AskAsync(GenerationFixtures.CandeQuestion);

        Assert.Same(engine, answer);
        Assert.Contains("token limit", Assert.Single(harness.Fallbacks));
    }

    [Fact]
    public async Task A_name_written_without_its_accents_is_still_the_name_of_the_facts()
    {
        const string reply = "La France Services de Cande est dans le Candeen [2], en Anjou Bleu Communaute [1].";
        var harness = new GenerationHarness().EngineAnswers(GenerationFixtures.Cande()).ModelReplies(reply);

        var answer = await harness.Service.AskAsync(GenerationFixtures.CandeQuestion);

        Assert.Equal(reply, answer.Narrative);
    }

    [Fact]
    public async Task A_model_error_leaves_the_deterministic_answer_and_is_logged()
    {
        var engine = GenerationFixtures.Cande();
        var harness = new GenerationHarness().EngineAnswers(engine).ModelThrows(new InvalidOperationException("deployment not found"));

        var answer = await harness.Service.AskAsync(GenerationFixtures.CandeQuestion);

        Assert.Same(engine, answer);
        var warning = Assert.Single(harness.Logger.Entries, e => e.Level == Microsoft.Extensions.Logging.LogLevel.Warning);
        Assert.Contains("model error", warning.Reason);
        Assert.IsType<InvalidOperationException>(warning.Exception);
    }

    [Fact]
    public async Task Throttling_leaves_the_deterministic_answer()
    {
        var engine = GenerationFixtures.Cande();
        var harness = new GenerationHarness().EngineAnswers(engine)
            .ModelThrows(new HttpRequestException("Too Many Requests", null, HttpStatusCode.TooManyRequests));

        var answer = await harness.Service.AskAsync(GenerationFixtures.CandeQuestion);

        Assert.Same(engine, answer);
        Assert.Contains("429", Assert.Single(harness.Fallbacks));
    }

    [Fact]
    public async Task A_model_slower_than_the_time_budget_leaves_the_deterministic_answer()
    {
        var engine = GenerationFixtures.Cande();
        var harness = new GenerationHarness(timeBudget: TimeSpan.FromMilliseconds(200)).EngineAnswers(engine).ModelHangs(Grounded);

        var answer = await harness.Service.AskAsync(GenerationFixtures.CandeQuestion);

        Assert.Same(engine, answer);
        Assert.Contains("time budget", Assert.Single(harness.Fallbacks));
    }

    [Fact]
    public async Task The_callers_cancellation_is_not_swallowed_as_a_fallback()
    {
        using var caller = new CancellationTokenSource();
        var harness = new GenerationHarness().EngineAnswers(GenerationFixtures.Cande()).ModelDoes(async token =>
        {
            await caller.CancelAsync();
            await Task.Delay(Timeout.Infinite, token);
            throw new InvalidOperationException("unreachable");
        });

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => harness.Service.AskAsync(GenerationFixtures.CandeQuestion, caller.Token));
        Assert.Empty(harness.Fallbacks);
    }

    [Fact]
    public async Task An_ambiguous_answer_is_returned_untouched_without_calling_the_model()
    {
        var engine = GenerationFixtures.Ambiguous("France Services Anjou Bleu");
        var harness = new GenerationHarness().EngineAnswers(engine);

        var answer = await harness.Service.AskAsync(engine.Question);

        Assert.Same(engine, answer);
        Assert.Empty(harness.Calls);
    }
}
