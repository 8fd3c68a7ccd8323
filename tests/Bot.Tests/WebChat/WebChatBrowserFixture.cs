using Mednum49.Bot.Tests.Support;

namespace Mednum49.Bot.Tests.WebChat;

/// <summary>
/// The real host in local mode (Development, no <c>MicrosoftAppId</c>) on a loopback port and one headless Chromium,
/// shared by the browser tests of a class; each test opens its own page (a fresh browser context, hence a new user).
/// </summary>
public sealed class WebChatBrowserFixture : IAsyncLifetime
{
    public BotHostFactory Host { get; private set; } = null!;

    public Uri Address { get; private set; } = null!;

    public BrowserDriver Browser { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        if (Chromium.ExecutablePath is null && !Chromium.Required)
        {
            // Every test of the class is skipped (BrowserFact): nothing to start.
            return;
        }

        Host = new BotHostFactory();
        Address = Host.Start();
        Browser = await BrowserDriver.StartAsync();
    }

    public async Task DisposeAsync()
    {
        if (Browser is not null)
        {
            await Browser.DisposeAsync();
        }

        if (Host is not null)
        {
            await Host.DisposeAsync();
        }
    }
}
