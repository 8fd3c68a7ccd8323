using Mednum49.Bot.Channels;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// Saves a checked note and only then confirms it, for the dialog and the form alike: the store commits the note
/// (once per idempotency key) before anything is said; then the author gets the reference, and the group's animators
/// are told (a failure there is logged, never shown to the author, whose note is saved).
/// </summary>
public sealed class NoteSubmitter(INoteStore store, INoteNotifier notifier, ILogger<NoteSubmitter> logger)
{
    public async Task<NoteAdded> SaveAsync(NoteDraft draft, string idempotencyKey, CancellationToken cancellationToken)
    {
        var added = await store.AddAsync(draft, idempotencyKey, cancellationToken);
        if (added.Created)
        {
            logger.LogInformation("Note {Reference} saved for {GroupId} from channel {ChannelId}", added.Note.Reference, added.Note.GroupId, added.Note.ChannelId);
        }

        return added;
    }

    /// <summary>Tells the group's animators about a note just created; never throws.</summary>
    public async Task NotifyAsync(NoteAdded added, CancellationToken cancellationToken)
    {
        if (!added.Created)
        {
            return;
        }

        try
        {
            await notifier.NotifyAsync(added.Note, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogWarning(e, "Could not notify the animators of note {Reference}", added.Note.Reference);
        }
    }

    /// <summary>The confirmation: the reference, the group, the date, and what to do next.</summary>
    public static NoteReply Confirmation(Note note, WorkingGroup group)
    {
        var reply = new NoteReply().Paragraph(NotesMessages.Saved(note, group)).WithSummary(NotesMessages.Saved(note, group));
        if (note.ReferenceDate is { } date)
        {
            reply.Subtle(NoteTexts.ReferenceDateLine(date));
        }

        return reply.Buttons([new AnswerChoice(NoteTexts.MyNotes, NoteCommands.Mine), new AnswerChoice(NoteTexts.NewNote, NoteCommands.New)], hintOnText: false);
    }

    /// <summary>Sends the confirmation in the channel's format.</summary>
    public static Task SendConfirmationAsync(ITurnContext turnContext, Note note, WorkingGroup group, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(Confirmation(note, group).For(ChannelCapabilities.Of(turnContext.Activity)), cancellationToken);
}
