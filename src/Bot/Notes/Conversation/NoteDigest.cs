using Mednum49.Bot.Channels;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// An export as a text message, for channels that cannot receive files: the Markdown digest where the channel reads
/// Markdown, the same notes in Slack's or plain text elsewhere. A long export is cut between two notes, politely, with
/// the way to get everything (the <c>notes export</c> command on the server).
/// </summary>
public static class NoteDigest
{
    /// <summary>Slack takes long messages; other channels (Telegram: 4 096 characters) do not.</summary>
    public static int MaxLength(ChannelCapabilities channel) => channel.TextFormat == ReplyTextFormat.SlackMrkdwn ? 12_000 : 3_500;

    public static IMessageActivity Create(WorkingGroup group, IReadOnlyList<Note> notes, ChannelCapabilities channel)
    {
        var max = MaxLength(channel);
        var markup = TextMarkup.For(channel.TextFormat);
        Func<int, string> render = channel.TextFormat == ReplyTextFormat.Markdown
            ? count => markup.Literal(NoteTexts.ExportAsText(group)) + markup.BlockSeparator + NotesMarkdownExporter.Render(group, [.. notes.Take(count)]).TrimEnd('\n')
            : count => Reply(group, notes, count).Text(markup);

        // The most notes that fit, leaving room for the closing sentence.
        var closing = markup.BlockSeparator + markup.Literal(NoteTexts.ExportTooBig);
        var text = render(notes.Count);
        if (text.Length > max)
        {
            int low = 0, high = notes.Count;
            while (low < high)
            {
                var middle = (low + high + 1) / 2;
                if (render(middle).Length + closing.Length <= max)
                {
                    low = middle;
                }
                else
                {
                    high = middle - 1;
                }
            }

            // Not even one note fits: say so rather than show a digest that looks empty.
            text = low == 0 ? markup.Literal(NoteTexts.ExportAsText(group)) + closing : render(low) + closing;
        }

        return NoteReply.TextReply(text, channel);
    }

    private static NoteReply Reply(WorkingGroup group, IReadOnlyList<Note> notes, int count)
    {
        var reply = new NoteReply().Paragraph(NoteTexts.ExportAsText(group));
        if (notes.Count == 0)
        {
            return reply.Paragraph(NoteTexts.NoNotes(group));
        }

        foreach (var note in notes.Take(count))
        {
            reply.Note(note, maxLength: null);
        }

        return reply;
    }
}
