using System.ClientModel.Primitives;
using System.Net;
using System.Text;
using Mednum49.Knowledge.Generation;
using Microsoft.Extensions.AI;
using Microsoft.Extensions.Options;
using Moq;

namespace Mednum49.Knowledge.Tests.Generation;

/// <summary>
/// The real Azure OpenAI client (Azure.AI.OpenAI 2.1.0 under the OpenAI library Microsoft.Extensions.AI.OpenAI
/// brings), reached through <see cref="IChatClient"/>, over an in-process HTTP handler instead of the network.
/// </summary>
public sealed class AzureChatClientTests
{
    private static readonly AzureOpenAIOptions Options = new()
    {
        Endpoint = "https://mednum49.openai.azure.com/",
        Deployment = "chat",
        ApiKey = "test-key",
    };

    [Fact]
    public async Task A_chat_completion_comes_back_through_the_IChatClient_of_an_azure_deployment()
    {
        var handler = new CannedHandler(HttpStatusCode.OK, Completion("La France Services de Candé est dans le Candéen [2]."));
        var service = Service(handler);

        var answer = await service.AskAsync(GenerationFixtures.CandeQuestion);

        Assert.Equal("La France Services de Candé est dans le Candéen [2].", answer.Narrative);
        var request = Assert.Single(handler.Requests);
        Assert.StartsWith("https://mednum49.openai.azure.com/openai/deployments/chat/chat/completions", request.Uri, StringComparison.Ordinal);
        Assert.Contains("\"temperature\":0.1", request.Body, StringComparison.Ordinal);
        Assert.Equal("test-key", request.ApiKey);
    }

    [Fact]
    public async Task A_429_from_azure_leaves_the_deterministic_answer()
    {
        var handler = new CannedHandler((HttpStatusCode)429, """{"error":{"code":"429","message":"Rate limit is exceeded."}}""");
        var logger = new RecordingLogger<GroundedAnswerService>();
        var engine = GenerationFixtures.Cande();
        var service = Service(handler, logger, engine);

        var answer = await service.AskAsync(GenerationFixtures.CandeQuestion);

        Assert.Same(engine, answer);
        Assert.Contains(logger.Entries, e => e.Reason?.Contains("429", StringComparison.Ordinal) == true);
    }

    private static GroundedAnswerService Service(CannedHandler handler, RecordingLogger<GroundedAnswerService>? logger = null, Knowledge.Answering.Answer? engineAnswer = null)
    {
        var engine = new Mock<Knowledge.Answering.IAnswerEngine>();
        engine.Setup(e => e.Ask(GenerationFixtures.CandeQuestion)).Returns(engineAnswer ?? GenerationFixtures.Cande());
        var chat = AzureOpenAIChatClientFactory.Create(Options, new HttpClientPipelineTransport(new HttpClient(handler)));
        return new GroundedAnswerService(engine.Object, chat, Options, logger ?? new RecordingLogger<GroundedAnswerService>());
    }

    private static string Completion(string text) =>
        $$$"""
        {"id":"chatcmpl-1","object":"chat.completion","created":1767225600,"model":"gpt-4o-mini",
         "choices":[{"index":0,"finish_reason":"stop","message":{"role":"assistant","content":"{{{text}}}"}}],
         "usage":{"prompt_tokens":120,"completion_tokens":20,"total_tokens":140}}
        """;

    private sealed class CannedHandler(HttpStatusCode status, string body) : HttpMessageHandler
    {
        public List<(string Uri, string Body, string? ApiKey)> Requests { get; } = [];

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var content = request.Content is null ? "" : await request.Content.ReadAsStringAsync(cancellationToken);
            lock (Requests)
            {
                Requests.Add((request.RequestUri!.ToString(), content, request.Headers.TryGetValues("api-key", out var keys) ? keys.Single() : null));
            }

            var response = new HttpResponseMessage(status) { Content = new StringContent(body, Encoding.UTF8, "application/json") };
            response.Headers.Add("Retry-After", "0");
            return response;
        }
    }
}
