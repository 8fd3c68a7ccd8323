namespace Mednum49.Bot.Dialogs;

/// <summary>
/// One dialog on the stack: which dialog, and its own state. The state is persisted with the conversation (in SQLite
/// in the bot): keep its values to strings, numbers, booleans, lists and dictionaries of those. Integers come back as
/// <see cref="long"/> after a round trip through storage.
/// </summary>
public sealed class DialogInstance
{
    public string Id { get; set; } = "";

    public Dictionary<string, object?> State { get; set; } = [];
}
