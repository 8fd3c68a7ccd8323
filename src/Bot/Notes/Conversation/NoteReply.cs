using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// A reply of the notes conversation, written once as blocks and rendered for the channel: an Adaptive Card where
/// cards render, else text in the channel's markup. Everything users wrote (note texts, names) is shown literally:
/// text runs in cards, escaped text elsewhere, never HTML or Markdown that would be interpreted.
/// </summary>
public sealed class NoteReply
{
    /// <summary>How much of a note a list shows (the confirmation and the correction show it whole).</summary>
    public const int ListExcerptLength = 500;

    private readonly List<Block> _blocks = [];
    private string? _summary;

    public NoteReply Heading(string text) => Add(new Block(BlockKind.Heading, text));

    public NoteReply Paragraph(string text) => Add(new Block(BlockKind.Paragraph, text));

    public NoteReply Subtle(string text) => Add(new Block(BlockKind.Subtle, text));

    /// <summary>User text of several lines, shown as written (line breaks kept).</summary>
    public NoteReply UserText(string text, int? maxLength = null) => Add(new Block(BlockKind.UserText, text) { MaxLength = maxLength });

    /// <summary>A note: reference and author, dates, text (an excerpt when <paramref name="maxLength"/> is given), its own buttons.</summary>
    public NoteReply Note(Note note, string? groupTitle = null, int? maxLength = ListExcerptLength, IReadOnlyList<AnswerChoice>? actions = null) =>
        Add(new Block(BlockKind.Note, note.Text) { Note = note, GroupTitle = groupTitle, MaxLength = maxLength, Actions = actions ?? [] });

    /// <summary>
    /// Buttons that send a command as if typed; on text channels "Label : « command »", unless
    /// <paramref name="hintOnText"/> is false (mere shortcuts that would only lengthen a short message).
    /// </summary>
    public NoteReply Buttons(IEnumerable<AnswerChoice> choices, bool hintOnText = true)
    {
        var list = choices.ToList();
        return list.Count == 0 ? this : Add(new Block(BlockKind.Buttons, string.Empty) { Actions = list, OnText = hintOnText });
    }

    /// <summary>The notification text of a card (what Teams shows in the activity feed).</summary>
    public NoteReply WithSummary(string summary)
    {
        _summary = CardText.OneLine(summary);
        return this;
    }

    public IMessageActivity For(ChannelCapabilities channel)
    {
        ArgumentNullException.ThrowIfNull(channel);
        if (channel.SupportsAdaptiveCards)
        {
            var reply = MessageFactory.Attachment(AdaptiveCardBuilder.ToAttachment(Card()));
            reply.Summary = _summary ?? FirstText();
            return reply;
        }

        return TextReply(Text(TextMarkup.For(channel.TextFormat)), channel);
    }

    /// <summary>The blocks as an Adaptive Card.</summary>
    public JObject Card()
    {
        var card = new AdaptiveCardBuilder().WithFallbackText(Text(TextMarkup.Plain));
        var first = true;
        foreach (var block in _blocks)
        {
            var spacing = first ? CardSpacing.Default : CardSpacing.Small;
            first = false;
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    card.Add(CardElements.Paragraph(CardText.OneLine(block.Text), TextStyle.Heading, spacing));
                    break;
                case BlockKind.Paragraph:
                    card.Add(CardText.Paragraphs(block.Text).Select(p => CardElements.Paragraph(p, spacing: spacing)));
                    break;
                case BlockKind.Subtle:
                    card.Add(CardElements.Paragraph(CardText.OneLine(block.Text), TextStyle.Subtle, spacing));
                    break;
                case BlockKind.UserText:
                    card.Add(CardElements.Container([.. TextLines(block.Text, block.MaxLength)], spacing));
                    break;
                case BlockKind.Note:
                    card.Add(NoteContainer(block));
                    break;
                case BlockKind.Buttons:
                    card.Add(CardActions.ActionSets(block.Actions, CardSpacing.Medium));
                    break;
            }
        }

