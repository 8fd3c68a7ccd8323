using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Answering;
using Microsoft.Extensions.DependencyInjection;

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
        // The engine and the French recognisers finish warming up after start: the first answer waits for them, which
        // on a busy machine can outlast a page's wait. Asked once here, they are ready before the browser comes.
        await Host.Services.GetRequiredService<IAnswerService>().AskAsync("Qui s'occupe du Bocage ?");
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
