namespace Mednum49.Knowledge.Model;

/// <summary>
/// A number the document gives in running text ("10 communes (31 600 hab.) … dépourvues d'une offre"), made
/// answerable: what it counts, about what, exactly as written, and where it comes from.
/// </summary>
/// <param name="AboutId">The territory, place, organisation or action it is about.</param>
/// <param name="Value">The number as a number (31600 for « 31 600hab. »).</param>
/// <param name="Counts">What is counted, in French ("habitants des communes sans offre de médiation numérique").</param>
/// <param name="AsWritten">The sentence or phrase of the document that holds it, verbatim.</param>
/// <param name="Words">Words a question about it uses ("inscrits", "sans offre"), besides those of <paramref name="Counts"/>.</param>
public sealed record Figure(
    string Id,
    string AboutId,
    decimal Value,
    string Counts,
    string AsWritten,
    IReadOnlyList<string> Words,
    string Section);
