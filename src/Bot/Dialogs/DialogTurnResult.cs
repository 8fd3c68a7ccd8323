namespace Mednum49.Bot.Dialogs;

/// <summary>What a dialog operation did, and the result of the dialog that ended, if any.</summary>
public sealed record DialogTurnResult(DialogTurnStatus Status, object? Result = null)
{
    public static DialogTurnResult Empty { get; } = new(DialogTurnStatus.Empty);

    public static DialogTurnResult Waiting { get; } = new(DialogTurnStatus.Waiting);

    public static DialogTurnResult Cancelled { get; } = new(DialogTurnStatus.Cancelled);
}
