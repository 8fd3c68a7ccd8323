namespace Mednum49.Bot.Tests.Support;

/// <summary>
/// Tests that start the real web host (<see cref="BotHostFactory"/>) run one at a time, apart from the others:
/// WebApplicationFactory finds a top-level program's host through process-wide hosting events, so two hosts built
/// at the same time can be mixed up ("Addresses cannot be modified after the server has started").
/// </summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class RealHostCollection
{
    public const string Name = "Real web host";
}
