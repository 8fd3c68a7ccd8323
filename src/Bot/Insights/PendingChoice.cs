namespace Mednum49.Bot.Insights;

/// <summary>One choice of an ambiguous answer, kept with <see cref="PendingAmbiguity"/> until the next message.</summary>
public sealed class PendingChoice
{
    public string Label { get; set; } = "";

    public string Query { get; set; } = "";
}
