namespace Mednum49.Bot.Commands;

/// <summary>
/// One of the bot's commands (<c>aide</c>, <c>territoire</c>, <c>note</c>…) or a card submission addressed to a
/// feature. The bot tries the registered handlers in registration order, after any active dialog and before
/// answering the text as an orientation question. A feature registers its handlers with
/// <c>services.AddSingleton&lt;ICommandHandler, …&gt;()</c>.
/// </summary>
public interface ICommandHandler
{
    /// <summary>Handles the turn and returns true, or returns false at once when the turn is not for this handler.</summary>
    Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken);
}
