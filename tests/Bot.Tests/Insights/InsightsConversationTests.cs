using Mednum49.Bot.Cards;
using Mednum49.Bot.Insights;
using Mednum49.Bot.Tests.Cards;
using Mednum49.Bot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Insights;

/// <summary>What the bot records as users talk to it, through the real bot and middleware (TestAdapter).</summary>
public sealed class InsightsConversationTests : IDisposable
{
    private readonly InsightsBot _bot = new();

    public void Dispose() => _bot.Dispose();

    /// <summary>Teams' feedback invoke, as Teams sends it when the user submits its 👎 form.</summary>
    public static Activity TeamsFeedbackInvoke(RedeliveringTestAdapter adapter, string replyToId, string reaction, string feedback)
    {
        var invoke = adapter.Message(null, Guid.NewGuid().ToString("N"));
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "message/submitAction";
        invoke.ReplyToId = replyToId;
        invoke.Value = JObject.Parse($$"""
            {
              "actionName": "feedback",
              "actionValue": { "reaction": "{{reaction}}", "feedback": {{Newtonsoft.Json.JsonConvert.ToString(feedback)}} }
            }
            """);
        return invoke;
    }

    [Fact]
    public async Task An_out_of_scope_question_in_teams_is_recorded_with_its_channel_kind_and_a_pseudonym_only()
    {
        var adapter = _bot.Adapter(TeamsActivities.TeamsPersonal());

        await _bot.TurnAsync(adapter, "Connaissez-vous un plombier à Angers ?");

        var recorded = Assert.Single(await _bot.EventsAsync());
        Assert.Equal(InsightReason.OutOfScope, recorded.Reason);
        Assert.Equal("msteams", recorded.ChannelId);
        Assert.Equal("personal", recorded.ConversationKind);
        Assert.Equal("Connaissez-vous un plombier à Angers ?", recorded.Question);
        Assert.Equal("connaissez vous un plombier a angers", recorded.NormalizedQuestion);
        Assert.Equal(new InsightKeys(InsightsBot.Secret).UserKey(adapter.Message("x", "1")), recorded.UserKey);
        Assert.Matches("^[0-9a-f]{64}$", recorded.UserKey);
    }

    [Fact]
    public async Task No_aad_object_id_user_principal_name_user_id_conversation_id_or_name_reaches_any_column_of_any_row()
    {
        var personal = TeamsActivities.TeamsPersonal();
        var adapter = _bot.Adapter(personal);
        await _bot.TurnAsync(adapter, "Un plombier ?");
        var answer = (await _bot.TurnAsync(adapter, "Qui porte l'action B.6 ?")).Single(r => r.Type == ActivityTypes.Message);
        await _bot.TurnAsync(adapter, TeamsFeedbackInvoke(adapter, answer.Id!, "dislike", """{"feedbackText":"Pas assez précis"}"""));
        await _bot.TurnAsync(adapter, "Et dans la vallée ?");
        await _bot.TurnAsync(adapter, "Que dit cette question floue ?");
        var channel = _bot.Adapter(TeamsActivities.TeamsChannelThread());
        await _bot.TurnAsync(channel, "Un plombier dans le canal ?");

        var values = await _bot.AllStoredValuesAsync();

        Assert.True(values.Count > 30, "the test should read many stored values");
        string[] identities =
        [
            TeamsActivities.UserAadObjectId, TeamsActivities.UserName, TeamsActivities.UserId, "Marie", "Lefèvre", "Lefevre",
            personal.Conversation.Id, TeamsActivities.ChannelId, TeamsActivities.TenantId, "marie.lefevre",
        ];
        foreach (var identity in identities)
        {
            Assert.DoesNotContain(values, value => value.Contains(identity, StringComparison.OrdinalIgnoreCase));
        }

        Assert.Equal(
            [InsightReason.OutOfScope, InsightReason.Disliked, InsightReason.AbandonedChoices, InsightReason.LowConfidence, InsightReason.OutOfScope],
            (await _bot.EventsAsync()).Select(e => e.Reason));
    }

    [Fact]
    public async Task Answers_in_teams_carry_the_native_feedback_buttons_and_a_dislike_invoke_is_recorded_with_the_answer_and_answered_200()
    {
        var adapter = _bot.Adapter(TeamsActivities.TeamsPersonal());
        var answer = (await _bot.TurnAsync(adapter, "Qui porte l'action B.6 ?")).Single(r => r.Type == ActivityTypes.Message);
        Assert.True((bool)((JObject)((Activity)answer).ChannelData)["feedbackLoopEnabled"]!);
        Assert.Empty(await _bot.EventsAsync());

        var replies = await _bot.TurnAsync(adapter, TeamsFeedbackInvoke(adapter, answer.Id!, "dislike", """{"feedbackText":"Il manque le contact"}"""));

        var response = Assert.Single(replies);
        Assert.Equal(ActivityTypesEx.InvokeResponse, response.Type);
        Assert.Equal(200, ((InvokeResponse)((Activity)response).Value).Status);
        var disliked = Assert.Single(await _bot.EventsAsync());
        Assert.Equal(InsightReason.Disliked, disliked.Reason);
        Assert.Equal("Qui porte l'action B.6 ?", disliked.Question);
        Assert.Equal("Action B.6 — Mutualiser les outils", disliked.AnswerTitle);
        Assert.Equal(["action:B.6"], disliked.AnswerSources);
        Assert.Equal("Il manque le contact", disliked.FeedbackText);
    }