        return card.Build();
    }

    /// <summary>The blocks as text in <paramref name="markup"/>.</summary>
    public string Text(TextMarkup markup)
    {
        var blocks = new List<string>();
        foreach (var block in _blocks)
        {
            switch (block.Kind)
            {
                case BlockKind.Heading:
                    blocks.Add(markup.Bold(CardText.OneLine(block.Text)));
                    break;
                case BlockKind.Paragraph:
                    blocks.AddRange(CardText.Paragraphs(block.Text).Select(markup.Literal));
                    break;
                case BlockKind.Subtle:
                    blocks.Add(markup.Subtle(CardText.OneLine(block.Text)));
                    break;
                case BlockKind.UserText:
                    blocks.Add(UserTextIn(markup, Excerpt(block.Text, block.MaxLength)));
                    break;
                case BlockKind.Note:
                    blocks.Add(NoteText(markup, block));
                    break;
                case BlockKind.Buttons when block.OnText:
                    blocks.Add(ButtonsText(markup, block.Actions));
                    break;
            }
        }

        return string.Join(markup.BlockSeparator, blocks.Where(b => b.Length > 0));
    }

    /// <summary>A text reply in the channel's format (Slack: its own mrkdwn message in channelData).</summary>
    public static IMessageActivity TextReply(string text, ChannelCapabilities channel)
    {
        if (channel.TextFormat == ReplyTextFormat.SlackMrkdwn)
        {
            var slack = Activity.CreateMessageActivity();
            slack.ChannelData = new JObject { ["text"] = text };
            return slack;
        }

        var reply = MessageFactory.Text(text);
        reply.TextFormat = TextMarkup.For(channel.TextFormat).ActivityTextFormat;
        return reply;
    }

    /// <summary>A short reply of the bot's own words, for any channel.</summary>
    public static IMessageActivity Message(string text, ChannelCapabilities channel) => new NoteReply().Paragraph(text).ForText(channel);

    private IMessageActivity ForText(ChannelCapabilities channel) => TextReply(Text(TextMarkup.For(channel.TextFormat)), channel);

    private static JObject NoteContainer(Block block)
    {
        var note = block.Note!;
        var items = new List<JObject>
        {
            CardElements.RichText([CardElements.Run(note.Reference, TextStyle.Label), CardElements.Run(" — " + CardText.OneLine(NoteTexts.AuthorLine(note)))]),
        };
        if (block.GroupTitle is { Length: > 0 } groupTitle)
        {
            items.Add(CardElements.Paragraph(CardText.OneLine(groupTitle), TextStyle.Subtle, CardSpacing.None));
        }

        foreach (var line in MetaLines(note))
        {
            items.Add(CardElements.Paragraph(line, TextStyle.Subtle, CardSpacing.None));
        }

        items.AddRange(TextLines(note.Text, block.MaxLength));
        if (block.Actions.Count > 0)
        {
            items.Add(CardElements.ActionSet(block.Actions.Select(CardActions.Submit), CardSpacing.Small));
        }

        return CardElements.Container(items, CardSpacing.Medium, separator: true);
    }

    // One block: the lines of a note stay together, separated by single line breaks.
    private static string NoteText(TextMarkup markup, Block block)
    {
        var note = block.Note!;
        var lines = new List<string> { markup.Bold(note.Reference) + markup.Literal(" — " + CardText.OneLine(NoteTexts.AuthorLine(note))) };
        if (block.GroupTitle is { Length: > 0 } groupTitle)
        {
            lines.Add(markup.Literal(CardText.OneLine(groupTitle)));
        }

        lines.AddRange(MetaLines(note).Select(markup.Literal));
        var head = string.Join(ReferenceEquals(markup, TextMarkup.Markdown) ? "  \n" : "\n", lines);
        var body = UserTextIn(markup, Excerpt(note.Text, block.MaxLength));
        var text = ReferenceEquals(markup, TextMarkup.Markdown) ? head + "\n\n" + body : head + "\n" + body;
        return block.Actions.Count > 0 ? text + markup.BlockSeparator + ButtonsText(markup, block.Actions) : text;
    }

    // A few shortcuts on one line; a list (the groups) one per line.
    private static string ButtonsText(TextMarkup markup, IReadOnlyList<AnswerChoice> actions) =>
        actions.Count <= 2
            ? markup.Subtle(string.Join(" · ", actions.Select(a => $"{a.Label} : « {a.Query} »")))
            : string.Join('\n', actions.Select(a => markup.Bullet(markup.Literal($"{CardText.OneLine(a.Label)} : « {a.Query} »"))));

    private static IEnumerable<string> MetaLines(Note note)
    {
        if (note.ReferenceDate is { } date)
        {
            yield return NoteTexts.ReferenceDateLine(date);
        }

        if (note.EditedUtc is not null)
        {
            yield return NoteTexts.EditedLine(note);
        }
    }

    // One literal paragraph per line (clients do not all honour line breaks inside a text run); a blank line is a gap.
    private static IEnumerable<JObject> TextLines(string text, int? maxLength)
    {
        var lines = CardText.Clean(Excerpt(text, maxLength)).Split('\n');
        var gap = false;
        var any = false;
        foreach (var line in lines)
        {
            if (line.Length == 0)
            {
                gap = true;
                continue;
            }

            yield return CardElements.Paragraph(line, spacing: !any ? CardSpacing.Small : gap ? CardSpacing.Medium : CardSpacing.None);
            any = true;
            gap = false;
        }

        if (!any)
        {
            yield return CardElements.Paragraph("—", TextStyle.Subtle, CardSpacing.Small);
        }
    }

    private static string Excerpt(string text, int? maxLength)
    {
        var cleaned = text.Trim();
        if (maxLength is not { } max || cleaned.Length <= max)
        {
            return cleaned;
        }

        // Cut at a word boundary, never inside a surrogate pair.
        var cut = cleaned.LastIndexOf(' ', max);
        cut = cut < max / 2 ? max : cut;
        if (char.IsHighSurrogate(cleaned[cut - 1]))
        {
            cut--;
        }

        return cleaned[..cut].TrimEnd() + "\n" + NoteTexts.Truncated(cut, cleaned.Length);
    }

    // Markdown: a quote that keeps the line breaks (MarkdownText escapes everything); Slack and plain: lines as written.
    private static string UserTextIn(TextMarkup markup, string text)
    {
        var cleaned = CardText.Clean(text);
        if (ReferenceEquals(markup, TextMarkup.Markdown))
        {
            return MarkdownText.Quote(cleaned).TrimEnd('\n');
        }

        return string.Join('\n', cleaned.Split('\n').Select(markup.Literal));
    }

    private string FirstText() => CardText.OneLine(_blocks.FirstOrDefault(b => b.Kind is BlockKind.Heading or BlockKind.Paragraph)?.Text);

    private NoteReply Add(Block block)
    {
        _blocks.Add(block);
        return this;
    }

    private enum BlockKind
    {
        Heading,
        Paragraph,
        Subtle,
        UserText,
        Note,
        Buttons,
    }

    private sealed record Block(BlockKind Kind, string Text)
    {
        public Note? Note { get; init; }

        public string? GroupTitle { get; init; }

        public int? MaxLength { get; init; }

        public IReadOnlyList<AnswerChoice> Actions { get; init; } = [];

        public bool OnText { get; init; } = true;
    }
}
