using Mednum49.Bot.Channels;
using Mednum49.Bot.Insights;
using Mednum49.Bot.Tests.Cards;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Insights;

/// <summary>The feedback controls per channel, and Teams' feedback invoke as Teams sends it.</summary>
public sealed class AnswerFeedbackTests
{
    /// <summary>
    /// The invoke Teams posts when a user submits the default 👎 form (shape of Teams' "feedback buttons" documentation
    /// and the Teams AI library's FeedbackLoopData: <c>feedback</c> is JSON text).
    /// </summary>
    public const string TeamsDislikeInvoke = """
        {
          "name": "message/submitAction",
          "type": "invoke",
          "timestamp": "2026-12-03T08:12:44.311Z",
          "localTimestamp": "2026-12-03T09:12:44.311+01:00",
          "id": "f:2f4c6f1e-3a0b-4d93-9d2e-7c0b6a1e2f90",
          "channelId": "msteams",
          "serviceUrl": "https://smba.trafficmanager.net/emea/",
          "from": { "id": "29:1aBcDeFgHiJkLmNoPqRsTuVwXyZ", "name": "Marie Lefèvre", "aadObjectId": "6e1f9f0c-2e3a-4e4b-9c55-0a1b2c3d4e5f" },
          "conversation": { "conversationType": "personal", "tenantId": "72f988bf-86f1-41af-91ab-2d7cd011db47", "id": "a:1Xy7Zq3pLmN0rStUvWxYz-personal" },
          "recipient": { "id": "28:0b5f6c7d-8e9f-4a1b-9c2d-3e4f5a6b7c8d", "name": "Mednum49" },
          "entities": [ { "locale": "fr-FR", "country": "FR", "platform": "Web", "timezone": "Europe/Paris", "type": "clientInfo" } ],
          "channelData": { "tenant": { "id": "72f988bf-86f1-41af-91ab-2d7cd011db47" }, "source": { "name": "message" }, "legacy": { "replyToId": "1:1vY0BPqLxk9nZ" } },
          "replyToId": "1764749560000",
          "value": { "actionName": "feedback", "actionValue": { "reaction": "dislike", "feedback": "{\"feedbackText\":\"Ce n'est pas la bonne structure\"}" } },
          "locale": "fr-FR"
        }
        """;

    private static Activity Parse(string json) => JObject.Parse(json).ToObject<Activity>()!;

    [Fact]
    public void Teams_dislike_invoke_gives_the_reaction_the_typed_text_and_the_answer_activity_id()
    {
        var read = AnswerFeedback.ReadTeamsInvoke(Parse(TeamsDislikeInvoke));

        Assert.Equal(("dislike", "Ce n'est pas la bonne structure", "1764749560000"), read);
    }

    [Theory]
    [InlineData("""{ "reaction": "like", "feedback": "{\"feedbackText\":\"\"}" }""", "like", null)]
    [InlineData("""{ "reaction": "dislike", "feedback": { "feedbackText": "objet" } }""", "dislike", "objet")]
    [InlineData("""{ "reaction": "dislike", "feedback": "texte brut" }""", "dislike", "texte brut")]
    [InlineData("""{ "reaction": "dislike" }""", "dislike", null)]
    [InlineData("""{ "reaction": "dislike", "feedback": "{\"raison\":\"incomplet\"}" }""", "dislike", "incomplet")]
    public void The_feedback_text_is_read_from_every_shape_teams_and_custom_forms_send(string actionValue, string reaction, string? text)
    {
        var invoke = Parse(TeamsDislikeInvoke);
        invoke.Value = new JObject { ["actionName"] = "feedback", ["actionValue"] = JObject.Parse(actionValue) };

        Assert.Equal((reaction, text, "1764749560000"), AnswerFeedback.ReadTeamsInvoke(invoke));
    }

    [Theory]
    [InlineData("""{ "actionName": "other", "actionValue": { "reaction": "dislike" } }""")]
    [InlineData("""{ "actionName": "feedback", "actionValue": { "reaction": "meh" } }""")]
    [InlineData("""{ "actionName": "feedback" }""")]
    public void Other_submit_actions_and_unknown_reactions_are_not_feedback(string value)
    {
        var invoke = Parse(TeamsDislikeInvoke);
        invoke.Value = JObject.Parse(value);

        Assert.Null(AnswerFeedback.ReadTeamsInvoke(invoke));
    }

    [Fact]
    public void A_long_feedback_is_cut()
    {
        Assert.Equal(AnswerFeedback.MaxFeedbackLength, AnswerFeedback.FeedbackText(new JValue(new string('a', 5000)))!.Length);
    }

    [Fact]
    public void Teams_answers_get_feedback_loop_enabled_and_keep_other_channel_data()
    {
        var reply = ReplyFactory.Answer(SampleAnswers.Found(), ChannelCapabilities.For("msteams", ConversationKind.Channel));
        reply.ChannelData = new JObject { ["notification"] = new JObject { ["alert"] = true } };

        Assert.True(AnswerFeedback.TryAdd(reply, ChannelCapabilities.For("msteams", ConversationKind.Channel), out var token));

        Assert.Null(token);
        var data = (JObject)reply.ChannelData;
        Assert.True((bool)data["feedbackLoopEnabled"]!);
        Assert.True((bool)data["notification"]!["alert"]!);
        Assert.DoesNotContain(CardJson.Buttons((JObject)reply.Attachments[0].Content), b => b["data"]?[AnswerFeedback.ReactionProperty] is not null);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("directline")]
    [InlineData("emulator")]
    public void Card_channels_get_two_buttons_carrying_the_reaction_and_a_token(string channelId)
    {
        var channel = ChannelCapabilities.For(channelId);
        var reply = ReplyFactory.Answer(SampleAnswers.Found(), channel);

        Assert.True(AnswerFeedback.TryAdd(reply, channel, out var token));

        var buttons = CardJson.Buttons((JObject)reply.Attachments[0].Content).Where(b => b["data"]?[AnswerFeedback.ReactionProperty] is not null).ToList();
        Assert.Equal(["like", "dislike"], buttons.Select(b => (string)b["data"]![AnswerFeedback.ReactionProperty]!));
        Assert.All(buttons, b => Assert.Equal(token, (string)b["data"]![AnswerFeedback.AnswerProperty]!));
        var click = new Activity(ActivityTypes.Message) { Value = buttons[1]["data"]!.DeepClone() };
        Assert.Equal(("dislike", token!), AnswerFeedback.ReadCardSubmit(click));
    }

    [Theory]
    [InlineData("slack")]
    [InlineData("telegram")]
    [InlineData("console")]
    public void Text_channels_get_no_feedback_controls(string channelId)
    {
        var channel = ChannelCapabilities.For(channelId);
        var reply = ReplyFactory.Answer(SampleAnswers.Found(), channel);
        var before = Newtonsoft.Json.JsonConvert.SerializeObject(reply);

        Assert.False(AnswerFeedback.TryAdd(reply, channel, out _));
        Assert.Equal(before, Newtonsoft.Json.JsonConvert.SerializeObject(reply));
    }

    [Fact]
    public void Choices_and_the_help_get_no_feedback()
    {
        Assert.False(AnswerFeedback.Applies(SampleAnswers.Ambiguous()));
        Assert.False(AnswerFeedback.Applies(SampleAnswers.Found() with { Kind = Knowledge.Answering.QuestionKinds.Help }));
        Assert.True(AnswerFeedback.Applies(SampleAnswers.NotFound()));
    }
}
