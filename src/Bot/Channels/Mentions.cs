using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Channels;

/// <summary>
/// In Teams channels and group chats a message starts with the bot's mention (<c>&lt;at&gt;Mednum49&lt;/at&gt;</c>).
/// The SDK's RemoveRecipientMention throws on a mention entity without "mentioned": this version tolerates it.
/// </summary>
public static class Mentions
{
    public static string TextWithoutBotMention(IMessageActivity activity)
    {
        var text = activity.Text ?? "";
        var botId = activity.Recipient?.Id;
        foreach (var entity in activity.Entities ?? [])
        {
            if (!string.Equals(entity.Type, "mention", StringComparison.OrdinalIgnoreCase))
            {
                continue;
            }

            var mention = entity.GetAs<Mention>();
            if (mention?.Mentioned?.Id is { } mentionedId && mentionedId == botId && !string.IsNullOrEmpty(mention.Text))
            {
                text = text.Replace(mention.Text, "", StringComparison.OrdinalIgnoreCase);
            }
        }

        return text.Trim();
    }
}
