using System.Net;
using System.Net.Http.Headers;
using Mednum49.Bot.Notes.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Teams;

/// <summary>
/// The half of Teams' file consent protocol (<see cref="TeamsFileConsent"/>) that every export shares: reading the
/// <c>fileConsent/invoke</c> answer, "accept" or "decline", the PUT of the bytes to the upload URL Teams gave (HTTPS
/// only, a loopback HTTP address for tests), the file info card that shows the uploaded file, and the invoke's 200,
/// always sent, whatever happened: Teams would otherwise show an error. What a file holds, and who may have it, stays
/// with each feature.
/// </summary>
public sealed class FileConsentUpload(IHttpClientFactory http, ILogger<FileConsentUpload> logger)
{
    public const string HttpClientName = "notes-upload";

    /// <summary>
    /// A file consent card for a file of <paramref name="size"/> bytes; <paramref name="context"/> names what to export
    /// (never the content) and comes back with the answer, "accept" or "decline".
    /// </summary>
    public static Attachment ConsentCard(string fileName, long size, string description, JObject context) => new()
    {
        ContentType = FileConsentCard.ContentType,
        Name = fileName,
        Content = new FileConsentCard
        {
            Description = description,
            SizeInBytes = size,
            AcceptContext = context,
            DeclineContext = context.DeepClone(),
        },
    };

    /// <summary>The answer a <c>fileConsent/invoke</c> carries, or null when its value cannot be read as one.</summary>
    public static FileConsentCardResponse? Read(object? value)
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

    /// <summary>
    /// Answers a file consent answer: <paramref name="acceptAsync"/> when it accepts with an upload URL, a short
    /// acknowledgement naming <paramref name="fileName"/> otherwise; then the invoke's 200.
    /// </summary>
    public static async Task AnswerAsync(
        ITurnContext turnContext, FileConsentCardResponse response, string fileName, Func<FileUploadInfo, Task> acceptAsync, CancellationToken cancellationToken)
    {
        if (string.Equals(response.Action, "accept", StringComparison.OrdinalIgnoreCase) && response.UploadInfo is { } upload)
        {
            await acceptAsync(upload);
        }
        else
        {
            await turnContext.SendActivityAsync(NoteTexts.Declined(fileName), cancellationToken: cancellationToken);
        }

        await AcknowledgeAsync(turnContext, cancellationToken);
    }

    /// <summary>The 200 an invoke needs.</summary>
    public static Task AcknowledgeAsync(ITurnContext turnContext, CancellationToken cancellationToken) =>
        turnContext.SendActivityAsync(new Activity(ActivityTypesEx.InvokeResponse) { Value = new InvokeResponse { Status = (int)HttpStatusCode.OK } }, cancellationToken);

    /// <summary>
    /// PUTs <paramref name="content"/> to the upload URL and shows the file with a file info card; when the upload is
    /// refused or fails, sends <paramref name="failedText"/> instead and returns false.
    /// </summary>
    public async Task<bool> UploadAsync(
        ITurnContext turnContext, FileUploadInfo upload, byte[] content, string name, string failedText, CancellationToken cancellationToken)
    {
        if (!await PutAsync(upload.UploadUrl, content, cancellationToken))
        {
            await turnContext.SendActivityAsync(failedText, cancellationToken: cancellationToken);
            return false;
        }

        var shown = MessageFactory.Attachment(TeamsFileConsent.FileInfo(upload));
        shown.Text = NoteTexts.Uploaded(name);
        await turnContext.SendActivityAsync(shown, cancellationToken);
        return true;
    }

    private async Task<bool> PutAsync(string? uploadUrl, byte[] content, CancellationToken cancellationToken)
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
}
