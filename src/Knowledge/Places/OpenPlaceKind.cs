using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Places;

/// <summary>
/// How an open-data place shows it is of a kind of structure (place-details.yaml, <c>open_place_kinds:</c>): a word of
/// its name (« Médiathèque … ») or a value of the standard's <c>typologie</c> (BIB).
/// </summary>
public sealed record OpenPlaceKind(string Kind, IReadOnlyList<string> Names, IReadOnlyList<string> Typologies)
{
    private readonly string[] foldedNames = [.. Names.Select(n => $" {TextNormalizer.Fold(n)} ")];

    /// <summary>True when the place's name holds one of the words or its typologies one of the values.</summary>
    public bool Holds(OpenPlace place) =>
        place.Typologies.Any(t => Typologies.Contains(t, StringComparer.OrdinalIgnoreCase))
        || foldedNames.Any($" {TextNormalizer.Fold(place.Name)} ".Contains);
}
