using System.Net;
using System.Net.Http.Headers;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// Answers Teams' <c>fileConsent/invoke</c> for the notes' exports (<see cref="TeamsFileConsent"/>); any other activity
/// goes on down the pipeline. On "accept": access is checked again for whoever accepted, the file is made from the
/// notes as they are now, PUT to the upload URL Teams gave (HTTPS only), and shown with a file info card; on "decline":
/// a short acknowledgement. The invoke always gets its 200, whatever happened: Teams would otherwise show an error.
/// A middleware rather than a bot handler, so the notes feature owns its whole protocol.
/// </summary>
public sealed class NotesFileConsentMiddleware(
    INoteStore store,
    IWorkingGroupDirectory groups,
    NotesAccessPolicy access,
    NoteReaders readers,
    IHttpClientFactory http,
    TimeProvider clock,
    ILogger<NotesFileConsentMiddleware> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public const string HttpClientName = "notes-upload";

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Invoke || activity.Name != TeamsFileConsent.InvokeName
            || (Read(activity.Value) is { } other && TeamsFileConsent.IsAnotherFeaturesExport(other.Context)))
        {
            await next(cancellationToken);
            return;
        }

        // Every other file consent answer is ours to answer: one we cannot read (an old card, a crafted value) gets a
        // polite word and its 200, and the conversation (a dialog in progress) is left as it was.
        if (Read(activity.Value) is not { } response || TeamsFileConsent.ReadContext(response.Context) is not { } export)
        {
            logger.LogInformation("Unreadable file consent answer in conversation {ConversationId}", activity.Conversation?.Id);
            await turnContext.SendActivityAsync(NoteTexts.ConsentExpired, cancellationToken: cancellationToken);
            await turnContext.SendActivityAsync(new Activity(ActivityTypesEx.InvokeResponse) { Value = new InvokeResponse { Status = (int)HttpStatusCode.OK } }, cancellationToken);
            return;
        }

        var fileName = response.UploadInfo?.Name ?? NoteExportFiles.FileName(new WorkingGroup(export.GroupId, export.GroupId), clock.GetUtcNow(), export.Format);
        if (string.Equals(response.Action, "accept", StringComparison.OrdinalIgnoreCase) && response.UploadInfo is { } upload)
        {
            await AcceptAsync(turnContext, export.GroupId, export.Format, upload, cancellationToken);
        }
        else
        {
            await turnContext.SendActivityAsync(NoteTexts.Declined(fileName), cancellationToken: cancellationToken);
        }

        await turnContext.SendActivityAsync(new Activity(ActivityTypesEx.InvokeResponse) { Value = new InvokeResponse { Status = (int)HttpStatusCode.OK } }, cancellationToken);
    }

    private async Task AcceptAsync(ITurnContext turnContext, string groupId, string format, FileUploadInfo upload, CancellationToken cancellationToken)
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
        var name = upload.Name ?? file.Name;
        if (!await UploadAsync(upload.UploadUrl, file.Content, cancellationToken))
        {
            await turnContext.SendActivityAsync(NoteTexts.UploadFailed(name), cancellationToken: cancellationToken);
            return;
        }

        logger.LogInformation("Export of {GroupId} ({Format}, {Count} notes) uploaded for {UserId}", group.Id, format, notes.Count, reader.UserId);
        var shown = MessageFactory.Attachment(TeamsFileConsent.FileInfo(upload));
        shown.Text = NoteTexts.Uploaded(name);
        await turnContext.SendActivityAsync(shown, cancellationToken);
    }

    private async Task<bool> UploadAsync(string? uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(uploadUrl, UriKind.Absolute, out var target) || !(target.Scheme == Uri.UriSchemeHttps || (target.Scheme == Uri.UriSchemeHttp && target.IsLoopback)))
        {
            logger.LogWarning("Refused to upload an export to {UploadUrl}: not an HTTPS address", uploadUrl);
            return false;
        }

        try
        {
            using var body = new ByteArrayContent(content);
            body.Headers.ContentLength = content.LongLength;
            body.Headers.ContentRange = new ContentRangeHeaderValue(0, content.LongLength - 1, content.LongLength);
            using var response = await http.CreateClient(HttpClientName).PutAsync(target, body, cancellationToken);
            if (!response.IsSuccessStatusCode)
            {
                logger.LogWarning("The upload of an export was refused with {StatusCode}", (int)response.StatusCode);
            }

            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning(e, "The upload of an export failed");
            return false;
        }
    }

    private static FileConsentCardResponse? Read(object? value)
    {
        try
        {
            return value switch
            {
                null => null,
                JObject json => json.ToObject<FileConsentCardResponse>(),
                _ => JObject.FromObject(value).ToObject<FileConsentCardResponse>(),
            };
        }
        catch (Exception e) when (e is Newtonsoft.Json.JsonException or ArgumentException)
        {
            return null;
        }
    }
}
