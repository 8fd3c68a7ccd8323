using Mednum49.Bot.Adapters;
using Mednum49.Bot.Cli;
using Mednum49.Bot.Insights;
using Mednum49.Bot.Tests.Notes;
using Mednum49.Bot.Tests.Notes.Conversation;
using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace Mednum49.Bot.Tests.Insights;

/// <summary>
/// The real bot as the hosts build it (SQLite in a temporary folder, conversation, notes, insights on with a test
/// secret) through TestAdapter, with canned orientation answers: "plombier" is out of scope, "vallée" ambiguous,
/// "floue" a low-confidence best guess, anything else found with a source.
/// </summary>
public sealed class InsightsBot : IDisposable
{
    public const string Secret = "test-secret-for-pseudonyms-0123456789abcdef";

    /// <summary>A coordinator of the notes, hence of the insights.</summary>
    public static readonly ChannelAccount Claire = new("29:claire", "Claire Martin") { AadObjectId = "c1a12e00-0000-4000-8000-00000000c1a1" };

    private readonly TemporaryDatabase _database = new();

    public InsightsBot(Dictionary<string, string?>? settings = null, IInsightStore? store = null)
    {
        Host = new CliContext(TextReader.Null, TextWriter.Null, TextWriter.Null)
        {
            ConfigureHost = builder =>
            {
                builder.Configuration["Storage:DatabasePath"] = _database.Path;
                builder.Configuration["Insights:Enabled"] = "true";
                builder.Configuration["Insights:UserKeySecret"] = Secret;
                builder.Configuration["Notes:Coordinators:0"] = Claire.AadObjectId;
                foreach (var (key, value) in settings ?? [])
                {
                    builder.Configuration[key] = value;
                }

                builder.Services.Replace(ServiceDescriptor.Singleton<IAnswerService>(new CannedAnswers()));
                builder.Services.Replace(ServiceDescriptor.Singleton(TestBots.EveryoneWelcomed()));
                if (store is not null)
                {
                    builder.Services.Replace(ServiceDescriptor.Singleton(store));
                }
            },
        }.BuildHost();
    }

    public IHost Host { get; }

    public string DatabasePath => _database.Path;

    public IInsightStore Store => Host.Services.GetRequiredService<IInsightStore>();

    public IBot Bot => Host.Services.GetRequiredService<IBot>();

    /// <summary>A conversation shaped like <paramref name="reference"/>, through the hosts' middleware.</summary>
    public NotesTestAdapter Adapter(ConversationReference reference)
    {
        var adapter = new NotesTestAdapter(reference);
        foreach (var middleware in Host.Services.GetServices<Microsoft.Bot.Builder.IMiddleware>())
        {
            adapter.Use(middleware);
        }

        adapter.OnTurnError = Host.Services.GetRequiredService<TurnErrorHandler>().HandleAsync;
        return adapter;
    }

    public async Task<List<IActivity>> TurnAsync(NotesTestAdapter adapter, Activity activity)
    {
        await adapter.DeliverAsync(activity, Bot.OnTurnAsync);
        return adapter.Replies();
    }

    public Task<List<IActivity>> TurnAsync(NotesTestAdapter adapter, string text) =>
        TurnAsync(adapter, adapter.Message(text, Guid.NewGuid().ToString("N")));

    /// <summary>Every event, once the background writes are done.</summary>
    public async Task<IReadOnlyList<InsightEvent>> EventsAsync()
    {
        Assert.True(await Host.Services.GetRequiredService<InsightsWriter>().WhenIdleAsync(TimeSpan.FromSeconds(10)), "insights still being written");
        return await Store.ListAsync(DateTimeOffset.MinValue);
    }

    /// <summary>Every value of every row of the insights' tables, as text.</summary>
    public async Task<IReadOnlyList<string>> AllStoredValuesAsync()
    {
        Assert.True(await Host.Services.GetRequiredService<InsightsWriter>().WhenIdleAsync(TimeSpan.FromSeconds(10)));
        return await StoredValues.OfSqliteAsync(_database.Path);
    }

    public void Dispose()
    {
        Host.Dispose();
        SqliteConnection.ClearAllPools();
        _database.Dispose();
    }

    private sealed class CannedAnswers : IAnswerService
    {
        public Task<Answer> AskAsync(string question, CancellationToken cancellationToken = default) => Task.FromResult(Answer(question));

        public static Answer Answer(string question)
        {
            if (question.Contains("plombier", StringComparison.OrdinalIgnoreCase))
            {
                return new Answer { Question = question, Kind = QuestionKinds.OutOfScope, Title = "Cette question sort du champ de la feuille de route de la Mednum49." };
            }

            if (question.Contains("vallée", StringComparison.OrdinalIgnoreCase))
            {
                return new Answer
                {
                    Question = question,
                    Found = true,
                    Kind = QuestionKinds.Ambiguous,
                    Title = "Plusieurs lieux portent ce nom.",
                    Choices = [new("Baugeois Vallée", "Qui s'occupe de Baugeois Vallée ?"), new("Loire Layon Aubance", "Qui s'occupe de Loire Layon Aubance ?")],
                };
            }

            if (question.Contains("floue", StringComparison.OrdinalIgnoreCase))
            {
                return new Answer
                {
                    Question = question,
                    Found = true,
                    Kind = QuestionKinds.Search,
                    Confidence = AnswerConfidence.Low,
                    Title = "Action B.6",
                    Sources = [new("action:B.6", "Axe B")],
                };
            }

            return new Answer
            {
                Question = question,
                Found = true,
                Kind = QuestionKinds.Action,
                Confidence = AnswerConfidence.High,
                Title = "Action B.6 — Mutualiser les outils",
                Facts = [new("Une action de l'axe B.", "action:B.6")],
                Sources = [new("action:B.6", "Axe B — Action B.6")],
            };
        }
    }
}

/// <summary>Reads back every value stored in the insights' tables, whatever the provider.</summary>
public static class StoredValues
{
    public static readonly string[] Tables = ["insight_events", "insight_answers"];

    public static async Task<IReadOnlyList<string>> OfSqliteAsync(string path)
    {
        var values = new List<string>();
        await using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = path, Mode = SqliteOpenMode.ReadOnly }.ToString());
        await connection.OpenAsync();
        foreach (var table in Tables)
        {
            await using var query = connection.CreateCommand();
            query.CommandText = $"SELECT * FROM {table};";
            await using var reader = await query.ExecuteReaderAsync();
            while (await reader.ReadAsync())
            {
                for (var i = 0; i < reader.FieldCount; i++)
                {
                    values.Add(reader.IsDBNull(i) ? "" : Convert.ToString(reader.GetValue(i), System.Globalization.CultureInfo.InvariantCulture) ?? "");
                }
            }
        }

        return values;
    }
}
