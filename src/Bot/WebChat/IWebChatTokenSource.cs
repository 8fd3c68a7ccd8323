namespace Mednum49.Bot.WebChat;

/// <summary>Where the page's Direct Line token comes from: the local Direct Line, or the Azure Bot's channel.</summary>
public interface IWebChatTokenSource
{
    /// <summary>A new conversation's session, or <see langword="null"/> when none can be had now (already logged).</summary>
    Task<WebChatSession?> CreateSessionAsync(CancellationToken cancellationToken);
}
