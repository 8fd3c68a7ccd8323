using Mednum49.Bot.Channels;
using Mednum49.Bot.Commands;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// <c>notes &lt;groupe&gt; [page N]</c>: a group's notes, most recent first, a page at a time, for coordinators and the
/// group's animators (<see cref="NotesAccessPolicy"/>). Access is decided before the group is even looked up, and a
/// refusal is the same sentence whatever was asked (<see cref="NotesMessages.ReadDenied"/>): no title, no count.
/// <c>mes notes [page N]</c>: the notes the user filed, with buttons to correct or delete each one. Notes are only
/// shown in personal conversations.
/// </summary>
public sealed class NotesReadCommand(
    INoteStore store,
    NoteGroupChoices groups,
    NotesAccessPolicy access,
    NoteReaders readers) : ICommandHandler
{
    /// <summary>Notes per page: a card of five notes stays well under Teams' size limit.</summary>
    public const int PageSize = 5;

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        if (NoteCommands.ParseMine(turn.Text) is { } minePage)
        {
            await ReplyAsync(turn, await MineAsync(turn, minePage, cancellationToken), cancellationToken);
            return true;
        }

        if (NoteCommands.ParseRead(turn.Text) is { } read)
        {
            await ReplyAsync(turn, await GroupAsync(turn, read.GroupText, read.Page, cancellationToken), cancellationToken);
            return true;
        }

        return false;
    }

    /// <summary>The groups a reader may read, as buttons sending <paramref name="command"/> (or the refusal when none).</summary>
    public static NoteReply GroupChoices(string lead, IReadOnlyList<WorkingGroup> readable, Func<WorkingGroup, string> command) =>
        new NoteReply().Paragraph(lead).Buttons(readable.Select(g => new AnswerChoice(g.Title, command(g))));

    private async Task<NoteReply> MineAsync(BotTurn turn, int page, CancellationToken cancellationToken)
    {
        if (turn.Channel.Conversation != ConversationKind.Personal)
        {
            return Say(NoteTexts.ReadingInGroupConversation);
        }

        var notes = await store.ListByAuthorAsync(NoteUser.From(turn.Activity), Math.Min(page, int.MaxValue / PageSize), PageSize, cancellationToken);
        if (notes.TotalCount == 0)
        {
            return new NoteReply().Paragraph(NoteTexts.NoNotesOfMine).Buttons([new AnswerChoice(NoteTexts.NewNote, NoteCommands.New)], hintOnText: false);
        }

        if (notes.Notes.Count == 0)
        {
            return Say(NoteTexts.PageBeyondEnd(notes));
        }

        var reply = new NoteReply().Heading(NoteTexts.MyNotesTitle).Subtle(NoteTexts.PageLine(notes)).WithSummary(NoteTexts.MyNotesTitle);
        foreach (var note in notes.Notes)
        {
            reply.Note(note, groups.Find(note.GroupId)?.Title, actions:
            [
                new AnswerChoice(NoteTexts.Edit, NoteCommands.Edit(note.Reference)),
                new AnswerChoice(NoteTexts.Delete, NoteCommands.Delete(note.Reference)),
            ]);
        }

        if (notes.HasMore)
        {
            reply.Buttons([new AnswerChoice(NoteTexts.NextPage, NoteCommands.MinePage(notes.Page + 1))]);
        }

        return reply;
    }

    private async Task<NoteReply> GroupAsync(BotTurn turn, string groupText, int page, CancellationToken cancellationToken)
    {
        if (turn.Channel.Conversation != ConversationKind.Personal)
        {
            return Say(NoteTexts.ReadingInGroupConversation);
        }

        var reader = await readers.IdentifyAsync(turn.Context, cancellationToken);
        var readable = access.ReadableGroups(reader, groups.Groups);
        if (readable.Count == 0)
        {
            return Say(NotesMessages.ReadDenied);
        }

        if (groupText.Length == 0)
        {
            return GroupChoices(NoteTexts.WhichGroupToRead, readable, g => NoteCommands.Read(g));
        }

        var group = groups.Resolve(groupText);
        if (group is null)
        {
            return GroupChoices(NoteTexts.UnknownGroup, readable, g => NoteCommands.Read(g));
        }

        if (!access.CanRead(reader, group.Id))
        {
            return Say(NotesMessages.ReadDenied);
        }

        var notes = await store.ListByGroupAsync(group.Id, Math.Min(page, int.MaxValue / PageSize), PageSize, cancellationToken);
        if (notes.TotalCount == 0)
        {
            return Say(NoteTexts.NoNotes(group));
        }

        if (notes.Notes.Count == 0)
        {
            return Say(NoteTexts.PageBeyondEnd(notes));
        }

        var reply = new NoteReply().Heading(NoteTexts.GroupTitle(group)).Subtle(NoteTexts.PageLine(notes)).WithSummary(NoteTexts.GroupTitle(group));
        foreach (var note in notes.Notes)
        {
            reply.Note(note);
        }

        List<AnswerChoice> next = notes.HasMore ? [new AnswerChoice(NoteTexts.NextPage, NoteCommands.Read(group, notes.Page + 1))] : [];
        return reply.Buttons([.. next, new AnswerChoice(NoteTexts.Export, NoteCommands.Export(group))]);
    }

    private static NoteReply Say(string text) => new NoteReply().Paragraph(text);

    private static Task ReplyAsync(BotTurn turn, NoteReply reply, CancellationToken cancellationToken) =>
        turn.Context.SendActivityAsync(reply.For(turn.Channel), cancellationToken);
}
