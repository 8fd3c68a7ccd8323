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

        // The neighbouring departments and regions, the nearby and the largest French cities: named without a place of
        // Maine-et-Loire, they are outside what the roadmap covers, however they are typed ("conseiller numerique paris").
        // Names that are also ordinary French words ("Tours") are left to the capitalisation rules of the reader.
        new(OutsideId, "hors du Maine-et-Loire", [
            "Loire-Atlantique", "Mayenne", "Sarthe", "Vendée", "Deux-Sèvres", "Indre-et-Loire", "Vienne", "Ille-et-Vilaine",
            "Bretagne", "Normandie", "Île-de-France", "Centre-Val de Loire", "Nouvelle-Aquitaine",
            "Nantes", "Saint-Nazaire", "Laval", "Le Mans", "La Roche-sur-Yon", "Niort", "Poitiers", "Rennes", "Orléans",
            "La Rochelle", "Paris", "Lyon", "Marseille", "Toulouse", "Bordeaux", "Lille", "Strasbourg", "Montpellier",
            "Nice", "Grenoble", "Dijon", "Rouen", "Caen", "Brest", "Limoges", "Clermont-Ferrand"]),
    ];
}
