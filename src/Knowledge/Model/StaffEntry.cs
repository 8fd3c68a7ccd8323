namespace Mednum49.Knowledge.Model;

/// <summary>
/// Digital-inclusion staff in a territory (<c>staff:&lt;territory&gt;/&lt;slug&gt;</c>): how many conseillers numériques,
/// médiateurs or coordinateurs, employed by whom, where, since when and whether still in post. No names: the
/// document gives none.
/// </summary>
/// <param name="Role">conseiller-numerique, mediateur-numerique or coordinateur-numerique.</param>
/// <param name="RoleAsWritten">As the document words it ("conseillère numérique", "médiateurs numériques et culturels").</param>
/// <param name="Count">How many, when the document says.</param>
/// <param name="Status">active, or ended (see <see cref="StatusNote"/>).</param>
public sealed record StaffEntry(
    string Id,
    string TerritoryId,
    string Role,
    string RoleAsWritten,
    int? Count,
    string? EmployerId,
    string? UnitAsWritten,
    IReadOnlyList<string> PlaceIds,
    IReadOnlyList<string> CommuneIds,
    IReadOnlyList<string> SubdivisionIds,
    string? Area,
    string? Since,
    string? Until,
    string? Period,
    string Status,
    string? StatusNote,
    string? Description,
    string Section) : IKnowledgeEntity
{
    public string Name => RoleAsWritten;

    public IReadOnlyList<string> Aliases => [];

    public bool IsActive => Status == StaffStatus.Active;
}

public static class StaffRoles
{
    public const string ConseillerNumerique = "conseiller-numerique";
    public const string MediateurNumerique = "mediateur-numerique";
    public const string CoordinateurNumerique = "coordinateur-numerique";

    public static readonly IReadOnlyList<string> All = [ConseillerNumerique, MediateurNumerique, CoordinateurNumerique];
}

public static class StaffStatus
{
    public const string Active = "active";
    public const string Ended = "ended";

    public static readonly IReadOnlyList<string> All = [Active, Ended];
}
