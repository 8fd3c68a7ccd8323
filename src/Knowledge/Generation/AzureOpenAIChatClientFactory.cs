using System.ClientModel;
using System.ClientModel.Primitives;
using Azure.AI.OpenAI;
using Azure.Identity;
using Microsoft.Extensions.AI;

namespace Mednum49.Knowledge.Generation;

/// <summary>
/// Builds the <see cref="IChatClient"/> of an Azure OpenAI deployment. Only ever hand out the
/// <see cref="IChatClient"/>: Azure.AI.OpenAI 2.1.0's own ChatClient, next to the newer OpenAI library that
/// Microsoft.Extensions.AI.OpenAI brings, throws MissingMethodException when called directly.
/// </summary>
internal static class AzureOpenAIChatClientFactory
{
    public static IChatClient Create(AzureOpenAIOptions options, PipelineTransport? transport = null)
    {
        var clientOptions = new AzureOpenAIClientOptions
        {
            // The turn's time budget cancels the call anyway; one retry at most, so a 429 does not queue retries.
            NetworkTimeout = options.TimeBudget,
            RetryPolicy = new ClientRetryPolicy(maxRetries: 1),
        };
        if (transport is not null)
        {
            clientOptions.Transport = transport;
        }

        var client = string.IsNullOrWhiteSpace(options.ApiKey)
            ? new AzureOpenAIClient(options.EndpointUri, ManagedIdentity(), clientOptions)
            : new AzureOpenAIClient(options.EndpointUri, new ApiKeyCredential(options.ApiKey), clientOptions);

        return client.GetChatClient(options.Deployment).AsIChatClient();
    }

    // Managed identity in Azure (AZURE_CLIENT_ID names a user-assigned one), a developer's Azure CLI login locally.
    private static DefaultAzureCredential ManagedIdentity() => new(new DefaultAzureCredentialOptions
    {
        ManagedIdentityClientId = Environment.GetEnvironmentVariable("AZURE_CLIENT_ID"),
    });
}
