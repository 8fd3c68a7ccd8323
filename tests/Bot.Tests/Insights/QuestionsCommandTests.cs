using System.Text;
using Mednum49.Bot.Insights;
using Mednum49.Bot.Tests.Notes;
using Mednum49.Bot.Tests.Support;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Bot.Schema.Teams;

namespace Mednum49.Bot.Tests.Insights;

/// <summary><c>questions</c> and <c>questions export</c>: for coordinators, in personal chat, delivered per channel.</summary>
public sealed class QuestionsCommandTests : IDisposable
{
    // The Emulator's ids are trusted here, as Notes:IdentityChannels allows for local testing (Teams always is).
    private readonly InsightsBot _bot = new(new() { ["Notes:IdentityChannels:0"] = "emulator" });

    public void Dispose() => _bot.Dispose();

    private static ConversationReference Coordinator(string channel = "msteams")
    {
        var reference = channel == "msteams" ? TeamsActivities.TeamsPersonal(InsightsBot.Claire.Id) : TeamsActivities.Emulator("emulator-claire");
        reference.User = InsightsBot.Claire;
        return reference;
    }

    private async Task AskFailingQuestionsAsync()
    {
        var marie = _bot.Adapter(TeamsActivities.TeamsPersonal());
        await _bot.TurnAsync(marie, "Un plombier à Angers ?");
        await _bot.TurnAsync(marie, "un PLOMBIER a angers");
        await _bot.TurnAsync(_bot.Adapter(TeamsActivities.TeamsGroupChat()), "=Une question floue=");
        await _bot.EventsAsync();
    }

    private static string Text(IActivity reply) => reply.AsMessageActivity().Text ?? "";

    [Theory]
    [InlineData("questions", true)]
    [InlineData("Questions :", true)]
    [InlineData("questions export", false)]
    [InlineData("QUESTIONS Export", false)]
    [InlineData("questions sur les jeunes", null)]
    [InlineData("questions ?", true)]
    [InlineData("quelles questions ?", null)]
    public void The_command_is_read_as_the_other_commands_are(string text, bool? list)
    {
        Assert.Equal(list, QuestionsCommand.Parse(text));
    }

    [Fact]
    public async Task A_coordinator_sees_the_questions_grouped_with_counts_last_seen_and_what_the_bot_answered()
    {
        await AskFailingQuestionsAsync();

        var reply = Text(Assert.Single(await _bot.TurnAsync(_bot.Adapter(Coordinator()), "questions")));

        Assert.Contains("(2)", reply, StringComparison.Ordinal);
        var lines = reply.Split('\n').Where(l => l.StartsWith("- ", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, lines.Count);
        Assert.Contains("un PLOMBIER a angers", lines[0], StringComparison.Ordinal);
        Assert.Contains("2 fois (hors du champ)", lines[0], StringComparison.Ordinal);
        Assert.Contains($"dernière le {DateTime.UtcNow:dd/MM/yyyy}", lines[0], StringComparison.Ordinal);
        Assert.Contains("réponse : Cette question sort du champ", lines[0], StringComparison.Ordinal);
        Assert.Contains("1 fois (réponse incertaine)", lines[1], StringComparison.Ordinal);
        Assert.Contains(InsightsMessages.ExportHint, reply, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_else_is_refused_and_a_group_chat_gets_no_list_even_for_a_coordinator()
    {
        await AskFailingQuestionsAsync();

        var refused = Text(Assert.Single(await _bot.TurnAsync(_bot.Adapter(TeamsActivities.TeamsPersonal()), "questions")));
        var group = TeamsActivities.TeamsGroupChat();
        group.User = InsightsBot.Claire;
        var inGroup = Text(Assert.Single(await _bot.TurnAsync(_bot.Adapter(group), "questions export")));

        Assert.Equal(InsightsMessages.Denied, refused);
        Assert.Equal(InsightsMessages.OnlyInPersonalChat, inGroup);
    }

    [Fact]
    public async Task With_nothing_recorded_the_coordinator_is_told_so()
    {
        var reply = Text(Assert.Single(await _bot.TurnAsync(_bot.Adapter(Coordinator()), "questions")));

        Assert.Equal(InsightsMessages.Nothing(30), reply);
    }

    [Fact]
    public async Task The_export_in_the_emulator_is_an_inline_csv_for_french_excel_with_formulas_neutralised()
    {
        await AskFailingQuestionsAsync();

        var reply = Assert.Single(await _bot.TurnAsync(_bot.Adapter(Coordinator("emulator")), "questions export")).AsMessageActivity();

        var file = Assert.Single(reply.Attachments);
        Assert.Equal("text/csv", file.ContentType);
        Assert.Matches(@"^questions-\d{4}-\d{2}-\d{2}\.csv$", file.Name);
        var bytes = Convert.FromBase64String(file.ContentUrl[(file.ContentUrl.IndexOf(',', StringComparison.Ordinal) + 1)..]);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = CsvTestReader.Read(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(InsightsCsvExporter.Header, rows[0]);
        Assert.Equal(4, rows.Count);
        Assert.Equal(["Teams", "personal", "hors du champ", "Un plombier à Angers ?"], rows[1][1..5]);
        Assert.Equal("'=Une question floue=", rows[3][4]);
        Assert.Equal("action:B.6", rows[3][8]);
        Assert.Equal(InsightsCsvExporter.UserKeyPrefixLength, rows[1][10].Length);
    }

    [Fact]
    public async Task The_export_in_teams_is_a_file_consent_card_and_the_accepted_file_is_uploaded()
    {
        await AskFailingQuestionsAsync();
        await using var uploads = await Notes.Conversation.UploadServer.StartAsync();
        var adapter = _bot.Adapter(Coordinator());

        var replies = await _bot.TurnAsync(adapter, "questions export");

        Assert.Equal(2, replies.Count);
        var consent = replies[1].AsMessageActivity().Attachments[0];
        Assert.Equal(FileConsentCard.ContentType, consent.ContentType);
        var card = (FileConsentCard)consent.Content;
        var invoke = adapter.Message(null, Guid.NewGuid().ToString("N"));
        invoke.Type = ActivityTypes.Invoke;
        invoke.Name = "fileConsent/invoke";
        invoke.Value = Newtonsoft.Json.Linq.JObject.FromObject(new
        {
            type = "fileUpload",
            action = "accept",
            context = card.AcceptContext,
            uploadInfo = new { name = consent.Name, uploadUrl = new Uri(uploads.BaseAddress, "upload/" + consent.Name).ToString(), contentUrl = "https://contoso-my.sharepoint.com/x.csv", uniqueId = "1", fileType = "csv" },
        });

        var answered = await _bot.TurnAsync(adapter, invoke);

        Assert.Contains(answered, r => r.Type == ActivityTypesEx.InvokeResponse && ((InvokeResponse)((Activity)r).Value).Status == 200);
        Assert.Contains(answered, r => r.AsMessageActivity()?.Attachments?.FirstOrDefault()?.ContentType == FileInfoCard.ContentType);
        var upload = Assert.Single(uploads.Uploads);
        Assert.Contains("Un plombier à Angers ?", Encoding.UTF8.GetString(upload.Content), StringComparison.Ordinal);
    }
}
