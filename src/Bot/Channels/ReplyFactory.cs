using Mednum49.Bot.Cards;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Channels;

/// <summary>
/// Every reply the bot sends, rendered for the channel it goes to:
/// <list type="bullet">
/// <item>channels with Adaptive Cards: the card, with a short plain <see cref="IMessageActivity.Summary"/> for
/// notifications (no <c>Text</c>: Teams and Web Chat would show it above the card, twice the same thing);</item>
/// <item>Slack: the same content as Slack mrkdwn, sent as a native Slack message in <c>channelData</c> (the Slack
/// connector would otherwise convert <c>Text</c> from Markdown and turn <c>*bold*</c> into italics);</item>
/// <item>other channels: the same content as Markdown or plain text, choices numbered;</item>
/// <item>suggested actions (the follow-ups, at most 3) only where they render.</item>
/// </list>
/// The reply carries no conversation: <c>SendActivityAsync</c> addresses it to the incoming conversation and sets
/// <c>replyToId</c>, which in a Teams channel keeps the answer in the thread of the question.
/// </summary>
public static class ReplyFactory
{
    /// <summary>At most this many suggested actions, whatever the channel allows: a few clear next steps.</summary>
    public const int MaxSuggestedActions = 3;

    public static IMessageActivity Answer(Answer answer, ChannelCapabilities channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var content = AnswerContent.From(answer);
        var suggested = Suggested(content.FollowUps, channel);
        var followUpsInReply = suggested.Count == 0;
        return channel.SupportsAdaptiveCards
            ? CardReply(AnswerCard.Create(content, followUpButtons: followUpsInReply), content.Title, suggested)
            : TextReply(AnswerTextReply.Render(content, TextMarkup.For(channel.TextFormat), followUps: followUpsInReply), channel, suggested);
    }

    public static IMessageActivity Welcome(ChannelCapabilities channel, IReadOnlyList<string>? examples = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (channel.SupportsAdaptiveCards)
        {
            return CardReply(WelcomeCard.Create(examples), WelcomeCard.Title, []);
        }

        var choices = WelcomeCard.Examples(examples);
        var markup = TextMarkup.For(channel.TextFormat);
        var text = new TextReplyBuilder(markup).Heading(WelcomeCard.Title);
        foreach (var line in WelcomeCard.Lines)
        {
            text.Paragraph(line);
        }

        if (choices.Count > 0)
        {
            text.Paragraph(WelcomeCard.ExamplesLead).Bullets(choices.Select(c => markup.Literal($"« {c.Label} »")));
        }

        return TextReply(text.Paragraph(WelcomeCard.HelpHint).Build(), channel, Suggested(choices, channel));
    }

    /// <param name="examples">Example questions after the commands: buttons on a card, a list (and suggested actions where they render) in text.</param>
    public static IMessageActivity Help(IEnumerable<(string Command, string Description)> commands, ChannelCapabilities channel, IReadOnlyList<string>? examples = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (channel.SupportsAdaptiveCards)
        {
            return CardReply(HelpCard.Create(commands, examples), HelpCard.Title, []);
        }

        var markup = TextMarkup.For(channel.TextFormat);
        var text = new TextReplyBuilder(markup).Heading(HelpCard.Title).Paragraph(HelpCard.Intro)
            .Bullets(HelpCard.Lines(commands).Select(c => c.Description.Length > 0
                ? markup.Bold(c.Command) + markup.Literal(" — " + c.Description)
                : markup.Bold(c.Command)));
        var choices = HelpCard.Examples(examples);
        if (choices.Count > 0)
        {
            text.Paragraph(HelpCard.ExamplesLead).Bullets(choices.Select(c => markup.Literal($"« {c.Label} »")));
        }

        return TextReply(text.Build(), channel, Suggested(choices, channel));
    }