    [Fact]
    public async Task A_like_is_answered_200_and_not_recorded_and_a_second_dislike_on_the_same_answer_counts_once()
    {
        var adapter = _bot.Adapter(TeamsActivities.TeamsPersonal());
        var answer = (await _bot.TurnAsync(adapter, "Qui porte l'action B.6 ?")).Single(r => r.Type == ActivityTypes.Message);

        var like = await _bot.TurnAsync(adapter, TeamsFeedbackInvoke(adapter, answer.Id!, "like", """{"feedbackText":"Parfait"}"""));
        await _bot.TurnAsync(adapter, TeamsFeedbackInvoke(adapter, answer.Id!, "dislike", """{"feedbackText":""}"""));
        await _bot.TurnAsync(adapter, TeamsFeedbackInvoke(adapter, answer.Id!, "dislike", """{"feedbackText":"encore"}"""));

        Assert.Equal(200, ((InvokeResponse)((Activity)Assert.Single(like)).Value).Status);
        var disliked = Assert.Single(await _bot.EventsAsync());
        Assert.Null(disliked.FeedbackText);
    }

    [Fact]
    public async Task In_the_emulator_the_answer_card_has_thumbs_that_the_official_client_accepts_and_a_thumbs_down_is_recorded_and_thanked()
    {
        var adapter = _bot.Adapter(TeamsActivities.Emulator());
        var answer = (await _bot.TurnAsync(adapter, "Qui porte l'action B.6 ?")).Single(r => r.Type == ActivityTypes.Message);
        var card = (JObject)answer.AsMessageActivity().Attachments[0].Content;
        var buttons = CardJson.Buttons(card).Where(b => b["data"]?[AnswerFeedback.ReactionProperty] is not null).ToList();
        Assert.Equal([AnswerFeedback.LikeTitle, AnswerFeedback.DislikeTitle], buttons.Select(b => (string)b["title"]!));
        var check = await AdaptiveCardsClient.CheckAsync(card);
        Assert.True(check.Valid && check.DroppedProperties.Count == 0, check.ToString());

        var click = adapter.Message(null, Guid.NewGuid().ToString("N"));
        click.Value = buttons[1]["data"]!.DeepClone();
        var thanks = await _bot.TurnAsync(adapter, click);

        Assert.Equal(InsightsMiddleware.Thanks, Assert.Single(thanks).AsMessageActivity().Text);
        var disliked = Assert.Single(await _bot.EventsAsync());
        Assert.Equal((InsightReason.Disliked, "Qui porte l'action B.6 ?", "emulator"), (disliked.Reason, disliked.Question, disliked.ChannelId));
    }

    [Fact]
    public async Task Choices_left_for_a_new_question_are_recorded_as_abandoned_and_a_picked_choice_is_not()
    {
        var picked = _bot.Adapter(TeamsActivities.TeamsPersonal("29:picks"));
        await _bot.TurnAsync(picked, "Qui s'occupe de la vallée ?");
        await _bot.TurnAsync(picked, "2");

        var abandoned = _bot.Adapter(TeamsActivities.TeamsPersonal("29:leaves"));
        await _bot.TurnAsync(abandoned, "Qui s'occupe de la vallée ?");
        await _bot.TurnAsync(abandoned, "Qui porte l'action B.6 ?");

        var recorded = Assert.Single(await _bot.EventsAsync());
        Assert.Equal(InsightReason.AbandonedChoices, recorded.Reason);
        Assert.Equal("Qui s'occupe de la vallée ?", recorded.Question);
        Assert.Equal(QuestionKindsAmbiguous, recorded.AnswerKind);
    }

    [Fact]
    public async Task A_low_confidence_best_guess_is_recorded_and_a_confident_answer_is_not()
    {
        var adapter = _bot.Adapter(TeamsActivities.TeamsGroupChat());
        await _bot.TurnAsync(adapter, "Qui porte l'action B.6 ?");
        await _bot.TurnAsync(adapter, "Que dit cette question floue ?");

        var recorded = Assert.Single(await _bot.EventsAsync());
        Assert.Equal((InsightReason.LowConfidence, "groupChat"), (recorded.Reason, recorded.ConversationKind));
        Assert.Equal(["action:B.6"], recorded.AnswerSources);
    }

    private const string QuestionKindsAmbiguous = Knowledge.Answering.QuestionKinds.Ambiguous;
}
