using System.ClientModel;
using System.ClientModel.Primitives;
using Microsoft.Extensions.AI;
using OpenAI;

namespace Mednum49.Knowledge.Generation;

/// <summary>
/// Builds the <see cref="IChatClient"/> of any OpenAI-compatible chat-completions API: the OpenAI client pointed at
/// <c>OpenAI:Endpoint</c>, handed out only as an <see cref="IChatClient"/> (as for Azure, see the engineering notes).
/// </summary>
internal static class OpenAICompatibleChatClientFactory
{
    public static IChatClient Create(OpenAICompatibleOptions options, PipelineTransport? transport = null)
    {
        var clientOptions = new OpenAIClientOptions
        {
            Endpoint = options.EndpointUri,
            // The turn's time budget cancels the call anyway; one retry at most, so a 429 does not queue retries.
            NetworkTimeout = options.TimeBudget,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 1),
        };
        if (transport is not null)
        {
            clientOptions.Transport = transport;
        }

        var key = options.ApiKey;
        if (string.IsNullOrWhiteSpace(key))
        {
            // The client insists on a key; a local model needs none, so the header never leaves this process.
            key = "none";
            clientOptions.AddPolicy(new NoAuthorizationHeader(), PipelinePosition.BeforeTransport);
        }

        var client = new OpenAIClient(new ApiKeyCredential(key), clientOptions);

        return client.GetChatClient(options.Model).AsIChatClient();
    }

    /// <summary>Without <c>OpenAI:ApiKey</c>, no Authorization header rather than a made-up one.</summary>
    private sealed class NoAuthorizationHeader : PipelinePolicy
    {
        public override void Process(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
        {
            message.Request.Headers.Remove("Authorization");
            ProcessNext(message, pipeline, currentIndex);
        }

        public override ValueTask ProcessAsync(PipelineMessage message, IReadOnlyList<PipelinePolicy> pipeline, int currentIndex)
        {
            message.Request.Headers.Remove("Authorization");
            return ProcessNextAsync(message, pipeline, currentIndex);
        }
    }
}
