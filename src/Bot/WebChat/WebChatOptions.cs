namespace Mednum49.Bot.WebChat;

/// <summary>Configuration section <c>WebChat</c>: the page at <c>/</c> and, in local mode, the in-process Direct Line.</summary>
public sealed class WebChatOptions
{
    public const string Section = "WebChat";

    /// <summary>
    /// Whether <c>/</c> serves the Web Chat page. Unset: on in local mode (no <c>MicrosoftAppId</c>), off otherwise.
    /// With <c>MicrosoftAppId</c> set, <c>true</c> needs <c>DirectLine:Secret</c>.
    /// </summary>
    public bool? Enabled { get; set; }

    /// <summary>Local mode only: conversations kept in memory at once; the least recently active one goes first.</summary>
    public int MaxLocalConversations { get; set; } = 200;

    /// <summary>Local mode only: a conversation nobody used for this long is forgotten.</summary>
    public TimeSpan LocalConversationIdle { get; set; } = TimeSpan.FromHours(2);

    /// <summary>Local mode only: activities kept per conversation (the oldest go first).</summary>
    public int MaxLocalActivities { get; set; } = 500;
}
