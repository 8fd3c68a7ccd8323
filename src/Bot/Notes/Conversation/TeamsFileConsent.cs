using Mednum49.Bot.Teams;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// Files in Teams go through the user's consent (personal chats only; <c>"supportsFiles": true</c> in the manifest):
/// the bot sends a file consent card; when the user accepts, Teams sends an invoke <c>fileConsent/invoke</c> with an
/// upload URL in the user's OneDrive; the bot PUTs the bytes there and posts a file info card that opens the file.
/// The card's context names what to export, never the content: the file is made again, and access checked again,
/// when the user accepts.
/// </summary>
public static class TeamsFileConsent
{
    public const string InvokeName = "fileConsent/invoke";
    public const string ContextProperty = "mednum49Export";
    public const string ContextValue = "notes";

    public static Attachment ConsentCard(NoteExportFile file, WorkingGroup group, string description) =>
        FileConsentUpload.ConsentCard(file.Name, file.Content.LongLength, description, Context(group, file.Format));

    /// <summary>The file info card that shows the uploaded file in the conversation.</summary>
    public static Attachment FileInfo(FileUploadInfo upload) => new()
    {
        ContentType = FileInfoCard.ContentType,
        ContentUrl = upload.ContentUrl,
        Name = upload.Name,
        Content = new FileInfoCard { UniqueId = upload.UniqueId, FileType = upload.FileType },
    };

    /// <summary>The export a consent answer is about, or null when it is not one of ours.</summary>
    public static (string GroupId, string Format)? ReadContext(object? context)
    {
        // Only an object can be ours; anything else (a string, an array, a crafted type) is not an export.
        var json = context as JObject;
        var group = Text(json, "group");
        var format = Text(json, "format");
        if (Text(json, ContextProperty) != ContextValue || string.IsNullOrWhiteSpace(group) || format is not (NoteExportFiles.Csv or NoteExportFiles.Markdown))
        {
            return null;
        }

        return (group, format);
    }

    /// <summary>
    /// True when the context names another feature's export (its own <see cref="ContextProperty"/> value, e.g. the
    /// insights' <c>questions export</c>): that feature answers the consent, not the notes.
    /// </summary>
    public static bool IsAnotherFeaturesExport(object? context) =>
        Text(context as JObject, ContextProperty) is { Length: > 0 } marker && marker != ContextValue;

    private static string? Text(JObject? json, string property) =>
        json?[property] is JValue { Type: JTokenType.String } value ? (string?)value : null;

    private static JObject Context(WorkingGroup group, string format) => new()
    {
        [ContextProperty] = ContextValue,
        ["group"] = group.Id,
        ["format"] = format,
    };
}
