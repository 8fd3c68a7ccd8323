using Mednum49.Bot.Cli;
using Mednum49.Bot.Tests.Support;
using Xunit.Abstractions;
using static Mednum49.Bot.Tests.Faults.FaultTestSupport;

namespace Mednum49.Bot.Tests.Faults;

/// <summary>
/// Two real bot processes on one PostgreSQL database, as two App Service instances behind the load balancer: a
/// delivery that reaches both is answered once, a note is never saved twice, and what one saves the other shows and
/// exports.
/// </summary>
[Collection(RealHostCollection.Name)]
public sealed class TwoHostsOnPostgresTests(ITestOutputHelper output) : IAsyncLifetime
{
    private const int Rounds = 10;

    private CaptureServer _channel = null!;

    public async Task InitializeAsync() => _channel = await CaptureServer.StartAsync();

    public async Task DisposeAsync() => await _channel.DisposeAsync();

    [SkippableFact]
    public async Task Two_hosts_answer_an_activity_once_never_duplicate_a_note_and_share_what_they_save()
    {
        await using var database = await ProviderDatabase.CreateAsync(ProviderDatabase.Postgres);
        await using var a = await BotProcess.StartAsync(database.Settings);
        await using var b = await BotProcess.StartAsync(database.Settings);

        // The same question delivered to both hosts at once.
        for (var k = 0; k < Rounds; k++)
        {
            var question = ActivityPayloads.EmulatorMessage(_channel.ServiceUrl, "Qui porte l'action B.6 ?", $"both-{k}", $"both-{k}");
            await Task.WhenAll(PostAsync(a.Client, question), PostAsync(b.Client, question));
        }

        // Each form delivered to both hosts at once, and clicked twice (another activity, the same form) on both.
        for (var k = 0; k < Rounds; k++)
        {
            var delivery = FormSubmission(_channel.ServiceUrl, $"form-{k}", $"form-{k}-1", $"submission-{k}", $"Note {k} des deux hôtes");
            var doubleClick = FormSubmission(_channel.ServiceUrl, $"form-{k}", $"form-{k}-2", $"submission-{k}", $"Note {k} des deux hôtes");
            await Task.WhenAll(PostAsync(a.Client, delivery), PostAsync(b.Client, delivery), PostAsync(a.Client, doubleClick), PostAsync(b.Client, doubleClick));
        }

        var questionAnswers = Enumerable.Range(0, Rounds).Select(k => Answers(_channel, $"both-{k}")).ToList();
        var formAnswers = Enumerable.Range(0, Rounds).Select(k => Answers(_channel, $"form-{k}-1")).ToList();
        var notes = await NoteStore(database).ListAllByGroupAsync(Group);
        output.WriteLine($"questions posted to both hosts: answers per question {string.Join(",", questionAnswers)}; " +
            $"forms delivered 4 times: answers per delivery {string.Join(",", formAnswers)}; {notes.Count} notes for {Rounds} forms");
        Assert.All(questionAnswers, count => Assert.Equal(1, count));
        Assert.All(formAnswers, count => Assert.Equal(1, count));
        Assert.Equal(Enumerable.Range(0, Rounds).Select(k => $"Note {k} des deux hôtes").Order(StringComparer.Ordinal), notes.Select(n => n.Text).Order(StringComparer.Ordinal));

        // Saved through A; listed by B ("mes notes") and exported with B's settings.
        await PostAsync(a.Client, FormSubmission(_channel.ServiceUrl, "shared-a", "shared-1", "shared", "Compte rendu partagé entre les instances"));
        var reference = (await NoteStore(database).ListAllByGroupAsync(Group)).Single(n => n.Text == "Compte rendu partagé entre les instances").Reference;
        await PostAsync(b.Client, ActivityPayloads.EmulatorMessage(_channel.ServiceUrl, "mes notes", "shared-b", "shared-2"));
        Assert.Contains(reference, _channel.All.Last(c => c.ReplyToId == "shared-2" && !c.IsWelcome).Body.ToJsonString(), StringComparison.Ordinal);

        var file = Path.Combine(Path.GetTempPath(), $"export-{Guid.NewGuid():N}.csv");
        try
        {
            using var stdout = new StringWriter();
            using var stderr = new StringWriter();
            var exit = await CliApp.RunAsync(["notes", "export", "--group", Group, "--out", file], new CliContext(TextReader.Null, stdout, stderr)
            {
                ConfigureHost = builder =>
                {
                    foreach (var (key, value) in database.Settings)
                    {
                        builder.Configuration[key] = value;
                    }
                },
            });

            Assert.True(exit == 0, stderr.ToString());
            var csv = await File.ReadAllTextAsync(file);
            Assert.Contains("Compte rendu partagé entre les instances", csv, StringComparison.Ordinal);
            Assert.Contains(reference, csv, StringComparison.Ordinal);
        }
        finally
        {
            File.Delete(file);
        }
    }
}
