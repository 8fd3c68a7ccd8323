namespace Mednum49.Bot.Questions;

/// <summary>One choice of an ambiguous answer, as kept in conversation state until the next message.</summary>
public sealed class PendingChoice
{
    public string Label { get; set; } = "";

    public string Query { get; set; } = "";
}
