namespace Mednum49.Bot.Hosting;

/// <summary>
/// Gives the Bot Framework, which asks for the default client, the named client of the connector calls, so their
/// handler (and its settings) is ours and not shared with other features' default clients.
/// </summary>
internal sealed class NamedHttpClientFactory(IHttpClientFactory factory, string name) : IHttpClientFactory
{
    public HttpClient CreateClient(string _) => factory.CreateClient(name);
}
