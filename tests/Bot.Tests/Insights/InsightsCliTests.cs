using System.Text;
using Mednum49.Bot.Cli;
using Mednum49.Bot.Insights;
using Mednum49.Bot.Tests.Notes;
using Mednum49.Bot.Tests.Support;

namespace Mednum49.Bot.Tests.Insights;

/// <summary><c>insights export --out file.csv [--days N] [--database path]</c> on the server.</summary>
public sealed class InsightsCliTests : IDisposable
{
    private readonly TempDatabase _database = new();
    private readonly StringWriter _output = new();
    private readonly StringWriter _error = new();

    public void Dispose() => _database.Dispose();

    private Task<int> RunAsync(params string[] args) => CliApp.RunAsync(args, new CliContext(TextReader.Null, _output, _error));

    private static InsightEvent Event(DateTimeOffset at, string question) => new()
    {
        OccurredUtc = at,
        Reason = InsightReason.NotFound,
        ChannelId = "webchat",
        ConversationKind = "personal",
        Question = question,
        NormalizedQuestion = question,
        UserKey = new string('a', 64),
    };

    [Fact]
    public async Task The_export_writes_the_events_of_the_last_days_to_a_french_excel_csv()
    {
        var store = new SqliteInsightStore(_database.Open());
        await store.AddAsync(Event(DateTimeOffset.UtcNow.AddDays(-40), "trop ancienne"));
        await store.AddAsync(Event(DateTimeOffset.UtcNow.AddDays(-3), "récente"));
        var output = Path.Combine(Path.GetDirectoryName(_database.Path)!, "questions.csv");

        Assert.Equal(0, await RunAsync("insights", "export", "--out", output, "--database", _database.Path));
        Assert.Equal(0, await RunAsync("insights", "export", "--out", output + ".60", "--days", "60", "--database", _database.Path));

        var bytes = await File.ReadAllBytesAsync(output);
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var rows = CsvTestReader.Read(Encoding.UTF8.GetString(bytes[3..]));
        Assert.Equal(["Question", "récente"], rows.Select(r => r[4]));
        Assert.Equal(3, CsvTestReader.Read(Encoding.UTF8.GetString((await File.ReadAllBytesAsync(output + ".60"))[3..])).Count);
        Assert.Contains("1 ligne (30 derniers jours) exportée dans", _output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Without_a_database_file_the_export_says_so_and_fails()
    {
        var missing = Path.Combine(Path.GetDirectoryName(_database.Path)!, "absente.db");

        Assert.Equal(1, await RunAsync("insights", "export", "--out", Path.Combine(Path.GetDirectoryName(_database.Path)!, "x.csv"), "--database", missing));

        Assert.Contains("Aucune base de données", _error.ToString(), StringComparison.Ordinal);
        Assert.False(File.Exists(missing));
    }
}