    /// <summary>
    /// A short message of the bot: paragraphs, an optional bulleted list (of knowledge-base text, shown literally),
    /// and closing paragraphs. Text in every channel (Markdown where cards render, Slack mrkdwn in Slack).
    /// </summary>
    public static IMessageActivity Message(ChannelCapabilities channel, IEnumerable<string> paragraphs, IEnumerable<string>? bullets = null, IEnumerable<string>? closing = null)
    {
        ArgumentNullException.ThrowIfNull(channel);
        ArgumentNullException.ThrowIfNull(paragraphs);
        var markup = TextMarkup.For(channel.TextFormat);
        var text = new TextReplyBuilder(markup);
        foreach (var paragraph in paragraphs.Select(CardText.OneLine).Where(p => p.Length > 0))
        {
            text.Paragraph(paragraph);
        }

        var items = (bullets ?? []).Select(CardText.OneLine).Where(b => b.Length > 0).ToList();
        if (items.Count > 0)
        {
            text.Bullets(items.Select(markup.Literal));
        }

        foreach (var paragraph in (closing ?? []).Select(CardText.OneLine).Where(p => p.Length > 0))
        {
            text.Paragraph(paragraph);
        }

        return TextReply(text.Build(), channel, []);
    }

    /// <summary>A question with choices: buttons on a card, else numbered lines (answer with the number or the name).</summary>
    /// <param name="answersPrompt">True when a dialog's choice prompt asks: the buttons answer it (see <see cref="CardActions.PromptAnswer"/>).</param>
    public static IMessageActivity Choice(string prompt, IEnumerable<AnswerChoice> choices, ChannelCapabilities channel, bool answersPrompt = false)
    {
        ArgumentNullException.ThrowIfNull(channel);
        var list = choices.ToList();
        if (channel.SupportsAdaptiveCards)
        {
            return CardReply(ChoiceCard.Create(prompt, list, answersPrompt), CardText.OneLine(prompt), []);
        }

        var shown = ChoiceCard.Choices(list);
        var markup = TextMarkup.For(channel.TextFormat);
        var text = new TextReplyBuilder(markup);
        foreach (var paragraph in CardText.Paragraphs(prompt))
        {
            text.Paragraph(paragraph);
        }

        text.Numbered(shown.Items.Select(c => markup.Literal(c.Label)));
        if (shown.Hidden > 0)
        {
            text.Subtle(CardText.More(shown.Hidden));
        }

        return TextReply(text.Subtle(AnswerTextReply.ChoicesHint).Build(), channel, []);
    }

    private static IMessageActivity CardReply(JObject card, string summary, IReadOnlyList<AnswerChoice> suggested)
    {
        var reply = MessageFactory.Attachment(AdaptiveCardBuilder.ToAttachment(card));
        reply.Summary = summary.Length > 0 ? summary : null;
        return WithSuggestedActions(reply, suggested);
    }

    private static IMessageActivity TextReply(string text, ChannelCapabilities channel, IReadOnlyList<AnswerChoice> suggested)
    {
        IMessageActivity reply;
        if (channel.TextFormat == ReplyTextFormat.SlackMrkdwn)
        {
            reply = Activity.CreateMessageActivity();
            reply.ChannelData = new JObject { ["text"] = text };
        }
        else
        {
            reply = MessageFactory.Text(text);
            reply.TextFormat = TextMarkup.For(channel.TextFormat).ActivityTextFormat;
        }

        return WithSuggestedActions(reply, suggested);
    }

    private static IReadOnlyList<AnswerChoice> Suggested(IReadOnlyList<AnswerChoice> choices, ChannelCapabilities channel) =>
        channel.SupportsSuggestedActions && choices.Count <= channel.MaxSuggestedActions
            ? [.. choices.Take(MaxSuggestedActions)]
            : [];

    private static IMessageActivity WithSuggestedActions(IMessageActivity reply, IReadOnlyList<AnswerChoice> suggested)
    {
        if (suggested.Count > 0)
        {
            // imBack: the channel posts the value as the user's message, which the bot then handles like typed text.
            reply.SuggestedActions = new SuggestedActions
            {
                Actions = [.. suggested.Select(s => new CardAction(ActionTypes.ImBack, title: s.Label, value: s.Query))],
            };
        }

        return reply;
    }
}
