using Mednum49.Bot.Channels;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Commands;

/// <summary>A message turn as the bot understood it once: the text (button query or typed, without the @mention) and the channel.</summary>
public sealed record BotTurn(ITurnContext<IMessageActivity> Context, string Text, ChannelCapabilities Channel)
{
    public IMessageActivity Activity => Context.Activity;
}
