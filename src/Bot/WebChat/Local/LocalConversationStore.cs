using System.Collections.Concurrent;
using System.Security.Cryptography;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.WebChat.Local;

/// <summary>
/// The local Direct Line's conversations, in memory: at most <see cref="WebChatOptions.MaxLocalConversations"/> (the
/// least recently active one is forgotten to make room), each forgotten after <see cref="WebChatOptions.LocalConversationIdle"/>
/// without activity. Local use only, so nothing needs to survive a restart.
/// </summary>
public sealed class LocalConversationStore(IOptions<WebChatOptions> options, TimeProvider clock, ILogger<LocalConversationStore> logger)
{
    private readonly ConcurrentDictionary<string, LocalConversation> _conversations = new(StringComparer.Ordinal);
    private readonly Lock _creation = new();

    public int Count => _conversations.Count;

    /// <summary>A new conversation for a new user (ids drawn at random, like the service's).</summary>
    public LocalConversation Create()
    {
        var settings = options.Value;
        var now = clock.GetUtcNow();
        lock (_creation)
        {
            RemoveIdle(now);
            while (_conversations.Count >= settings.MaxLocalConversations
                && _conversations.Values.MinBy(c => c.LastActive) is { } oldest)
            {
                _conversations.TryRemove(oldest.Id, out _);
                logger.LogInformation("Local Direct Line full ({Max} conversations): forgot conversation {ConversationId}", settings.MaxLocalConversations, oldest.Id);
            }

            var conversation = new LocalConversation(RandomId(22), "dl_" + RandomId(16), now, settings.MaxLocalActivities);
            _conversations[conversation.Id] = conversation;
            return conversation;
        }
    }

    /// <summary>The conversation, unless it is unknown or idle for too long (then it is forgotten).</summary>
    public LocalConversation? Find(string conversationId)
    {
        if (!_conversations.TryGetValue(conversationId, out var conversation))
        {
            return null;
        }

        var now = clock.GetUtcNow();
        if (now - conversation.LastActive > options.Value.LocalConversationIdle)
        {
            _conversations.TryRemove(conversationId, out _);
            return null;
        }

        conversation.Touch(now);
        return conversation;
    }

    private void RemoveIdle(DateTimeOffset now)
    {
        var idle = options.Value.LocalConversationIdle;
        foreach (var conversation in _conversations.Values.Where(c => now - c.LastActive > idle))
        {
            _conversations.TryRemove(conversation.Id, out _);
        }
    }

    private static string RandomId(int length) =>
        RandomNumberGenerator.GetString("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789", length);
}
