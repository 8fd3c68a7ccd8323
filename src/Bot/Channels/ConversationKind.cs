namespace Mednum49.Bot.Channels;

/// <summary>Teams' conversation types (<c>conversation.conversationType</c>), also used for the other channels.</summary>
public enum ConversationKind
{
    /// <summary>One user and the bot.</summary>
    Personal,

    /// <summary>A group chat: the bot only receives messages that mention it.</summary>
    GroupChat,

    /// <summary>A team channel: the bot only receives messages that mention it, and answers in the thread.</summary>
    Channel,
}
