namespace Mednum49.Bot.Commands;

/// <summary>A command the bot understands.</summary>
/// <param name="Name">What the user types, lower case French (also the title in the Teams command menu, ≤ 32 characters).</param>
/// <param name="Arguments">The placeholder of its argument, e.g. <c>&lt;nom&gt;</c>; empty when it takes none.</param>
/// <param name="Description">What it does, in French, addressing the user as « vous ».</param>
/// <param name="Scopes">The conversation types where it is offered.</param>
public sealed record BotCommand(string Name, string Arguments, string Description, BotCommandScopes Scopes)
{
    /// <summary>The syntax to type, e.g. <c>territoire &lt;nom&gt;</c>.</summary>
    public string Usage => Arguments.Length == 0 ? Name : $"{Name} {Arguments}";
}
