using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Mednum49.Bot.Cli;
using Mednum49.Bot.Insights;
using Mednum49.Bot.Tests.Notes;
using Mednum49.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Mednum49.Bot.Tests.Insights;

/// <summary>
/// The real host over HTTP with the real engine, as Teams talks to it: an unanswerable question and a 👎 on an answer
/// end up in <c>insights export</c>, and no row of the insights' tables holds the user's AAD id or name.
/// </summary>
[Collection(RealHostCollection.Name)]
public sealed class InsightsOverHttpTests : RealHostTests
{
    private readonly string _folder = Directory.CreateTempSubdirectory("mednum49-insights-").FullName;

    private string DatabasePath => Path.Combine(_folder, "bot.db");

    protected override BotHostFactory CreateHost() => new(settings: new()
    {
        ["Storage:DatabasePath"] = DatabasePath,
        ["Insights:UserKeySecret"] = InsightsBot.Secret,
    });

    public override async Task DisposeAsync()
    {
        await base.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private async Task PostAsync(JsonObject activity)
    {
        var response = await Client.PostAsJsonAsync("/api/messages", activity);
        Assert.True(response.IsSuccessStatusCode, $"POST /api/messages answered {(int)response.StatusCode}");
    }

    [Fact]
    public async Task An_unanswerable_question_and_a_dislike_in_teams_reach_the_export_without_the_users_identity()
    {
        await PostAsync(TeamsActivities.PersonalMessage(Channel.ServiceUrl, "1764749500001", "Connaissez-vous un bon plombier à Angers ?"));
        var refusal = await Channel.NextAnswerAsync();
        await PostAsync(TeamsActivities.PersonalMessage(Channel.ServiceUrl, "1764749500002", "Qui porte l'action B.6 ?"));
        var answer = await Channel.NextAnswerAsync();
        Assert.True((bool)answer.Body["channelData"]!["feedbackLoopEnabled"]!);
        Assert.True((bool)refusal.Body["channelData"]!["feedbackLoopEnabled"]!);

        // Teams' 👎 form, submitted on the answer (replyToId = the id the connector gave it).
        var invoke = TeamsActivities.PersonalMessage(Channel.ServiceUrl, "f:feedback-1", "");
        invoke.Remove("text");
        invoke["type"] = "invoke";
        invoke["name"] = "message/submitAction";
        invoke["replyToId"] = answer.SentId;
        invoke["value"] = new JsonObject
        {
            ["actionName"] = "feedback",
            ["actionValue"] = new JsonObject { ["reaction"] = "dislike", ["feedback"] = """{"feedbackText":"Je cherchais le contact au Département"}""" },
        };
        var response = await Client.PostAsJsonAsync("/api/messages", invoke);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.True(await Host.Services.GetRequiredService<InsightsWriter>().WhenIdleAsync(TimeSpan.FromSeconds(10)));

        var export = Path.Combine(_folder, "questions.csv");
        var output = new StringWriter();
        Assert.Equal(0, await CliApp.RunAsync(["insights", "export", "--out", export, "--database", DatabasePath], new CliContext(TextReader.Null, output, TextWriter.Null)));
        var rows = CsvTestReader.Read(Encoding.UTF8.GetString((await File.ReadAllBytesAsync(export))[3..]));

        Assert.Equal(3, rows.Count);
        Assert.Equal(["Connaissez-vous un bon plombier à Angers ?", "hors du champ"], new[] { rows[1][4], rows[1][3] });
        Assert.Equal(["Qui porte l'action B.6 ?", "👎", "Je cherchais le contact au Département"], new[] { rows[2][4], rows[2][3], rows[2][9] });
        Assert.Contains("action:B.6", rows[2][8], StringComparison.Ordinal);
        Assert.Equal(rows[1][10], rows[2][10]);

        var stored = await StoredValues.OfSqliteAsync(DatabasePath);
        Assert.Contains(stored, v => v == "Qui porte l'action B.6 ?");
        foreach (var identity in new[] { TeamsActivities.UserAadObjectId, TeamsActivities.UserName, TeamsActivities.UserId, TeamsActivities.PersonalConversationId })
        {
            Assert.DoesNotContain(stored, v => v.Contains(identity, StringComparison.OrdinalIgnoreCase));
        }
    }
}
