using Mednum49.Bot.Channels;

namespace Mednum49.Bot.Commands;

/// <summary>The Teams command scope of a conversation.</summary>
public static class CommandScope
{
    public static BotCommandScopes Of(ConversationKind conversation) => conversation switch
    {
        ConversationKind.Channel => BotCommandScopes.Team,
        ConversationKind.GroupChat => BotCommandScopes.GroupChat,
        _ => BotCommandScopes.Personal,
    };
}
