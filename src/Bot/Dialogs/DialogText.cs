using Mednum49.Bot.Channels;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Dialogs;

/// <summary>The text the user typed, without the bot's @mention (Teams channels and group chats).</summary>
internal static class DialogText
{
    public static string Of(ITurnContext turnContext) =>
        turnContext.Activity is IMessageActivity message ? Mentions.TextWithoutBotMention(message) : "";
}
