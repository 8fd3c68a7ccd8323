using System.Text;
using Mednum49.Bot.Notes;
using Mednum49.Bot.Notes.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Notes.Conversation;

/// <summary>Exports in chat: inline files where the channel takes them, Teams' file consent flow, text elsewhere.</summary>
public sealed class NotesExportTests : IAsyncLifetime
{
    // The coordinator's identity is trusted on these channels for these tests (in production: Teams only).
    private readonly NotesBot _bot = new(new()
    {
        ["Notes:IdentityChannels:1"] = "emulator",
        ["Notes:IdentityChannels:2"] = "slack",
        ["Notes:IdentityChannels:3"] = "telegram",
    });

    private UploadServer _uploads = null!;

    public async Task InitializeAsync() => _uploads = await UploadServer.StartAsync();

    public async Task DisposeAsync()
    {
        await _uploads.DisposeAsync();
        _bot.Dispose();
    }

    private async Task<Note> AddAsync(string text, string slug = "benevoles") =>
        (await _bot.Store.AddAsync(new NoteDraft(WorkingGroup.IdPrefix + slug, text, null, new NoteUser("msteams", NotesBot.Marie.Id, NotesBot.Marie.AadObjectId, NotesBot.Marie.Name), "c"), Guid.NewGuid().ToString("N"))).Note;

    private static byte[] DataUri(Attachment attachment, string contentType)
    {
        var prefix = $"data:{contentType};base64,";
        Assert.StartsWith(prefix, attachment.ContentUrl, StringComparison.Ordinal);
        return Convert.FromBase64String(attachment.ContentUrl[prefix.Length..]);
    }

