using System.Net;
using System.Net.Http.Headers;
using Mednum49.Bot.Notes;
using Mednum49.Bot.Notes.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Insights;

/// <summary>
/// <c>questions export</c> in Teams, as the notes' exports (<see cref="TeamsFileConsent"/>): a file consent card whose
/// context says only "insights" and the period; on "accept" the coordinator's access is checked again, the CSV made from
/// the events as they are then and PUT to the upload URL Teams gave (HTTPS only), and shown with a file info card.
/// </summary>
public sealed class InsightsExportConsent(
    IInsightStore store,
    NotesAccessPolicy access,
    NoteReaders readers,
    IHttpClientFactory http,
    TimeProvider clock,
    ILogger<InsightsExportConsent> logger)
{
    public const string ContextValue = "insights";

    public static Attachment ConsentCard(string fileName, long size, int days) => new()
    {
        ContentType = FileConsentCard.ContentType,
        Name = fileName,
        Content = new FileConsentCard
        {
            Description = InsightsMessages.ExportDescription,
            SizeInBytes = size,
            AcceptContext = Context(days),
            DeclineContext = Context(days),
        },
    };

    /// <summary>Handles a file consent answer about a <c>questions export</c>; false for anything else.</summary>
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Invoke || activity.Name != TeamsFileConsent.InvokeName
            || Read(activity.Value) is not { } response || DaysOf(response.Context) is not { } days)
        {
            return false;
        }

        var name = response.UploadInfo?.Name ?? InsightsCsvExporter.FileName(clock.GetUtcNow());
        if (string.Equals(response.Action, "accept", StringComparison.OrdinalIgnoreCase) && response.UploadInfo is { } upload)
        {
            await AcceptAsync(turnContext, days, upload, name, cancellationToken);
        }
        else
        {
            await turnContext.SendActivityAsync(NoteTexts.Declined(name), cancellationToken: cancellationToken);
        }

        await turnContext.SendActivityAsync(new Activity(ActivityTypesEx.InvokeResponse) { Value = new InvokeResponse { Status = (int)HttpStatusCode.OK } }, cancellationToken);
        return true;
    }

    private async Task AcceptAsync(ITurnContext turnContext, int days, FileUploadInfo upload, string name, CancellationToken cancellationToken)
    {
        if (!access.IsCoordinator(await readers.IdentifyAsync(turnContext, cancellationToken)))
        {
            await turnContext.SendActivityAsync(InsightsMessages.Denied, cancellationToken: cancellationToken);
            return;
        }

        var events = await store.ListAsync(clock.GetUtcNow().AddDays(-days), cancellationToken);
        var csv = await InsightsCsvExporter.ToBytesAsync(events, cancellationToken);
        if (!await UploadAsync(upload.UploadUrl, csv, cancellationToken))
        {
            await turnContext.SendActivityAsync(InsightsMessages.UploadFailed(name), cancellationToken: cancellationToken);
            return;
        }

        logger.LogInformation("Insights export ({Count} rows) uploaded", events.Count);
        var shown = MessageFactory.Attachment(TeamsFileConsent.FileInfo(upload));
        shown.Text = NoteTexts.Uploaded(name);
        await turnContext.SendActivityAsync(shown, cancellationToken);
    }

    private async Task<bool> UploadAsync(string? uploadUrl, byte[] content, CancellationToken cancellationToken)
    {
        if (!Uri.TryCreate(uploadUrl, UriKind.Absolute, out var target) || !(target.Scheme == Uri.UriSchemeHttps || (target.Scheme == Uri.UriSchemeHttp && target.IsLoopback)))
        {
            logger.LogWarning("Refused to upload an insights export to {UploadUrl}: not an HTTPS address", uploadUrl);
            return false;
        }

        try
        {
            using var body = new ByteArrayContent(content);
            body.Headers.ContentLength = content.LongLength;
            body.Headers.ContentRange = new ContentRangeHeaderValue(0, content.LongLength - 1, content.LongLength);
            using var response = await http.CreateClient(NotesFileConsentMiddleware.HttpClientName).PutAsync(target, body, cancellationToken);
            return response.IsSuccessStatusCode;
        }
        catch (HttpRequestException e)
        {
            logger.LogWarning(e, "The upload of an insights export failed");
            return false;
        }
    }

    private static JObject Context(int days) => new() { [TeamsFileConsent.ContextProperty] = ContextValue, ["days"] = days };

    private static int? DaysOf(object? context)
    {
        var json = context switch
        {
            JObject o => o,
            null => null,
            _ => JToken.FromObject(context) as JObject,
        };
        return json?[TeamsFileConsent.ContextProperty] is JValue { Type: JTokenType.String } marker && (string?)marker == ContextValue
            && json["days"] is JValue { Type: JTokenType.Integer } days && (int)days is > 0 and <= 3650
            ? (int)days
            : null;
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
