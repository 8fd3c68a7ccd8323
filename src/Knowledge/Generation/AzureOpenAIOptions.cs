using Microsoft.Extensions.Configuration;

namespace Mednum49.Knowledge.Generation;

/// <summary>
/// Configuration section <c>AzureOpenAI</c>: optional grounded generation. Enabled exactly when
/// <c>AzureOpenAI:Endpoint</c> is set; without it the bot answers from the knowledge base alone.
/// </summary>
public sealed class AzureOpenAIOptions
{
    public const string Section = "AzureOpenAI";

    /// <summary>Teams gives a turn 15 s: the model's share of a turn must leave room for the rest of it.</summary>
    public static readonly TimeSpan MaxTimeBudget = TimeSpan.FromSeconds(10);

    public const float MaxTemperature = 0.2f;

    /// <summary><c>AzureOpenAI:Endpoint</c>: the account's endpoint, e.g. <c>https://my-account.openai.azure.com/</c>.</summary>
    public string? Endpoint { get; set; }

    /// <summary><c>AzureOpenAI:Deployment</c>: the name of the chat model deployment (not the model's name).</summary>
    public string? Deployment { get; set; }

    /// <summary>
    /// <c>AzureOpenAI:ApiKey</c>: optional. Without it the bot authenticates with <c>DefaultAzureCredential</c>
    /// (managed identity in Azure; <c>AZURE_CLIENT_ID</c> selects a user-assigned identity).
    /// </summary>
    public string? ApiKey { get; set; }

    /// <summary><c>AzureOpenAI:TimeBudget</c>: how long one question may wait for the model, all calls included.</summary>
    public TimeSpan TimeBudget { get; set; } = TimeSpan.FromSeconds(8);

    /// <summary><c>AzureOpenAI:Temperature</c>: at most 0.2, so the phrasing stays close to the facts.</summary>
    public float Temperature { get; set; } = 0.1f;

    /// <summary><c>AzureOpenAI:MaxOutputTokens</c>: upper bound of a phrased answer (a few sentences).</summary>
    public int MaxOutputTokens { get; set; } = 400;

    /// <summary>True when the section names an endpoint: the only switch of the feature.</summary>
    public static bool IsEnabled(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration.GetSection(Section)[nameof(Endpoint)]);

    internal Uri EndpointUri => new(Endpoint!, UriKind.Absolute);

    internal static bool IsValidEndpoint(string? endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri) && uri.Scheme == Uri.UriSchemeHttps;
}
