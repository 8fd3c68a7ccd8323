using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Mednum49.Bot.Tests.Cards;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Channels;

public sealed class ReplyFactoryTests
{
    private static readonly ChannelCapabilities TeamsPersonal = ChannelCapabilities.For("msteams");
    private static readonly ChannelCapabilities TeamsChannel = ChannelCapabilities.For("msteams", ConversationKind.Channel);
    private static readonly ChannelCapabilities Slack = ChannelCapabilities.For("slack");
    private static readonly ChannelCapabilities Telegram = ChannelCapabilities.For("telegram");
    private static readonly ChannelCapabilities Email = ChannelCapabilities.For("email");
    private static readonly ChannelCapabilities Sms = ChannelCapabilities.For("sms");

    [Fact]
    public void A_card_channel_gets_the_card_and_a_short_summary_but_no_text_shown_twice()
    {
        var reply = ReplyFactory.Answer(SampleAnswers.Found(), TeamsChannel);

        var attachment = Assert.Single(reply.Attachments);
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment.ContentType);
        Assert.True(JToken.DeepEquals(AnswerCard.Create(SampleAnswers.Found()), (JObject)attachment.Content));
        Assert.Null(reply.Text);
        Assert.Equal("Cholet Agglomération — polarité du Vihierois", reply.Summary);
        Assert.Null(reply.Conversation);
    }

    [Fact]
    public void In_Teams_personal_chat_the_follow_ups_become_suggested_actions_instead_of_card_buttons()
    {
        var reply = ReplyFactory.Answer(SampleAnswers.Found(), TeamsPersonal);

        var actions = reply.SuggestedActions.Actions;
        Assert.Equal(["Conseillers numériques", "Centres sociaux"], actions.Select(a => a.Title));
        Assert.All(actions, a => Assert.Equal(ActionTypes.ImBack, a.Type));
        Assert.Equal("Quels conseillers numériques à Cholet Agglomération ?", actions[0].Value);
        Assert.Empty(CardJson.Buttons((JObject)reply.Attachments[0].Content));
    }

    [Fact]
    public void In_a_Teams_channel_there_are_no_suggested_actions_and_the_follow_ups_stay_on_the_card()
    {
        var reply = ReplyFactory.Answer(SampleAnswers.Found(), TeamsChannel);

        Assert.Null(reply.SuggestedActions);
        Assert.Equal(["Conseillers numériques", "Centres sociaux"], CardJson.TrailingButtons((JObject)reply.Attachments[0].Content).Select(a => (string)a["title"]!));
    }

    [Fact]
    public void Never_more_than_three_suggested_actions_even_where_the_channel_allows_more()
    {
        var reply = ReplyFactory.Answer(SampleAnswers.LongLists(), ChannelCapabilities.For("webchat"));

        Assert.Equal(ReplyFactory.MaxSuggestedActions, reply.SuggestedActions.Actions.Count);
    }

    [Fact]
    public void Slack_gets_the_answer_as_a_native_mrkdwn_message_without_any_card()
    {
        var reply = ReplyFactory.Answer(SampleAnswers.Found(), Slack);

        Assert.Empty(reply.Attachments ?? []);
        Assert.Null(reply.Text);
        Assert.Null(reply.SuggestedActions);
        Assert.Equal(
            """
            *Cholet Agglomération — polarité du Vihierois*

            Le Vihierois est l'une des 6 polarités de Cholet Agglomération.

            • Le territoire du Vihierois a entamé un travail de structuration de son offre.
            • Une seule France Services sur le territoire, portée par le Centre Socioculturel « Le Coin de la Rue ».

            *Contacts*

            • *Coordinatrice CTG* — Cholet Agglomération, co-anime le groupe de travail intercommunal

            *Lieux*

            • France Services du Centre Socioculturel Le Coin de la Rue (Lys-Haut-Layon) — France Services

            _Source : Annexe 3 — Cholet Agglomération_

            Vous pouvez aussi demander : « Conseillers numériques », « Centres sociaux »
            """.ReplaceLineEndings("\n"),
            SlackText(reply));
    }

    [Fact]
    public void On_Slack_user_text_cannot_notify_a_channel_or_make_a_link()
    {
        var reply = ReplyFactory.Answer(SampleAnswers.TrickyText(), Slack);

        var text = SlackText(reply);
        Assert.DoesNotContain("<!channel>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<@U123>", text, StringComparison.Ordinal);
        Assert.DoesNotContain("<https://", text, StringComparison.Ordinal);
        Assert.Contains("&lt;!channel&gt;", text, StringComparison.Ordinal);
    }

    [Fact]
    public void An_ambiguous_answer_in_text_numbers_the_choices_and_says_how_to_pick_one()
    {
        var reply = ReplyFactory.Answer(SampleAnswers.Ambiguous(), Sms);

        Assert.Equal(
            """
            Plusieurs centres sociaux correspondent
            Précisez votre demande :
            1. Le Coin de la Rue
            2. Chloro'Fil
            3. Ocsigène
            Répondez par le numéro ou le nom.
            Source : Annexe 3 — Cholet Agglomération
            """.ReplaceLineEndings("\n"),
            reply.Text);
        Assert.Equal("plain", reply.TextFormat);
        Assert.Empty(reply.Attachments ?? []);
    }

    [Fact]
    public void A_Markdown_channel_gets_escaped_Markdown_with_blank_lines_between_blocks()
    {
        var reply = ReplyFactory.Answer(SampleAnswers.Ambiguous() with { Title = "Centres sociaux *Cholet*" }, Email);

        Assert.Equal("markdown", reply.TextFormat);
        Assert.Equal(
            """
            **Centres sociaux \*Cholet\***

            **Précisez votre demande :**

            1. Le Coin de la Rue
            2. Chloro'Fil
            3. Ocsigène

            _Répondez par le numéro ou le nom._

            _Source : Annexe 3 — Cholet Agglomération_
            """.ReplaceLineEndings("\n"),
            reply.Text);
    }

    [Theory]
    [InlineData("slack")]
    [InlineData("telegram")]
    [InlineData("email")]
    [InlineData("sms")]
    [InlineData("console")]
    public void Text_replies_show_the_same_items_as_the_card(string channelId)
    {
        var answer = SampleAnswers.LongLists();
        var channel = ChannelCapabilities.For(channelId);
        var card = AnswerCard.Create(answer);

        var text = TextOf(ReplyFactory.Answer(answer, channel));

        // What the card shows before « Voir tout » is unfolded.
        card.Descendants().OfType<JObject>().Where(o => (string?)o["type"] == "Action.ShowCard").ToList().ForEach(a => a.Remove());
        var items = CardJson.Lines(card).Where(l => l.StartsWith("• ", StringComparison.Ordinal)).Select(l => l[2..]).ToList();
        Assert.Equal(AnswerContent.MaxFacts + AnswerContent.MaxPeople + AnswerContent.MaxPlaces, items.Count);
        var markup = TextMarkup.For(channel.TextFormat);
        // Each fact, contact name and place name of the card is in the text; what the card leaves out is left out.
        Assert.All(items, item => Assert.Contains(markup.Literal(item.Split(" — ")[0]), text, StringComparison.Ordinal));
        Assert.DoesNotContain("Fait numéro 9 ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Horizon", text, StringComparison.Ordinal);
        Assert.Contains("Horizon", SampleAnswers.CentresSociaux);
        foreach (var more in new[] { "… et 6 autres", "… et 2 autres" })
        {
            Assert.Contains(more, text, StringComparison.Ordinal);
        }

        Assert.All(Enumerable.Range(1, AnswerContent.MaxChoices), i => Assert.Contains($"{i}. Choix {i}\n", text + "\n", StringComparison.Ordinal));
        Assert.DoesNotContain("Choix 11", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("slack")]
    [InlineData("telegram")]
    [InlineData("console")]
    public void A_cut_list_in_a_conversation_says_to_answer_suite_where_there_is_no_card(string channelId)
    {
        var answer = SampleAnswers.LongLists() with { Context = new DialogueContext { Question = "Quels centres sociaux ?" } };

        var text = TextOf(ReplyFactory.Answer(answer, ChannelCapabilities.For(channelId)));

        Assert.Contains($"… et 6 autres : {AnswerPages.MoreHint}", text, StringComparison.Ordinal);
        Assert.Contains($"… et 2 autres : {AnswerPages.MoreHint}", text, StringComparison.Ordinal);
        // Without a context (a service that keeps none), "suite" could not work: the count alone.
        Assert.DoesNotContain(AnswerPages.MoreHint, TextOf(ReplyFactory.Answer(SampleAnswers.LongLists(), ChannelCapabilities.For(channelId))), StringComparison.Ordinal);
    }

    [Fact]
    public void A_text_channel_with_suggested_actions_gets_the_follow_ups_there_and_not_in_the_text()
    {
        var reply = ReplyFactory.Answer(SampleAnswers.Found(), Telegram);

        Assert.Equal(["Conseillers numériques", "Centres sociaux"], reply.SuggestedActions.Actions.Select(a => a.Title));
        Assert.DoesNotContain(AnswerContent.FollowUpsLabel, reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_narrative_is_sent_as_paragraphs_in_text_too()
    {
        var reply = ReplyFactory.Answer(SampleAnswers.WithNarrative(), Email);

        Assert.Contains("Le Vihierois fait partie de Cholet Agglomération.\n\nSon offre est en cours de structuration", reply.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("entamé un travail", reply.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void The_welcome_is_a_card_where_cards_render_and_text_with_the_examples_elsewhere()
    {
        var card = ReplyFactory.Welcome(TeamsPersonal);
        var text = ReplyFactory.Welcome(Sms);
        var telegram = ReplyFactory.Welcome(Telegram);

        Assert.Equal(WelcomeCard.Title, card.Summary);
        Assert.True(JToken.DeepEquals(WelcomeCard.Create(), (JObject)card.Attachments[0].Content));
        Assert.StartsWith(WelcomeCard.Title + "\n" + WelcomeCard.Lines[0], text.Text, StringComparison.Ordinal);
        Assert.All(WelcomeCard.DefaultExamples, e => Assert.Contains($"- « {e} »", text.Text, StringComparison.Ordinal));
        Assert.EndsWith(WelcomeCard.HelpHint, text.Text, StringComparison.Ordinal);
        Assert.Equal(WelcomeCard.DefaultExamples, telegram.SuggestedActions.Actions.Select(a => (string)a.Value));
    }

    [Fact]
    public void The_help_in_text_lists_the_commands_in_bold()
    {
        var slack = SlackText(ReplyFactory.Help(HelpCardTests.Commands, Slack));
        var email = ReplyFactory.Help(HelpCardTests.Commands, Email).Text;

        Assert.Contains("• *territoire &lt;nom&gt;* — les acteurs d'une intercommunalité ou d'une commune", slack, StringComparison.Ordinal);
        Assert.Contains(@"- **territoire \<nom\>** — les acteurs d'une intercommunalité ou d'une commune", email, StringComparison.Ordinal);
        Assert.Equal(HelpCardTests.Commands.Count, slack.Split('\n').Count(l => l.StartsWith("• ", StringComparison.Ordinal)));
    }

    [Fact]
    public void A_choice_prompt_is_buttons_on_a_card_and_numbered_lines_in_text()
    {
        var choices = new[] { new AnswerChoice("GTN49", "groupe GTN49"), new AnswerChoice("Parentalité", "groupe parentalité") };

        var card = ReplyFactory.Choice("Dans quel groupe ?", choices, ChannelCapabilities.For("emulator"));
        var text = ReplyFactory.Choice("Dans quel groupe ?", choices, Sms);

        Assert.Equal(["groupe GTN49", "groupe parentalité"], CardJson.Buttons((JObject)card.Attachments[0].Content).Select(b => (string)b["data"]![CardActions.QueryProperty]!));
        Assert.Equal("Dans quel groupe ?\n1. GTN49\n2. Parentalité\nRépondez par le numéro ou le nom.", text.Text);
    }

    private static string SlackText(IMessageActivity reply) => (string)((JObject)reply.ChannelData)["text"]!;

    private static string TextOf(IMessageActivity reply) => reply.ChannelData is JObject data ? (string)data["text"]! : reply.Text;
}