    [Fact]
    public async Task On_the_emulator_the_csv_and_the_markdown_digest_come_as_files_in_the_message()
    {
        await AddAsync("Réunion du 3 décembre");
        await AddAsync("=HYPERLINK(\"https://exemple.invalid\";\"clic\")");
        await AddAsync("+33 6 00 00 00 00");
        await AddAsync("-2 participants");
        await AddAsync("@SOMME(A1:A2)");

        var reply = Assert.Single(await _bot.TurnAsync(_bot.Adapter("emu", NotesBot.Claire, "emulator"), "export bénévoles")).AsMessageActivity();

        Assert.Equal(NoteTexts.ExportReady(_bot.Group("benevoles"), 5), reply.Text);
        Assert.Equal(2, reply.Attachments.Count);
        var csv = reply.Attachments[0];
        Assert.Equal("text/csv", csv.ContentType);
        Assert.Equal("notes-benevoles-" + DateTime.UtcNow.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) + ".csv", csv.Name);
        var bytes = DataUri(csv, "text/csv");
        Assert.Equal([0xEF, 0xBB, 0xBF], bytes[..3]);
        var rows = CsvTestReader.Read(new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes, 3, bytes.Length - 3));
        Assert.Equal(NotesCsvExporter.Header, rows[0]);
        Assert.Equal(6, rows.Count);
        var texts = rows.Skip(1).Select(r => r[3]).ToList();
        Assert.Equal(["Réunion du 3 décembre", "'=HYPERLINK(\"https://exemple.invalid\";\"clic\")", "'+33 6 00 00 00 00", "'-2 participants", "'@SOMME(A1:A2)"], texts);
        Assert.All(rows.Skip(1), r => Assert.Equal(_bot.Group("benevoles").Title, r[1]));

        var markdown = reply.Attachments[1];
        Assert.Equal("text/markdown", markdown.ContentType);
        Assert.EndsWith(".md", markdown.Name, StringComparison.Ordinal);
        var digest = Encoding.UTF8.GetString(DataUri(markdown, "text/markdown"));
        Assert.StartsWith($"# Notes du groupe de travail « {MarkdownText.Inline(_bot.Group("benevoles").Title)} »", digest, StringComparison.Ordinal);
        Assert.Contains("5 notes", digest, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_slack_the_digest_comes_as_text_in_slack_markup()
    {
        await AddAsync("Première note <@U123>");
        await AddAsync("Seconde note");

        var reply = Assert.Single(await _bot.TurnAsync(_bot.Adapter("sl", NotesBot.Claire, "slack"), "export bénévoles")).AsMessageActivity();

        Assert.Null(reply.Attachments?.FirstOrDefault());
        var text = (string)((JObject)reply.ChannelData)["text"]!;
        Assert.StartsWith(NoteTexts.ExportAsText(_bot.Group("benevoles")), text, StringComparison.Ordinal);
        Assert.True(text.IndexOf("Première note &lt;@U123&gt;", StringComparison.Ordinal) < text.IndexOf("Seconde note", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_long_digest_is_cut_between_two_notes_with_the_way_to_get_everything()
    {
        for (var i = 1; i <= 30; i++)
        {
            await AddAsync($"Note {i:00} " + new string('x', 300));
        }

        var text = Assert.Single(await _bot.TurnAsync(_bot.Adapter("tg", NotesBot.Claire, "telegram"), "export bénévoles")).AsMessageActivity().Text;

        Assert.True(text.Length <= NoteDigest.MaxLength(Mednum49.Bot.Channels.ChannelCapabilities.For("telegram")), $"{text.Length} characters");
        Assert.Contains("Note 01 ", text, StringComparison.Ordinal);
        Assert.DoesNotContain("Note 30 ", text, StringComparison.Ordinal);
        Assert.EndsWith(NoteTexts.ExportTooBig, text, StringComparison.Ordinal);
        // Cut between notes: every note shown is whole.
        Assert.All(System.Text.RegularExpressions.Regex.Matches(text, "Note (\\d\\d) (x+)"), m => Assert.Equal(300, m.Groups[2].Length));
    }

    [Fact]
    public async Task In_teams_each_file_comes_as_a_file_consent_card_in_a_personal_chat_only()
    {
        await AddAsync("Une note");

        var replies = await _bot.TurnAsync(_bot.Adapter("a:p", NotesBot.Claire, "msteams", "personal"), "export bénévoles");
        var inChannel = await _bot.TurnAsync(_bot.Adapter("19:c@thread.tacv2", NotesBot.Claire, "msteams", "channel"), "export bénévoles");

        Assert.Equal(3, replies.Count);
        Assert.Equal(NoteTexts.ExportConsent(_bot.Group("benevoles"), 1), replies[0].AsMessageActivity().Text);
        var cards = replies.Skip(1).Select(r => Assert.Single(r.AsMessageActivity().Attachments)).ToList();
        Assert.All(cards, c => Assert.Equal(FileConsentCard.ContentType, c.ContentType));
        Assert.Equal(["csv", "md"], cards.Select(c => Path.GetExtension(c.Name)[1..]));
        var consent = (FileConsentCard)cards[0].Content;
        Assert.Equal(NoteTexts.ExportCsvDescription, consent.Description);
        Assert.True(consent.SizeInBytes > 3);
        Assert.Equal(TeamsFileConsent.ReadContext(consent.AcceptContext), ("group:benevoles", "csv"));
        Assert.Equal(NoteTexts.ExportOnlyInPersonalChat, Assert.Single(inChannel).AsMessageActivity().Text);
    }

    /// <summary>What Teams sends when the user answers a file consent card.</summary>
    private Activity ConsentAnswer(NotesTestAdapter adapter, FileConsentCard consent, string action, string fileName, string? uploadUrl = null)
    {
        var invoke = adapter.Message(null, Guid.NewGuid().ToString("N"));
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = TeamsFileConsent.InvokeName;
        var value = new JObject
        {
            ["type"] = "fileUpload",
            ["action"] = action,
            ["context"] = JObject.FromObject(action == "accept" ? consent.AcceptContext : consent.DeclineContext),
        };
        if (action == "accept")
        {
            value["uploadInfo"] = new JObject
            {
                ["name"] = fileName,
                ["uploadUrl"] = uploadUrl ?? new Uri(_uploads.BaseAddress, "upload/" + fileName).ToString(),
                ["contentUrl"] = "https://contoso-my.sharepoint.com/personal/claire/Documents/Applications/Mednum49/" + fileName,
                ["uniqueId"] = "1150D938-8870-4044-9F2C-5BBDEBA70C9D",
                ["fileType"] = Path.GetExtension(fileName)[1..],
            };
        }

        invoke.Value = value;
        return invoke;
    }

    private async Task<(NotesTestAdapter Adapter, FileConsentCard Csv, string Name)> ConsentCardAsync(ChannelAccount user)
    {
        var adapter = _bot.Adapter("a:p-" + user.Id, NotesBot.Claire, "msteams", "personal");
        var card = (await _bot.TurnAsync(adapter, "export bénévoles"))[1].AsMessageActivity().Attachments[0];
        var asked = _bot.Adapter("a:p-" + user.Id + "-answer", user, "msteams", "personal");
        return (asked, (FileConsentCard)card.Content, card.Name);
    }

    private static InvokeResponse InvokeResponseOf(IEnumerable<IActivity> replies) =>
        (InvokeResponse)((Activity)replies.Single(r => r.Type == ActivityTypesEx.InvokeResponse)).Value;

    [Fact]
    public async Task When_the_user_accepts_the_file_is_uploaded_then_shown_and_the_invoke_gets_its_200()
    {
        await AddAsync("=1+1");
        await AddAsync("Deuxième note");
        var (adapter, csv, name) = await ConsentCardAsync(NotesBot.Claire);

        var replies = await _bot.TurnAsync(adapter, ConsentAnswer(adapter, csv, "accept", name));

        var upload = Assert.Single(_uploads.Uploads);
        Assert.Equal(name, upload.Name);
        Assert.Equal($"bytes 0-{upload.Content.Length - 1}/{upload.Content.Length}", upload.ContentRange);
        Assert.Equal(upload.Content.Length, upload.ContentLength);
        Assert.Equal([0xEF, 0xBB, 0xBF], upload.Content[..3]);
        var rows = CsvTestReader.Read(Encoding.UTF8.GetString(upload.Content, 3, upload.Content.Length - 3));
        Assert.Equal(["'=1+1", "Deuxième note"], rows.Skip(1).Select(r => r[3]));

        var shown = replies.Single(r => r.Type == ActivityTypes.Message).AsMessageActivity();
        Assert.Equal(NoteTexts.Uploaded(name), shown.Text);
        var info = Assert.Single(shown.Attachments);
        Assert.Equal(FileInfoCard.ContentType, info.ContentType);
        Assert.Equal("https://contoso-my.sharepoint.com/personal/claire/Documents/Applications/Mednum49/" + name, info.ContentUrl);
        Assert.Equal("1150D938-8870-4044-9F2C-5BBDEBA70C9D", ((FileInfoCard)info.Content).UniqueId);
        Assert.Equal(200, InvokeResponseOf(replies).Status);
    }

    [Fact]
    public async Task When_the_user_declines_nothing_is_uploaded()
    {
        await AddAsync("Une note");
        var (adapter, csv, name) = await ConsentCardAsync(NotesBot.Claire);

        var replies = await _bot.TurnAsync(adapter, ConsentAnswer(adapter, csv, "decline", name));

        Assert.Empty(_uploads.Uploads);
        Assert.Equal(NoteTexts.Declined(name), replies.Single(r => r.Type == ActivityTypes.Message).AsMessageActivity().Text);
        Assert.Equal(200, InvokeResponseOf(replies).Status);
    }

    [Fact]
    public async Task Someone_without_access_who_answers_a_consent_card_gets_nothing()
    {
        await AddAsync("Confidentiel");
        var (adapter, csv, name) = await ConsentCardAsync(NotesBot.Marie);

        var replies = await _bot.TurnAsync(adapter, ConsentAnswer(adapter, csv, "accept", name));

        Assert.Empty(_uploads.Uploads);
        Assert.Equal(NotesMessages.ReadDenied, replies.Single(r => r.Type == ActivityTypes.Message).AsMessageActivity().Text);
        Assert.Equal(200, InvokeResponseOf(replies).Status);
    }

    [Theory]
    [InlineData("http://exemple.invalid/upload/notes.csv")]
    [InlineData("file:///etc/passwd")]
    [InlineData("pas une adresse")]
    public async Task An_upload_address_that_is_not_https_is_refused(string uploadUrl)
    {
        await AddAsync("Une note");
        var (adapter, csv, name) = await ConsentCardAsync(NotesBot.Claire);

        var replies = await _bot.TurnAsync(adapter, ConsentAnswer(adapter, csv, "accept", name, uploadUrl));

        Assert.Equal(NoteTexts.UploadFailed(name), replies.Single(r => r.Type == ActivityTypes.Message).AsMessageActivity().Text);
        Assert.Equal(200, InvokeResponseOf(replies).Status);
    }

    [Fact]
    public async Task A_refused_upload_is_reported_politely()
    {
        await AddAsync("Une note");
        _uploads.Status = 500;
        var (adapter, csv, name) = await ConsentCardAsync(NotesBot.Claire);

        var replies = await _bot.TurnAsync(adapter, ConsentAnswer(adapter, csv, "accept", name));

        Assert.Single(_uploads.Uploads);
        Assert.Equal(NoteTexts.UploadFailed(name), replies.Single(r => r.Type == ActivityTypes.Message).AsMessageActivity().Text);
        Assert.Equal(200, InvokeResponseOf(replies).Status);
    }

    [Fact]
    public async Task A_file_consent_answer_that_is_not_about_an_export_gets_a_polite_200()
    {
        var adapter = _bot.Adapter("a:p", NotesBot.Claire, "msteams", "personal");
        var invoke = adapter.Message(null, "inv-1");
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = TeamsFileConsent.InvokeName;
        invoke.Value = new JObject { ["action"] = "accept", ["context"] = new JObject { ["autre"] = "chose" } };

        var replies = await _bot.TurnAsync(adapter, invoke);

        // Only the notes send consent cards: another one is an old or crafted card, answered without an upload (and
        // without the Teams handler's 501, which Teams shows as an error).
        Assert.Empty(_uploads.Uploads);
        Assert.Contains(replies, r => r.AsMessageActivity()?.Text == NoteTexts.ConsentExpired);
        Assert.Equal(200, InvokeResponseOf(replies).Status);
    }
}
