using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mednum49.Bot.Notes;
using Mednum49.Bot.Notes.Conversation;
using Mednum49.Bot.Tests.Cards;
using Mednum49.Bot.Tests.Support;
using Microsoft.Bot.Schema.Teams;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Notes.Conversation;

/// <summary>
/// The real web host over HTTP, as the channels talk to it: notes survive a restart, concurrent submissions are saved
/// exactly once, Teams cards are replaced in place, and the Teams file consent flow uploads the export.
/// </summary>
[Collection(RealHostCollection.Name)]
public sealed class NotesOverHttpTests : IAsyncLifetime
{
    private const string Coordinator = "c1a12e00-0000-4000-8000-00000000c1a1";
    private const string Tenant = "00000000-0000-0000-0000-0000000000aa";

    private readonly TemporaryDatabase _database = new();
    private CaptureServer _channel = null!;

    public async Task InitializeAsync() => _channel = await CaptureServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _channel.DisposeAsync();
        SqliteConnection.ClearAllPools();
        _database.Dispose();
    }

    private BotHostFactory Host(Dictionary<string, string?>? more = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Storage:DatabasePath"] = _database.Path,
            ["Notes:Coordinators:0"] = Coordinator,
        };
        foreach (var (key, value) in more ?? [])
        {
            settings[key] = value;
        }

        return new(settings: settings);
    }

    private static async Task PostAsync(HttpClient client, JsonObject activity)
    {
        var response = await client.PostAsJsonAsync("/api/messages", activity);
        Assert.True(response.IsSuccessStatusCode, $"POST /api/messages answered {(int)response.StatusCode}");
    }

    private JsonObject Emulator(string conversationId, string text, string? id = null, JsonObject? value = null)
    {
        var activity = ActivityPayloads.EmulatorMessage(_channel.ServiceUrl, text, conversationId, id);
        if (value is not null)
        {
            activity["value"] = value;
        }

        return activity;
    }

    private JsonObject Teams(string text, string? replyToId = null, JsonObject? value = null, string type = "message", string? name = null, JsonObject? from = null)
    {
        var activity = new JsonObject
        {
            ["type"] = type,
            ["id"] = Guid.NewGuid().ToString("N"),
            ["timestamp"] = "2026-11-29T09:00:00.000Z",
            ["localTimestamp"] = "2026-11-29T10:00:00.000+01:00",
            ["channelId"] = "msteams",
            ["serviceUrl"] = _channel.ServiceUrl.ToString(),
            ["from"] = from ?? new JsonObject { ["id"] = "29:claire", ["name"] = "Claire Martin", ["aadObjectId"] = Coordinator },
            ["conversation"] = new JsonObject { ["conversationType"] = "personal", ["tenantId"] = Tenant, ["id"] = from is null ? "a:personal-claire" : "a:personal-" + (string)from["id"]! },
            ["recipient"] = new JsonObject { ["id"] = "28:bot-1", ["name"] = "Mednum49" },
            ["locale"] = "fr-FR",
            ["text"] = text,
            ["channelData"] = new JsonObject { ["tenant"] = new JsonObject { ["id"] = Tenant } },
        };
        if (replyToId is not null)
        {
            activity["replyToId"] = replyToId;
        }

        if (value is not null)
        {
            activity["value"] = value;
        }

        if (name is not null)
        {
            activity["name"] = name;
        }

        return activity;
    }

    private static JObject CardOf(CapturedActivity reply) =>
        JObject.Parse(reply.Body["attachments"]![0]!["content"]!.ToJsonString());

    private static string SubmissionId(JObject form) =>
        (string)CardJson.Buttons(form).Single(b => b["data"]?[NoteForm.FormProperty] is not null)["data"]![NoteForm.SubmissionIdProperty]!;

    private static JsonObject FormValue(string submissionId, string group, string text, string? date = null) => new()
    {
        [NoteForm.FormProperty] = NoteForm.FormName,
        [NoteForm.SubmissionIdProperty] = submissionId,
        [NoteFields.Group] = group,
        [NoteFields.Text] = text,
        [NoteFields.ReferenceDate] = date ?? string.Empty,
    };

    [Fact]
    public async Task A_note_submitted_over_http_is_still_there_after_the_host_restarts_on_the_same_file()
    {
        string reference;
        await using (var first = Host())
        {
            using var client = new HttpClient { BaseAddress = first.Start() };
            await PostAsync(client, Emulator("conv-durable", "je veux déposer une note"));
            var form = CardOf(await _channel.NextAnswerAsync());
            await PostAsync(client, Emulator("conv-durable", "", value: FormValue(SubmissionId(form), "group:reconditionnement", "Visite de l'atelier.\nTrès utile.", "2026-12-03")));
            var confirmation = CardOf(await _channel.NextAnswerAsync());
            reference = Assert.Single(await first.Services.GetRequiredService<INoteStore>().ListAllByGroupAsync("group:reconditionnement")).Reference;
            Assert.Contains(CardJson.Lines(confirmation), line => line.Contains(reference, StringComparison.Ordinal));
        }

        // The first process is gone: only the file remains.
        SqliteConnection.ClearAllPools();

        await using var second = Host();
        using var again = new HttpClient { BaseAddress = second.Start() };
        await PostAsync(again, Emulator("conv-later", "mes notes"));
        var mine = CardJson.Lines(CardOf(await _channel.NextAnswerAsync()));
        Assert.Contains(mine, line => line.StartsWith(reference, StringComparison.Ordinal));
        Assert.Contains("Visite de l'atelier.", mine);
        Assert.Contains("Très utile.", mine);
        Assert.Contains("Date concernée : jeudi 3 décembre 2026", mine);
    }

    [Fact]
    public async Task Concurrent_form_submissions_from_several_conversations_are_each_saved_exactly_once()
    {
        const int conversations = 10;
        await using var host = Host();
        using var client = new HttpClient { BaseAddress = host.Start() };

        await Task.WhenAll(Enumerable.Range(0, conversations).Select(i => PostAsync(client, Emulator($"conv-{i}", "note"))));
        var forms = new Dictionary<string, string>();
        for (var i = 0; i < conversations; i++)
        {
            var reply = await _channel.NextAnswerAsync();
            forms[reply.ConversationId] = SubmissionId(CardOf(reply));
        }

        // Every form clicked twice at once (two activities, the same form).
        await Task.WhenAll(forms.SelectMany(f => Enumerable.Range(0, 2).Select(_ =>
            PostAsync(client, Emulator(f.Key, "", value: FormValue(f.Value, "group:benevoles", $"Note de {f.Key}"))))));

        var notes = await host.Services.GetRequiredService<INoteStore>().ListAllByGroupAsync("group:benevoles");
        Assert.Equal(conversations, notes.Count);
        Assert.Equal(forms.Keys.Order(), notes.Select(n => n.ConversationId).Order());
        Assert.All(notes, n => Assert.Equal($"Note de {n.ConversationId}", n.Text));
        for (var i = 0; i < 2 * conversations; i++)
        {
            var confirmation = await _channel.NextAnswerAsync();
            var note = notes.Single(n => n.ConversationId == confirmation.ConversationId);
            Assert.Contains(NotesMessages.Saved(note, new WorkingGroup(note.GroupId, host.Services.GetRequiredService<IWorkingGroupDirectory>().Find(note.GroupId)!.Title)), CardJson.Lines(CardOf(confirmation)));
        }
    }

    [Fact]
    public async Task Concurrent_dialogs_with_retried_confirmations_save_one_note_each()
    {
        const int conversations = 6;
        await using var host = Host();
        using var client = new HttpClient { BaseAddress = host.Start() };

        await Task.WhenAll(Enumerable.Range(0, conversations).Select(async i =>
        {
            var conversation = $"dialog-{i}";
            foreach (var text in new[] { "note pas à pas", "bénévoles", $"Texte du dialogue {i}", "non" })
            {
                await PostAsync(client, Emulator(conversation, text));
            }

            // The confirmation, delivered twice at once (a channel retrying the same activity).
            var yes = Emulator(conversation, "oui", id: $"oui-{i}");
            await Task.WhenAll(PostAsync(client, yes), PostAsync(client, yes));
        }));

        var notes = await host.Services.GetRequiredService<INoteStore>().ListAllByGroupAsync("group:benevoles");
        Assert.Equal(Enumerable.Range(0, conversations).Select(i => $"Texte du dialogue {i}").Order(), notes.Select(n => n.Text).Order());
    }

    [Fact]
    public async Task In_teams_the_form_is_replaced_by_its_confirmation()
    {
        await using var host = Host();
        using var client = new HttpClient { BaseAddress = host.Start() };

        await PostAsync(client, Teams("note"));
        var form = await _channel.NextAnswerAsync();
        Assert.Equal("POST", form.Method);
        await PostAsync(client, Teams("", replyToId: "1700000000999", value: FormValue(SubmissionId(CardOf(form)), "group:benevoles", "Depuis Teams")));

        var update = await _channel.NextAnswerAsync();
        Assert.Equal("PUT", update.Method);
        Assert.Equal("/v3/conversations/a:personal-claire/activities/1700000000999", update.Path);
        var note = Assert.Single(await host.Services.GetRequiredService<INoteStore>().ListAllByGroupAsync("group:benevoles"));
        Assert.Contains(CardJson.Lines(CardOf(update)), line => line.Contains(note.Reference, StringComparison.Ordinal));
        Assert.Equal(Coordinator, note.Author.AadObjectId);
        Assert.Equal("Claire Martin", note.Author.DisplayName);
    }

    [Fact]
    public async Task In_teams_an_accepted_export_is_uploaded_and_the_invoke_is_answered()
    {
        await using var uploads = await UploadServer.StartAsync();
        await using var host = Host();
        using var client = new HttpClient { BaseAddress = host.Start() };
        await host.Services.GetRequiredService<INoteStore>().AddAsync(
            new NoteDraft("group:benevoles", "@SOMME(A1)", null, new NoteUser("msteams", "29:marie", null, "Marie"), "c"), "k-1");

        await PostAsync(client, Teams("export bénévoles"));
        Assert.StartsWith("L'export du groupe", (string?)(await _channel.NextAnswerAsync()).Body["text"], StringComparison.Ordinal);
        var consent = (await _channel.NextAnswerAsync()).Body["attachments"]![0]!;
        Assert.Equal(FileConsentCard.ContentType, (string?)consent["contentType"]);
        var name = (string)consent["name"]!;
        // The Markdown digest's card follows; this test accepts the CSV.
        Assert.EndsWith(".md", (string?)(await _channel.NextAnswerAsync()).Body["attachments"]![0]!["name"], StringComparison.Ordinal);

        var invoke = Teams("", type: "invoke", name: TeamsFileConsent.InvokeName, value: new JsonObject
        {
            ["type"] = "fileUpload",
            ["action"] = "accept",
            ["context"] = consent["content"]!["acceptContext"]!.DeepClone(),
            ["uploadInfo"] = new JsonObject
            {
                ["name"] = name,
                ["uploadUrl"] = new Uri(uploads.BaseAddress, "upload/" + name).ToString(),
                ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/claire/Documents/" + name,
                ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C9D",
                ["fileType"] = "csv",
            },
        });
        invoke.Remove("text");
        var response = await client.PostAsJsonAsync("/api/messages", invoke);

        Assert.Equal(System.Net.HttpStatusCode.OK, response.StatusCode);
        var upload = Assert.Single(uploads.Uploads);
        Assert.Contains("'@SOMME(A1)", System.Text.Encoding.UTF8.GetString(upload.Content), StringComparison.Ordinal);
        var shown = await _channel.NextAnswerAsync();
        Assert.Equal(FileInfoCard.ContentType, (string?)shown.Body["attachments"]![0]!["contentType"]);
        Assert.Equal("https://contoso-my.sharepoint.com/personal/claire/Documents/" + name, (string?)shown.Body["attachments"]![0]!["contentUrl"]);
    }

    [Fact]
    public async Task In_teams_an_animator_configured_by_user_principal_name_is_recognised_through_the_member_api()
    {
        await using var host = Host(new() { ["Notes:Animators:benevoles:0"] = "hugo.petit@exemple.fr" });
        using var client = new HttpClient { BaseAddress = host.Start() };
        await host.Services.GetRequiredService<INoteStore>().AddAsync(
            new NoteDraft("group:benevoles", "Pour l'animateur", null, new NoteUser("msteams", "29:marie", null, "Marie"), "c"), "k-1");
        _channel.Members["29:hugo"] = new JsonObject
        {
            ["id"] = "29:hugo",
            ["name"] = "Hugo Petit",
            ["aadObjectId"] = "a11a7000-0000-4000-8000-0000000a11a7",
            ["userPrincipalName"] = "Hugo.Petit@exemple.fr",
        };

        await PostAsync(client, Teams("notes bénévoles", from: new JsonObject { ["id"] = "29:hugo", ["name"] = "Hugo Petit", ["aadObjectId"] = "a11a7000-0000-4000-8000-0000000a11a7" }));
        // Someone Teams does not describe (the member API answers 404) is simply not recognised.
        await PostAsync(client, Teams("notes bénévoles", from: new JsonObject { ["id"] = "29:inconnu", ["name"] = "Inconnu", ["aadObjectId"] = "0000aaaa-0000-4000-8000-00000000aaaa" }));

        var animator = CardJson.Lines(CardOf(await _channel.NextAnswerAsync()));
        var stranger = CardJson.Lines(CardOf(await _channel.NextAnswerAsync()));
        Assert.Contains("Pour l'animateur", animator);
        Assert.Equal([NotesMessages.ReadDenied], stranger);
    }
}
