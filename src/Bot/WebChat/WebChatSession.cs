namespace Mednum49.Bot.WebChat;

/// <summary>
/// What the page gets from <c>POST /api/webchat/token</c>: a Direct Line token for one conversation, the user id bound
/// in it, where the Direct Line API is (<paramref name="Domain"/>, relative to the page in local mode), whether to use
/// its WebSocket stream, and the example questions shown above the chat. Never a secret.
/// </summary>
public sealed record WebChatSession(
    string Token,
    string UserId,
    string? ConversationId,
    string Domain,
    bool WebSocket,
    int ExpiresIn,
    IReadOnlyList<string> Examples);
