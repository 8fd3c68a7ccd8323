using Mednum49.Bot.Notes;

namespace Mednum49.Bot.Tests.Notes;

/// <summary>
/// The eight working groups of the 2023-2025 roadmap (seed document, section V), titles as written there. The slugs
/// are ours: the knowledge base will give the real ids.
/// </summary>
public sealed class RoadmapWorkingGroups : IWorkingGroupDirectory
{
    public static readonly WorkingGroup Benevoles = new("group:benevoles", "Les bénévoles acteurs de l'accompagnement numérique sur nos territoire ?");
    public static readonly WorkingGroup Financement = new("group:recherche-financement", "Recherche de financement et ingénierie financière pour les territoires");
    public static readonly WorkingGroup Mds = new("group:engagement-mds", "Quel niveau d'engagement des MDS dans l'accompagnement aux usages numériques des publics accueillis ?");
    public static readonly WorkingGroup Maillage = new("group:maillage-alm", "Réflexion sur le maillage du territoire d'Angers Loire Métropole");
    public static readonly WorkingGroup Precaires = new("group:publics-precaires", "Construction d'une nouvelle offre d'accompagnement pour les publics précaires");
    public static readonly WorkingGroup Reconditionnement = new("group:reconditionnement", "Quel potentiel de la filière « reconditionnement du matériel informatique » en Maine-et-Loire ?");
    public static readonly WorkingGroup Sobriete = new("group:numerique-responsable", "Promouvoir un numérique responsable – formation à la sobriété numérique");
    public static readonly WorkingGroup Domicile = new("group:accompagnement-domicile", "Accompagnement à domicile");

    private static readonly WorkingGroup[] Groups = [Benevoles, Financement, Mds, Maillage, Precaires, Reconditionnement, Sobriete, Domicile];

    public WorkingGroup? Find(string id) => Groups.FirstOrDefault(g => string.Equals(g.Id, id, StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<WorkingGroup> All() => Groups;
}
