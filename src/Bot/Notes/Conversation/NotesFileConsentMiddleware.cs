using Mednum49.Bot.Teams;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// Answers Teams' <c>fileConsent/invoke</c> for the notes' exports (<see cref="TeamsFileConsent"/>); any other activity
/// goes on down the pipeline. On "accept": access is checked again for whoever accepted, the file is made from the
/// notes as they are now, PUT to the upload URL Teams gave (HTTPS only), and shown with a file info card; on "decline":
/// a short acknowledgement. The invoke always gets its 200, whatever happened: Teams would otherwise show an error.
/// The protocol's shared half is <see cref="FileConsentUpload"/>.
/// A middleware rather than a bot handler, so the notes feature owns its whole protocol.
/// </summary>
public sealed class NotesFileConsentMiddleware(
    INoteStore store,
    IWorkingGroupDirectory groups,
    NotesAccessPolicy access,
    NoteReaders readers,
    FileConsentUpload upload,
    TimeProvider clock,
    ILogger<NotesFileConsentMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Invoke || activity.Name != TeamsFileConsent.InvokeName
            || (FileConsentUpload.Read(activity.Value) is { } other && TeamsFileConsent.IsAnotherFeaturesExport(other.Context)))
        {
            await next(cancellationToken);
            return;
        }

        // Every other file consent answer is ours to answer: one we cannot read (an old card, a crafted value) gets a
        // polite word and its 200, and the conversation (a dialog in progress) is left as it was.
        if (FileConsentUpload.Read(activity.Value) is not { } response || TeamsFileConsent.ReadContext(response.Context) is not { } export)
        {
            logger.LogInformation("Unreadable file consent answer in conversation {ConversationId}", activity.Conversation?.Id);
            await turnContext.SendActivityAsync(NoteTexts.ConsentExpired, cancellationToken: cancellationToken);
            await FileConsentUpload.AcknowledgeAsync(turnContext, cancellationToken);
            return;
        }

        var fileName = response.UploadInfo?.Name ?? NoteExportFiles.FileName(new WorkingGroup(export.GroupId, export.GroupId), clock.GetUtcNow(), export.Format);
        await FileConsentUpload.AnswerAsync(
            turnContext, response, fileName, info => AcceptAsync(turnContext, export.GroupId, export.Format, info, cancellationToken), cancellationToken);
    }

    private async Task AcceptAsync(ITurnContext turnContext, string groupId, string format, FileUploadInfo info, CancellationToken cancellationToken)
    {
        var reader = await readers.IdentifyAsync(turnContext, cancellationToken);
        var group = access.CanExport(reader, groupId) ? groups.Find(groupId) : null;
        if (group is null)
        {
            await turnContext.SendActivityAsync(NotesMessages.ReadDenied, cancellationToken: cancellationToken);
            return;
        }

        var notes = await store.ListAllByGroupAsync(group.Id, cancellationToken);
        var file = await NoteExportFiles.CreateAsync(group, notes, clock.GetUtcNow(), format, cancellationToken);
        var name = info.Name ?? file.Name;
        if (await upload.UploadAsync(turnContext, info, file.Content, name, NoteTexts.UploadFailed(name), cancellationToken))
        {
            logger.LogInformation("Export of {GroupId} ({Format}, {Count} notes) uploaded for {UserId}", group.Id, format, notes.Count, reader.UserId);
        }
    }
}
