using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mednum49.Bot.Notes;
using Mednum49.Bot.Notes.Conversation;
using Mednum49.Bot.Tests.Support;

namespace Mednum49.Bot.Tests.Faults;

/// <summary>Note form submissions as a channel posts them, and what the capture server says was answered.</summary>
internal static class FaultTestSupport
{
    public const string Group = "group:benevoles";

    /// <summary>A filled note form submitted in the Emulator: one activity that saves one note.</summary>
    public static JsonObject FormSubmission(Uri serviceUrl, string conversationId, string activityId, string submissionId, string text)
    {
        var activity = ActivityPayloads.EmulatorMessage(serviceUrl, "", conversationId, activityId);
        activity["value"] = new JsonObject
        {
            [NoteForm.FormProperty] = NoteForm.FormName,
            [NoteForm.SubmissionIdProperty] = submissionId,
            [NoteFields.Group] = Group,
            [NoteFields.Text] = text,
            [NoteFields.ReferenceDate] = string.Empty,
        };
        return activity;
    }

    /// <summary>How many answers (messages other than the welcome) the bot sent to the activity <paramref name="activityId"/>.</summary>
    public static int Answers(CaptureServer channel, string activityId) =>
        channel.All.Count(c => c.ReplyToId == activityId && c.Type == "message" && !c.IsWelcome);

    /// <summary>Posts; <see langword="false"/> when the bot did not answer the POST with a success (it died meanwhile).</summary>
    public static async Task<bool> TryPostAsync(HttpClient client, JsonObject activity)
    {
        try
        {
            return (await client.PostAsJsonAsync("/api/messages", activity)).IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException or IOException)
        {
            return false;
        }
    }

    public static async Task PostAsync(HttpClient client, JsonObject activity)
    {
        var response = await client.PostAsJsonAsync("/api/messages", activity);
        Assert.True(response.IsSuccessStatusCode, $"POST /api/messages answered {(int)response.StatusCode}");
    }

    public static INoteStore NoteStore(ProviderDatabase database) => database.Create<INoteStore>(
        sqlite => new SqliteNoteStore(sqlite, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<SqliteNoteStore>.Instance),
        postgres => new PostgresNoteStore(postgres, TimeProvider.System, Microsoft.Extensions.Logging.Abstractions.NullLogger<PostgresNoteStore>.Instance));
}
