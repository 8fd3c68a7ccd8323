using Microsoft.Extensions.Configuration;

namespace Mednum49.Knowledge.Generation;

/// <summary>
/// Configuration section <c>Generation</c>: which kind of service phrases and understands. <c>azure-openai</c> (the
/// default) reads <c>AzureOpenAI:*</c> and stays off unless <c>AzureOpenAI:Endpoint</c> is set;
/// <c>openai-compatible</c> reads <c>OpenAI:*</c> and is on, its endpoint and model then required.
/// </summary>
public sealed class GenerationOptions
{
    public const string Section = "Generation";

    public const string AzureOpenAI = "azure-openai";

    public const string OpenAICompatible = "openai-compatible";

    /// <summary><c>Generation:Provider</c>: <c>azure-openai</c> or <c>openai-compatible</c>.</summary>
    public string? Provider { get; set; }

    internal static string ProviderKey => $"{Section}:{nameof(Provider)}";

    /// <summary>The provider as configured, trimmed and lower-cased; null when the key is not set.</summary>
    internal static string? ProviderOf(IConfiguration configuration) =>
        configuration[ProviderKey] is { } provider && !string.IsNullOrWhiteSpace(provider) ? provider.Trim().ToLowerInvariant() : null;

    internal static bool IsKnown(string? provider) =>
        string.IsNullOrWhiteSpace(provider)
        || provider.Trim().ToLowerInvariant() is AzureOpenAI or OpenAICompatible;
}
