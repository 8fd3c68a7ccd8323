using Mednum49.Bot.Cards;

namespace Mednum49.Bot.WebChat.Local;

/// <summary>Local mode: a conversation of the in-process Direct Line and its token (what the service's tokens/generate does).</summary>
public sealed class LocalTokenSource(LocalConversationStore store, LocalDirectLineTokens tokens) : IWebChatTokenSource
{
    public Task<WebChatSession?> CreateSessionAsync(CancellationToken cancellationToken)
    {
        var conversation = store.Create();
        return Task.FromResult<WebChatSession?>(new WebChatSession(
            tokens.Issue(conversation.Id, conversation.UserId),
            conversation.UserId,
            conversation.Id,
            LocalDirectLineEndpoints.DirectLinePath,
            WebSocket: false,
            (int)LocalDirectLineTokens.Lifetime.TotalSeconds,
            WelcomeCard.DefaultExamples));
    }
}
