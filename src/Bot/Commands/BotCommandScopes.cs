namespace Mednum49.Bot.Commands;

/// <summary>Where a command is offered: the Teams conversation types (personal chat, a team's channels, a group chat).</summary>
[Flags]
public enum BotCommandScopes
{
    None = 0,
    Personal = 1,
    Team = 2,
    GroupChat = 4,
    All = Personal | Team | GroupChat,
}
