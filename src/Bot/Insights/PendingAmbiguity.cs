namespace Mednum49.Bot.Insights;

/// <summary>An ambiguous answer waiting for the user's pick, kept in conversation state until the next message.</summary>
public sealed class PendingAmbiguity
{
    public string Question { get; set; } = "";

    public string Kind { get; set; } = "";

    public string Title { get; set; } = "";

    public List<string> Sources { get; set; } = [];

    public List<PendingChoice> Choices { get; set; } = [];
}
