namespace Mednum49.Bot.Cards;

/// <summary>How a piece of card text looks. Default values are never written to the card (the client drops them).</summary>
public sealed record TextStyle
{
    public static readonly TextStyle Normal = new();

    public static readonly TextStyle Heading = new() { Weight = TextWeight.Bolder, Size = TextSize.Medium };

    public static readonly TextStyle Label = new() { Weight = TextWeight.Bolder };

    public static readonly TextStyle Subtle = new() { IsSubtle = true, Size = TextSize.Small };

    public TextWeight Weight { get; init; }

    public TextSize Size { get; init; }

    public bool IsSubtle { get; init; }

    /// <summary>Only text runs (<see cref="CardElements.Run"/>) can be italic; a TextBlock would need Markdown for it.</summary>
    public bool Italic { get; init; }
}

public enum TextWeight
{
    Default,
    Lighter,
    Bolder,
}

public enum TextSize
{
    Default,
    Small,
    Medium,
    Large,
    ExtraLarge,
}

/// <summary>Space above an element (Adaptive Cards <c>spacing</c>).</summary>
public enum CardSpacing
{
    Default,
    None,
    Small,
    Medium,
    Large,
    ExtraLarge,
    Padding,
}
