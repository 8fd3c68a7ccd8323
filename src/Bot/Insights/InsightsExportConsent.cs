using Mednum49.Bot.Notes;
using Mednum49.Bot.Notes.Conversation;
using Mednum49.Bot.Teams;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Insights;

/// <summary>
/// <c>questions export</c> in Teams, as the notes' exports (<see cref="TeamsFileConsent"/>, <see cref="FileConsentUpload"/>):
/// a file consent card whose context says only "insights" and the period; on "accept" the coordinator's access is
/// checked again, the CSV made from the events as they are then and PUT to the upload URL Teams gave (HTTPS only), and
/// shown with a file info card.
/// </summary>
public sealed class InsightsExportConsent(
    IInsightStore store,
    NotesAccessPolicy access,
    NoteReaders readers,
    FileConsentUpload upload,
    TimeProvider clock,
    ILogger<InsightsExportConsent> logger)
{
    public const string ContextValue = "insights";

    public static Attachment ConsentCard(string fileName, long size, int days) =>
        FileConsentUpload.ConsentCard(fileName, size, InsightsMessages.ExportDescription, Context(days));

    /// <summary>Handles a file consent answer about a <c>questions export</c>; false for anything else.</summary>
    public async Task<bool> TryHandleAsync(ITurnContext turnContext, CancellationToken cancellationToken)
    {
        var activity = turnContext.Activity;
        if (activity.Type != ActivityTypes.Invoke || activity.Name != TeamsFileConsent.InvokeName
            || FileConsentUpload.Read(activity.Value) is not { } response || DaysOf(response.Context) is not { } days)
        {
            return false;
        }

        var name = response.UploadInfo?.Name ?? InsightsCsvExporter.FileName(clock.GetUtcNow());
        await FileConsentUpload.AnswerAsync(turnContext, response, name, info => AcceptAsync(turnContext, days, info, name, cancellationToken), cancellationToken);
        return true;
    }

    private async Task AcceptAsync(ITurnContext turnContext, int days, FileUploadInfo info, string name, CancellationToken cancellationToken)
    {
        if (!access.IsCoordinator(await readers.IdentifyAsync(turnContext, cancellationToken)))
        {
            await turnContext.SendActivityAsync(InsightsMessages.Denied, cancellationToken: cancellationToken);
            return;
        }

        var events = await store.ListAsync(clock.GetUtcNow().AddDays(-days), cancellationToken);
        var csv = await InsightsCsvExporter.ToBytesAsync(events, cancellationToken);
        if (await upload.UploadAsync(turnContext, info, csv, name, InsightsMessages.UploadFailed(name), cancellationToken))
        {
            logger.LogInformation("Insights export ({Count} rows) uploaded", events.Count);
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
}
