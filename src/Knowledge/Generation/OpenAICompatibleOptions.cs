namespace Mednum49.Knowledge.Generation;

/// <summary>
/// Configuration section <c>OpenAI</c>, read when <c>Generation:Provider</c> is <c>openai-compatible</c>: any service
/// that speaks the OpenAI chat-completions API (Mistral's La Plateforme, the State's Albert API, a local Ollama or
/// vLLM). <c>TimeBudget</c>, <c>Temperature</c>, <c>MaxOutputTokens</c>: see <see cref="ChatModelOptions"/>.
/// </summary>
public sealed class OpenAICompatibleOptions : ChatModelOptions
{
    public const string Section = "OpenAI";

    /// <summary>
    /// <c>OpenAI:Endpoint</c>: the API's base URL, the one <c>/chat/completions</c> is appended to, e.g.
    /// <c>https://api.mistral.ai/v1</c> or <c>http://127.0.0.1:11434/v1</c>. https, or http for a loopback host only.
    /// </summary>
    public string? Endpoint { get; set; }

    /// <summary><c>OpenAI:Model</c>: the model's name as the service knows it, e.g. <c>mistral-small-latest</c>.</summary>
    public string? Model { get; set; }

    /// <summary><c>OpenAI:ApiKey</c>: optional (a local model needs none); sent as a bearer token.</summary>
    public string? ApiKey { get; set; }

    internal Uri EndpointUri => new(Endpoint!, UriKind.Absolute);

    /// <summary>
    /// https anywhere; plain http only to this machine (a local model), where nothing crosses a network. A query or
    /// a fragment would be lost when the client appends its paths: refused too.
    /// </summary>
    internal static bool IsValidEndpoint(string? endpoint) =>
        Uri.TryCreate(endpoint, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttps || (uri.Scheme == Uri.UriSchemeHttp && uri.IsLoopback))
        && uri.Query.Length == 0 && uri.Fragment.Length == 0 && uri.UserInfo.Length == 0;
}
