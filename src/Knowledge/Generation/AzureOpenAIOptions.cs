using Microsoft.Extensions.Configuration;

namespace Mednum49.Knowledge.Generation;

/// <summary>
/// Configuration section <c>AzureOpenAI</c>: optional grounded generation. Enabled exactly when
/// <c>AzureOpenAI:Endpoint</c> is set (and <c>Generation:Provider</c> is <c>azure-openai</c>, the default); without
/// it the bot answers from the knowledge base alone. <c>TimeBudget</c>, <c>Temperature</c>, <c>MaxOutputTokens</c>:
/// see <see cref="ChatModelOptions"/>.
/// </summary>
public sealed class AzureOpenAIOptions : ChatModelOptions
{
    public const string Section = "AzureOpenAI";

    /// <summary><c>AzureOpenAI:Endpoint</c>: the account's endpoint, e.g. <c>https://my-account.openai.azure.com/</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary><c>AzureOpenAI:Deployment</c>: the name of the chat model deployment (not the model's name).</summary>
    public string? Deployment { get; set; }

    /// <summary>
    /// <c>AzureOpenAI:ApiKey</c>: optional. Without it the bot authenticates with <c>DefaultAzureCredential</c>
    /// (managed identity in Azure; <c>AZURE_CLIENT_ID</c> selects a user-assigned identity).
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary>True when the section names an endpoint: with the <c>azure-openai</c> provider, the only switch of the feature.</summary>
    public static bool IsEnabled(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetSection(Section)[nameof(Endpoint)]);

    internal Uri EndpointUri => new(Endpoint!, UriKind.Absolute);

    internal static bool IsValidEndpoint(string? endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
}
