using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Answering;

/// <summary>How answers name entities: leads as the document writes them, communes with their commune nouvelle, places with their commune.</summary>
internal static class Names
{
    public static string Of(KnowledgeBase kb, string? id) => id is null ? "" : kb.Find(id)?.Name ?? "";

    /// <summary>"Département de Maine-et-Loire (BiblioPôle)", "Cyb@njou".</summary>
    public static string Lead(KnowledgeBase kb, Lead lead) =>
        lead.UnitId is { } unit ? $"{Of(kb, lead.OrganisationId)} ({Of(kb, unit)})" : Of(kb, lead.OrganisationId);

    /// <summary>Who carries an action: the document's words when it names a lead, else the parent's lead, said so.</summary>
    public static string LeadsOf(KnowledgeBase kb, RoadmapAction action)
    {
        if (action.LeadAsWritten is { Length: > 0 } written && !action.LeadsInherited)
        {
            return written;
        }

        var leads = Labels.Enumerate(action.Leads.Select(l => Lead(kb, l)));
        if (action.LeadsInherited && action.ParentId is { } parent && kb.Find<RoadmapAction>(parent) is { } parentAction)
        {
            return $"{leads} (porteur de l'action {parentAction.Code}, dont elle fait partie)";
        }

        return leads.Length > 0 ? leads : "non précisé par le document";
    }

    public static string LeadsOf(KnowledgeBase kb, WorkingGroup group) =>
        group.LeadAsWritten is { Length: > 0 } written ? written
        : group.Leads.Count > 0 ? Labels.Enumerate(group.Leads.Select(l => Lead(kb, l)))
        : "";

    /// <summary>"Vihiers (commune déléguée de Lys-Haut-Layon)", "Candé".</summary>
    public static string Commune(KnowledgeBase kb, string? communeOrFormerId)
    {
        switch (communeOrFormerId is null ? null : kb.Find(communeOrFormerId))
        {
            case Commune commune:
                return commune.Name;
            case FormerCommune former:
                var today = kb.Find<Commune>(former.CommuneId);
                return today is null ? former.Name : $"{former.Name} ({(former.Type == "COMA" ? "commune associée" : "commune déléguée")} {Labels.De(today.Name)})";
            default:
                return "";
        }
    }

    /// <summary>The commune a place is in, by its own name ("Chemillé" for a commune déléguée), or null.</summary>
    public static string? CommuneOfPlace(KnowledgeBase kb, Place place) => place.CommuneId is { } id ? ShortCommune(kb, id) : null;

    /// <summary>"Vihiers" for the former commune, "Candé" for the commune.</summary>
    public static string? ShortCommune(KnowledgeBase kb, string id) => kb.Find(id) switch
    {
        Commune commune => commune.Name,
        FormerCommune former => former.Name,
        _ => null,
    };

    /// <summary>"Les Francas", "Département de Maine-et-Loire - Bibliopôle": the structure as the list of participants writes it.</summary>
    public static string StructureOf(KnowledgeBase kb, Person person)
    {
        if (person.StructureAsWritten is { Length: > 0 } written)
        {
            return written;
        }

        var structure = Of(kb, person.StructureId);
        return person.UnitId is { } unit ? $"{structure} - {Of(kb, unit)}" : structure;
    }

    /// <summary>"Le Coin de la Rue (centre social, Lys-Haut-Layon)": a place with what it is and where.</summary>
    public static string PlaceWithContext(KnowledgeBase kb, Place place)
    {
        var details = new List<string>();
        if (!place.Name.Contains(Labels.PlaceKind(place.Kind), StringComparison.OrdinalIgnoreCase))
        {
            details.Add(Labels.PlaceKind(place.Kind));
        }

        if (place.CommuneId is { } communeId && ShortCommune(kb, communeId) is { } commune)
        {
            var named = Understanding.TextNormalizer.Fold(place.Name).Contains(Understanding.TextNormalizer.Fold(commune), StringComparison.Ordinal);
            if (kb.Find(communeId) is FormerCommune former && kb.Find<Commune>(former.CommuneId) is { } today)
            {
                details.Add(named ? today.Name : $"{commune}, {today.Name}");
            }
            else if (!named)
            {
                details.Add(commune);
            }
        }

        return details.Count == 0 ? place.Name : $"{place.Name} ({string.Join(", ", details)})";
    }

    /// <summary>"le Vihierois (polarité de Cholet Agglomération)".</summary>
    public static string SubdivisionWithTerritory(KnowledgeBase kb, Subdivision subdivision) =>
        $"{subdivision.Name} ({Labels.SubdivisionKind(subdivision.Kind)} {Labels.De(Of(kb, subdivision.TerritoryId))})";

    /// <summary>An actor's name: a commune acting on its own reads "la commune de X", a territory "la communauté X".</summary>
    public static string Actor(KnowledgeBase kb, string id) => kb.Find(id) switch
    {
        Commune commune => $"la commune {Labels.De(commune.Name)}",
        Territory territory => territory.Name,
        Place place => place.Name,
        { } entity => entity.Name,
        null => id,
    };
}
