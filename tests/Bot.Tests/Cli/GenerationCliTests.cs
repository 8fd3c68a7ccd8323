using Mednum49.Bot.Cli;
using Mednum49.Knowledge.Answering;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Moq;

namespace Mednum49.Bot.Tests.Cli;

/// <summary>Environment variables are process-wide: tests that set them run alone.</summary>
[CollectionDefinition(nameof(ProcessEnvironment), DisableParallelization = true)]
public sealed class ProcessEnvironment;

/// <summary>
/// <c>ask</c> and <c>chat</c> take the generation path exactly as the web host does, from the same
/// <c>AzureOpenAI__*</c> environment variables; only the model is mocked.
/// </summary>
[Collection(nameof(ProcessEnvironment))]
public sealed class GenerationCliTests : IDisposable
{
    private const string Question = "Y a-t-il une France Services à Candé ?";
    private const string Narrative = "La France Services de Candé est l'une des deux maisons France Services d'Anjou Bleu Communauté [1].";

    private static readonly string[] Variables = ["AzureOpenAI__Endpoint", "AzureOpenAI__Deployment", "AzureOpenAI__ApiKey"];

    private readonly Mock<IAnswerEngine> _engine = new();
    private readonly Mock<IChatClient> _chat = new();
    private readonly StringWriter _output = new();

    public GenerationCliTests()
    {
        Environment.SetEnvironmentVariable("AzureOpenAI__Endpoint", "https://mednum49-test.openai.azure.com/");
        Environment.SetEnvironmentVariable("AzureOpenAI__Deployment", "chat");
        Environment.SetEnvironmentVariable("AzureOpenAI__ApiKey", "test-key");

        _engine.Setup(e => e.Ask(It.IsAny<string>())).Returns((string q) => new Answer
        {
            Question = q,
            Found = true,
            Kind = "places",
            Title = "France Services de Candé",
            Facts = [new AnswerFact("Anjou Bleu Communauté compte deux maisons France Services : Candé et Ombrée d'Anjou.")],
            Sources = [new AnswerSource("place:france-services-cande", "Annexe — Anjou Bleu Communauté")],
        });
        _chat.Setup(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()))
            .ReturnsAsync(new ChatResponse(new ChatMessage(ChatRole.Assistant, Narrative)));
    }

    public void Dispose()
    {
        foreach (var variable in Variables)
        {
            Environment.SetEnvironmentVariable(variable, null);
        }
    }

    private Task<int> RunAsync(string input, params string[] args) =>
        CliApp.RunAsync(args, new CliContext(new StringReader(input), _output, new StringWriter())
        {
            ConfigureHost = builder =>
            {
                builder.Services.Replace(ServiceDescriptor.Singleton(_chat.Object));
                builder.Services.Replace(ServiceDescriptor.Singleton(_engine.Object));
            },
        });

    [Fact]
    public async Task Ask_answers_with_the_grounded_phrasing_and_the_engines_sources()
    {
        var exit = await RunAsync("", "ask", Question);

        Assert.Equal(0, exit);
        var text = _output.ToString();
        Assert.Contains(Narrative, text);
        Assert.DoesNotContain("- Anjou Bleu Communauté compte", text);
        Assert.Contains("Source : Annexe — Anjou Bleu Communauté", text);
        _chat.Verify(c => c.GetResponseAsync(It.IsAny<IEnumerable<ChatMessage>>(), It.IsAny<ChatOptions?>(), It.IsAny<CancellationToken>()), Times.Once);
    }

    [Fact]
    public async Task Chat_takes_the_same_path()
    {
        var exit = await RunAsync($"{Question}\nquitter\n", "chat", "--user", "generation-test");

        Assert.Equal(0, exit);
        Assert.Contains(Narrative, _output.ToString());
        _engine.Verify(e => e.Ask(Question), Times.Once);
    }
}
