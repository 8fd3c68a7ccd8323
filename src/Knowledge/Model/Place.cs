namespace Mednum49.Knowledge.Model;

/// <summary>
/// A local structure or site in a territory (<c>place:&lt;slug&gt;</c>): France Services, centre social, espace de vie
/// sociale, MJC, médiathèque, cybercentre, fablab, association, CCAS, CIAS, mairie, espace jeunes…
/// </summary>
/// <param name="CommuneId">Where it is (<c>commune:</c> or <c>former-commune:</c>), when the document says.</param>
/// <param name="OperatorIds">Who runs it (organisation, place, commune or territory), when the document says.</param>
/// <param name="Since">When it started, as written ("été 2023").</param>
/// <param name="Closed">When it closed, as written ("2021"); null while open.</param>
/// <param name="ServesIds">Territories, subdivisions or communes it also serves beyond its own.</param>
public sealed record Place(
    string Id,
    string TerritoryId,
    string Name,
    IReadOnlyList<string> Aliases,
    string Kind,
    string? CommuneId,
    string? SubdivisionId,
    IReadOnlyList<string> OperatorIds,
    string? OperatorAsWritten,
    bool Itinerant,
    string? Since,
    string? Closed,
    string? Area,
    IReadOnlyList<string> ServesIds,
    string? ServesNote,
    string Description,
    IReadOnlyList<string> TopicIds,
    string Section) : IKnowledgeEntity
{
    public bool IsFranceServices => Kind == PlaceKinds.FranceServices;
}

/// <summary>The kinds of places the knowledge base knows.</summary>
public static class PlaceKinds
{
    public const string FranceServices = "france-services";

    public static readonly IReadOnlyList<string> All =
    [
        FranceServices, "centre-social", "espace-de-vie-sociale", "mjc", "structure-animation-vie-sociale", "mediatheque",
        "cybercentre", "fablab", "association", "ccas", "cias", "mairie", "espace-jeunes",
    ];
}
