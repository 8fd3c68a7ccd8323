using System.Net;
using Mednum49.Bot.Cli;
using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Tests.Generation;

namespace Mednum49.Bot.Tests.Cli;

/// <summary>
/// <c>ask</c>, the real executable on the embedded knowledge base, with <c>Generation:Provider=openai-compatible</c>
/// and <c>OpenAI:Endpoint</c> on a loopback fake of an OpenAI-compatible service: whatever the fake says, the user
/// reads the knowledge base, and the fake shows the model was really called.
/// </summary>
[Collection(nameof(ProcessEnvironment))]
public sealed class OpenAICompatibleAskTests : IAsyncLifetime
{
    private const string Question = "Y a-t-il une France Services à Candé ?";
    private const string InventedName = "Zéphyrin Connect";

    private readonly TempDatabase _database = new();
    private FakeChatCompletions _fake = null!;

    public async Task InitializeAsync() => _fake = await FakeChatCompletions.StartAsync();

    public async Task DisposeAsync()
    {
        await _fake.DisposeAsync();
        _database.Dispose();
    }

    private Task<BotProcessResult> AskAsync() => BotRun.RunAsync(
        new Dictionary<string, string>
        {
            ["Generation__Provider"] = "openai-compatible",
            ["OpenAI__Endpoint"] = _fake.BaseUrl.ToString(),
            ["OpenAI__Model"] = "llama3.1",
            ["Storage__DatabasePath"] = _database.Path,
        },
        "ask", Question);

    // The same question without generation, in process: what the knowledge base alone answers.
    private async Task<string> DeterministicAnswerAsync()
    {
        var output = new StringWriter();
        var exit = await CliApp.RunAsync(["ask", Question], new CliContext(new StringReader(""), output, new StringWriter())
        {
            ConfigureHost = builder => builder.Configuration["Storage:DatabasePath"] = _database.Path,
        });
        Assert.Equal(0, exit);
        return output.ToString();
    }

    [Fact]
    public async Task An_invented_organisation_never_reaches_the_user_who_gets_the_knowledge_bases_answer()
    {
        // The fake quotes the first fact it was given, then adds an organisation that is in no fact.
        _fake.Replies(request => FakeReply.Text($"{request.Facts[0]} [1]. L'association {InventedName} vous accueille aussi [1]."));

        var result = await AskAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.DoesNotContain(InventedName, result.Output, StringComparison.Ordinal);
        Assert.Equal(await DeterministicAnswerAsync(), result.Output);
        var request = Assert.Single(_fake.Requests);
        Assert.Equal("llama3.1", request.Model);
        Assert.Contains(Question, request.User, StringComparison.Ordinal);
        Assert.Contains("Candé", request.Facts[0], StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_server_error_gives_the_deterministic_answer()
    {
        _fake.Replies(FakeReply.Error(HttpStatusCode.InternalServerError));

        var result = await AskAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.Equal(await DeterministicAnswerAsync(), result.Output);
        Assert.NotEmpty(_fake.Requests);
    }

    [Fact]
    public async Task A_grounded_reply_is_shown_with_the_knowledge_bases_sources()
    {
        // A reply made only of a fact it was given, cited: the grounding check lets it through.
        string? narrative = null;
        _fake.Replies(request => FakeReply.Text(narrative = $"{request.Facts[0].TrimEnd('.')} [1]."));

        var result = await AskAsync();

        Assert.Equal(0, result.ExitCode);
        Assert.NotNull(narrative);
        Assert.Contains(narrative, result.Output, StringComparison.Ordinal);
        var deterministic = await DeterministicAnswerAsync();
        var source = deterministic.Split('\n').Single(l => l.StartsWith("Source", StringComparison.Ordinal));
        Assert.Contains(source, result.Output, StringComparison.Ordinal);
        Assert.NotEqual(deterministic, result.Output);
    }
}
