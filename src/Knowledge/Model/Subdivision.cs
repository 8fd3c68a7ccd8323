namespace Mednum49.Knowledge.Model;

/// <summary>A part of a territory: bassin, polarité, sous-polarité, micro-territoire, pôle or commune nouvelle
/// (<c>subdivision:&lt;territory&gt;/&lt;slug&gt;</c>).</summary>
/// <param name="ParentId">The subdivision it is part of (a pôle inside a micro-territoire), if any.</param>
/// <param name="CentreId">The commune (or former commune) it is organised around or named after, if any.</param>
/// <param name="Communes">The communes the document lists for it.</param>
/// <param name="CommunesComplete">False when the document lists only some of its communes, or none.</param>
/// <param name="Structuration">How far the local offer is structured, as the document says.</param>
/// <param name="CarriedByIds">Who carries the actions there, where the document says so.</param>
public sealed record Subdivision(
    string Id,
    string TerritoryId,
    string Name,
    IReadOnlyList<string> Aliases,
    string Kind,
    string? ParentId,
    string? CentreId,
    IReadOnlyList<SubdivisionCommune> Communes,
    bool CommunesComplete,
    string? Description,
    string? Note,
    string? Structuration,
    string? Offer,
    string? Dynamics,
    IReadOnlyList<string> CarriedByIds,
    IReadOnlyList<ActorRole> Actors,
    IReadOnlyList<string> TopicIds,
    string Section) : IKnowledgeEntity;

/// <summary>A commune of a subdivision: <c>commune:&lt;INSEE&gt;</c>, or <c>former-commune:&lt;INSEE&gt;</c> when the
/// document names a commune that has since merged; <paramref name="Note"/> explains any difference with today's geography.</summary>
public sealed record SubdivisionCommune(string CommuneId, string? Note = null);
