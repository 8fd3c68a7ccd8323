namespace Mednum49.Bot.Cards;

/// <summary>The first items of a list, and how many were left out.</summary>
public sealed record Shown<T>(IReadOnlyList<T> Items, int Hidden)
{
    public static readonly Shown<T> None = new([], 0);

    /// <summary>The items left out (a card shows them behind « Voir tout »).</summary>
    public IReadOnlyList<T> Rest { get; init; } = [];

    public static Shown<T> Of(IEnumerable<T> all, int max)
    {
        var list = all.ToList();
        return list.Count <= max ? new Shown<T>(list, 0) : new Shown<T>(list[..max], list.Count - max) { Rest = list[max..] };
    }
}
