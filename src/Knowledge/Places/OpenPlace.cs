namespace Mednum49.Knowledge.Places;

/// <summary>
/// A place of digital mediation read from an open-data file in the national standard, after its checks: values that
/// broke a constraint are already dropped (and reported). Multi-valued fields hold the vocabulary's spellings.
/// </summary>
/// <param name="Id">The file's <c>id</c> (or <c>&lt;file&gt;:&lt;line&gt;</c> when the row had none).</param>
/// <param name="Phone">International form without spaces (<c>+33241754270</c>); <see cref="FrenchPhone.Display"/> shows it.</param>
/// <param name="OpeningHours">The <c>horaires</c> value as written (OpenStreetMap opening_hours).</param>
/// <param name="File">The file it was read from, relative to the places folder, and the line its row starts on.</param>
public sealed record OpenPlace(
    string Id,
    string? Pivot,
    string Name,
    string? CommuneName,
    string? PostalCode,
    string? InseeCode,
    string? Address,
    string? AddressComplement,
    double? Latitude,
    double? Longitude,
    IReadOnlyList<string> Typologies,
    string? Phone,
    IReadOnlyList<string> Emails,
    IReadOnlyList<string> Websites,
    string? OpeningHours,
    string? Summary,
    string? Detail,
    string? Source,
    IReadOnlyList<string> Itinerance,
    string? ParentStructure,
    DateOnly? UpdatedOn,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> Publics,
    IReadOnlyList<string> SpecificSupport,
    IReadOnlyList<string> Fees,
    IReadOnlyList<string> Programmes,
    IReadOnlyList<string> Labels,
    IReadOnlyList<string> OtherLabels,
    IReadOnlyList<string> AccessModes,
    IReadOnlyList<string> SupportModes,
    string? AccessLibre,
    string? Booking,
    string File,
    int Line)
{
    /// <summary>Where it is in the knowledge base's geography, and the knowledge-base entity it is, once linked.</summary>
    public PlaceLinks Links { get; init; } = PlaceLinks.None;

    public bool HasCoordinates => Latitude is not null && Longitude is not null;

    /// <summary>"12 rue X, 49000 Angers": the street, the complement, then the postal code and commune.</summary>
    public string? FullAddress
    {
        get
        {
            var parts = new List<string>();
            if (!string.IsNullOrWhiteSpace(Address))
            {
                parts.Add(Address.Trim());
            }

            if (!string.IsNullOrWhiteSpace(AddressComplement))
            {
                parts.Add(AddressComplement.Trim());
            }

            var town = string.Join(' ', new[] { PostalCode, CommuneName }.Where(s => !string.IsNullOrWhiteSpace(s)));
            if (town.Length > 0)
            {
                parts.Add(town);
            }

            return parts.Count == 0 ? null : string.Join(", ", parts);
        }
    }

    public bool IsFranceServices =>
        Programmes.Contains("France Services") || Name.Contains("France Services", StringComparison.OrdinalIgnoreCase)
        || Name.Contains("France Service ", StringComparison.OrdinalIgnoreCase);
}

/// <summary>
/// Where an open-data place sits in the knowledge base: its commune (and former commune), subdivisions, EPCI and
/// territory fiche, and the place or organisation of the roadmap it is, when it is one.
/// </summary>
public sealed record PlaceLinks(
    string? CommuneId,
    string? FormerCommuneId,
    IReadOnlyList<string> SubdivisionIds,
    string? EpciId,
    string? TerritoryId,
    string? EntityId)
{
    public static readonly PlaceLinks None = new(null, null, [], null, null, null);
}
