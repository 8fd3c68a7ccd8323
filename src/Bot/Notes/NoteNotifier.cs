using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Notes;

/// <summary>Tells a group's animators that a note arrived (optional: see <see cref="NoteNotifier"/>).</summary>
public interface INoteNotifier
{
    /// <summary>Sends the announcement to each animator of the note's group who can be reached; returns how many were told.</summary>
    Task<int> NotifyAsync(Note note, CancellationToken cancellationToken = default);
}

/// <summary>
/// Announces a new note in the personal chat of each of its group's animators (<c>Notes:Animators</c>) whom the bot
/// can reach (<see cref="IConversationReferenceStore"/>: they wrote to it once), except its author. The message gives
/// the reference, the group and the author, not the text. One animator that cannot be reached never stops the others;
/// nothing here throws, so a failure to notify never turns a saved note into an error for its author.
/// </summary>
public sealed class NoteNotifier(
    BotAdapter adapter,
    string botAppId,
    IConversationReferenceStore references,
    NotesAccessPolicy access,
    IWorkingGroupDirectory groups,
    ILogger<NoteNotifier> logger) : INoteNotifier
{
    public async Task<int> NotifyAsync(Note note, CancellationToken cancellationToken = default)
    {
        if (groups.Find(note.GroupId) is not { } group)
        {
            return 0;
        }

        var told = 0;
        var reached = new HashSet<string>(StringComparer.OrdinalIgnoreCase);
        foreach (var animator in access.AnimatorsOf(note.GroupId))
        {
            try
            {
                var reference = await references.FindAsync(animator, cancellationToken);
                if (reference is null)
                {
                    logger.LogInformation("Animator {Animator} of {GroupId} has not written to the bot yet: not notified", animator, note.GroupId);
                    continue;
                }

                // The same person may be configured by object id and by UPN; and authors need no announcement.
                if (reference.User?.AadObjectId is { Length: > 0 } aad
                    && (!reached.Add(aad) || string.Equals(aad, note.Author.AadObjectId, StringComparison.OrdinalIgnoreCase)))
                {
                    continue;
                }

                await adapter.ContinueConversationAsync(botAppId, reference, async (turn, token) =>
                    await turn.SendActivityAsync(MessageFactory.Text(NotesMessages.NewNoteForAnimators(note, group)), token), cancellationToken);
                told++;
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogWarning(e, "Could not notify animator {Animator} of note {Reference}", animator, note.Reference);
            }
        }

        return told;
    }
}

/// <summary>Where the bot cannot write first (the CLI): nobody is told.</summary>
public sealed class SilentNoteNotifier : INoteNotifier
{
    public Task<int> NotifyAsync(Note note, CancellationToken cancellationToken = default) => Task.FromResult(0);
}
