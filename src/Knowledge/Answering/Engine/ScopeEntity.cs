using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Answering;

/// <summary>
/// A name the engine knows that is not an entity of the knowledge base: the department as a whole
/// ("Maine-et-Loire", "Anjou") and the river ("la Loire"), so that they are not read as the commune of Loiré or as an
/// unknown place. Never cited as a source.
/// </summary>
internal sealed record ScopeEntity(string Id, string Name, IReadOnlyList<string> Aliases) : IKnowledgeEntity
{
    public const string DepartmentId = "scope:maine-et-loire";
    public const string RiverId = "scope:loire";
    public const string OutsideId = "scope:outside";

    public string Section => "";

    public static IReadOnlyList<ScopeEntity> All { get; } =
    [
        new(DepartmentId, "Maine-et-Loire", ["Maine et Loire", "Anjou", "le 49", "49", "tout le département", "dans le département"]),
        new(RiverId, "la Loire", ["Loire", "bords de Loire", "fleuve"]),

        // The neighbouring departments and regions: named alone, they are outside what the roadmap covers.
        new(OutsideId, "hors du Maine-et-Loire", [
            "Loire-Atlantique", "Mayenne", "Sarthe", "Vendée", "Deux-Sèvres", "Indre-et-Loire", "Vienne", "Ille-et-Vilaine",
            "Bretagne", "Normandie", "Île-de-France", "Centre-Val de Loire", "Nouvelle-Aquitaine"]),
    ];
}
