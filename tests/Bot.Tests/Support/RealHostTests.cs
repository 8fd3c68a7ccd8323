namespace Mednum49.Bot.Tests.Support;

/// <summary>
/// Tests over HTTP: the real host on a loopback port (<see cref="Host"/>, called through <see cref="Client"/>) and a
/// capture server standing in for the channel's connector (<see cref="Channel"/>). Derived classes also carry
/// <c>[Collection(RealHostCollection.Name)]</c>, so hosts start one at a time.
/// </summary>
public abstract class RealHostTests : IAsyncLifetime
{
    protected BotHostFactory Host { get; private set; } = null!;

    protected CaptureServer Channel { get; private set; } = null!;

    protected HttpClient Client { get; private set; } = null!;

    /// <summary>The host under test; override to give it settings or services.</summary>
    protected virtual BotHostFactory CreateHost() => new();

    public virtual async Task InitializeAsync()
    {
        Host = CreateHost();
        Channel = await CaptureServer.StartAsync();
        Client = new HttpClient { BaseAddress = Host.Start() };
    }

    public virtual async Task DisposeAsync()
    {
        Client.Dispose();
        await Host.DisposeAsync();
        await Channel.DisposeAsync();
    }
}
