namespace Mednum49.Knowledge.Model;

/// <summary>An official intercommunality on 1 January 2024 (<c>epci:&lt;SIREN&gt;</c>).</summary>
public sealed record Epci(string Id, string Siren, string Name, string Section) : IKnowledgeEntity
{
    public IReadOnlyList<string> Aliases => [];
}

/// <summary>One of the 176 communes of Maine-et-Loire (official geography 2024), <c>commune:&lt;INSEE&gt;</c>.</summary>
/// <param name="DocumentSpellings">How the roadmap spells it when that differs from the official name.</param>
public sealed record Commune(
    string Id,
    string InseeCode,
    string Name,
    IReadOnlyList<string> PostalCodes,
    string EpciId,
    int Population2024,
    IReadOnlyList<DocumentSpelling> DocumentSpellings,
    string Section) : IKnowledgeEntity
{
    public IReadOnlyList<string> Aliases => [.. DocumentSpellings.Select(s => s.Text)];
}

/// <summary>One of the 230 former communes merged into a commune nouvelle (<c>former-commune:&lt;INSEE&gt;</c>).</summary>
/// <param name="Type">COMD (commune déléguée) or COMA (commune associée).</param>
/// <param name="CommuneId">The commune it belongs to today.</param>
public sealed record FormerCommune(
    string Id,
    string InseeCode,
    string Name,
    string Type,
    string CommuneId,
    string? PostalCode,
    IReadOnlyList<DocumentSpelling> DocumentSpellings,
    string Section) : IKnowledgeEntity
{
    public IReadOnlyList<string> Aliases => [.. DocumentSpellings.Select(s => s.Text)];
}

/// <summary>A name as the roadmap writes it, and where.</summary>
public sealed record DocumentSpelling(string Text, string Section);

/// <summary>A dated fact about an entity, kept when the document and today's geography disagree (Saint-Sigismond…).</summary>
/// <param name="Date">As written: a year ("2023") or a day ("2024-01-01").</param>
public sealed record HistoricalFact(string AboutId, string Date, string Text, string Section);
