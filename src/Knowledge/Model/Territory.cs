namespace Mednum49.Knowledge.Model;

/// <summary>The fiche of one of the nine EPCI of the roadmap (Annexe 3), e.g. <c>territory:cholet-agglomeration</c>.</summary>
/// <param name="EpciId">The official intercommunality (<c>epci:&lt;SIREN&gt;</c>) it describes.</param>
/// <param name="CommunesCount">The number of communes as the document gives it, if it does.</param>
/// <param name="SubdivisionsCount">The number of bassins / polarités… the document announces.</param>
/// <param name="FranceServicesCount">The number of France Services the document announces.</param>
/// <param name="Figures">Other figures exactly as written.</param>
/// <param name="Actors">Actors at the scale of the whole territory, with what they do there.</param>
/// <param name="IsPartial">The document itself is incomplete about this territory: see <see cref="PartialNote"/>.</param>
public sealed record Territory(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string EpciId,
    bool IsAnjouNumeriqueMember,
    PopulationFigure? Population,
    int? CommunesCount,
    string? CommunesCountNote,
    int? SubdivisionsCount,
    string? SubdivisionsCountNote,
    bool SubdivisionsCoverAllCommunes,
    int? FranceServicesCount,
    string? FranceServicesNote,
    IReadOnlyList<string> Figures,
    string Summary,
    string? Note,
    Diagnostic? Diagnostic,
    string? Offer,
    string? Dynamics,
    IReadOnlyList<ActorRole> Actors,
    bool IsPartial,
    string? PartialNote,
    IReadOnlyList<string> SubdivisionIds,
    IReadOnlyList<string> PlaceIds,
    IReadOnlyList<string> StaffIds,
    IReadOnlyList<string> ExampleIds,
    string Section) : IKnowledgeEntity;

/// <summary>A population as the document gives it: the number, the text as written, and the year when given.</summary>
public sealed record PopulationFigure(int Value, string AsWritten, int? Year);

/// <summary>The diagnostic of a territory: by whom and when (as written, e.g. "mai 2022"), and what it found.</summary>
/// <param name="ByNote">How we know who made it, when the fiche does not say.</param>
public sealed record Diagnostic(string? ById, string? ByNote, string? Date, string Summary, IReadOnlyList<string> Findings);

/// <summary>An actor (organisation, unit, place, commune or territory) and what it does in a given place, in French.</summary>
public sealed record ActorRole(string ActorId, string Role);
