using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Channels;

public sealed class ReplyFactoryMessageTests
{
    [Fact]
    public void A_bot_message_is_text_in_every_channel_with_its_list_shown_literally()
    {
        string[] lead = ["Je ne trouve pas d'action « B.9 »."];
        string[] axes = ["A — Piloter *et* financer", "B — <structurer>"];

        var teams = ReplyFactory.Message(ChannelCapabilities.For("msteams"), lead, axes, ["Par exemple : « B.6 »."]);
        var slack = ReplyFactory.Message(ChannelCapabilities.For("slack"), lead, axes);
        var console = ReplyFactory.Message(ChannelCapabilities.For("console"), lead, axes);

        Assert.Empty(teams.Attachments ?? []);
        Assert.Equal("markdown", teams.TextFormat);
        Assert.Equal("Je ne trouve pas d'action « B.9 ».\n\n- A — Piloter \\*et\\* financer\n- B — \\<structurer\\>\n\nPar exemple : « B.6 ».", teams.Text);
        Assert.Equal("Je ne trouve pas d'action « B.9 ».\n\n• A — Piloter *et* financer\n• B — &lt;structurer&gt;", (string)((JObject)slack.ChannelData)["text"]!);
        Assert.Equal("Je ne trouve pas d'action « B.9 ».\n- A — Piloter *et* financer\n- B — <structurer>", console.Text);
    }

    [Fact]
    public void The_help_in_text_ends_with_the_example_questions_and_offers_them_where_suggested_actions_render()
    {
        var sms = ReplyFactory.Help([("aide", "cette aide")], ChannelCapabilities.For("sms"), WelcomeCard.DefaultExamples);
        var telegram = ReplyFactory.Help([("aide", "cette aide")], ChannelCapabilities.For("telegram"), WelcomeCard.DefaultExamples);

        Assert.EndsWith(HelpCard.ExamplesLead + "\n" + string.Join('\n', WelcomeCard.DefaultExamples.Select(e => $"- « {e} »")), sms.Text, StringComparison.Ordinal);
        Assert.Null(sms.SuggestedActions);
        Assert.Equal(WelcomeCard.DefaultExamples, telegram.SuggestedActions.Actions.Select(a => (string)a.Value));
    }
}
