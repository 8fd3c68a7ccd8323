using System.Reflection;
using Mednum49.Knowledge.Search;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Benchmarks;

/// <summary>
/// A realistic gazetteer and search corpus for measuring (and testing) understanding and search before the
/// knowledge base exists: the reference geography (embedded copies of the communes CSVs) and the names,
/// actions and territories of the 2023-2025 roadmap. Names and numbers are the document's; descriptions are
/// short paraphrases. Not the knowledge base: the engine builds its own from the loaded model.
/// </summary>
internal static class SampleKnowledge
{
    /// <summary>The action codes of the roadmap (Annexe 2).</summary>
    public static readonly string[] ActionCodes =
    [
        "A.1.1", "A.1.2", "A.1.2.a", "A.1.2.b", "A.2", "A.3.1", "A.3.2", "A.3.3", "A.3.4",
        "B.1", "B.2", "B.3", "B.4", "B.5", "B.6", "B.7", "C.1", "C.2", "C.3", "D.1", "E.1", "E.2.1", "E.2.2", "E.2.3",
    ];

    /// <summary>The nine intercommunalities and their usual short names.</summary>
    private static readonly (string Id, string[] Names)[] Epcis =
    [
        ("epci:alm", ["Angers Loire Métropole", "ALM"]),
        ("epci:abc", ["Anjou Bleu Communauté", "Anjou Bleu", "ABC"]),
        ("epci:als", ["Anjou Loir et Sarthe", "ALS"]),
        ("epci:bv", ["Baugeois Vallée"]),
        ("epci:cholet", ["Cholet Agglomération"]),
        ("epci:lla", ["Loire Layon Aubance", "CCLLA"]),
        ("epci:mauges", ["Mauges Communauté"]),
        ("epci:svl", ["Saumur Val de Loire"]),
        ("epci:vha", ["Vallées du Haut-Anjou", "Vallée du Haut Anjou"]),
    ];

    /// <summary>Bassins, polarités and micro-territories of the fiches (Annexe 3).</summary>
    private static readonly (string Id, string[] Names)[] Subdivisions =
    [
        ("bassin:segreen", ["Le Segréen"]), ("bassin:pouanceen", ["Le Pouancéen"]), ("bassin:candeen", ["Le Candéen"]),
        ("bassin:durtal", ["Durtal"]), ("bassin:seiches", ["Seiches-sur-le-Loir"]), ("bassin:tierce", ["Tiercé"]),
        ("bassin:jarze", ["Jarzé-Villages"]), ("bassin:morannes", ["Morannes-sur-Sarthe-Daumeray"]),
        ("bassin:bauge", ["Baugé-en-Anjou"]), ("bassin:noyant", ["Noyant-Villages et la Pélerine"]),
        ("bassin:entente-vallee", ["L'Entente-Vallée"]),
        ("polarite:vihierois", ["Le Vihierois"]), ("polarite:bocage", ["Le Bocage"]),
        ("polarite:chlorofil", ["Chloro'Fil"]), ("polarite:cholet", ["Cholet"]), ("polarite:ocsigene", ["Ocsigène"]),
        ("polarite:may-sur-evre", ["Le May-sur-Èvre"]),
        ("bassin:douessin", ["Le Douessin"]), ("bassin:montreuillais", ["Le Montreuillais"]), ("bassin:longueen", ["Le Longuéen"]),
        ("bassin:allonnais", ["L'Allonnais"]), ("bassin:gennois", ["Le Gennois"]), ("bassin:saumur", ["Saumur"]),
        ("bassin:peripherie-saumuroise", ["Périphérie saumuroise"]),
        ("bassin:ouest-anjou", ["L'Ouest Anjou"]), ("bassin:lionnais", ["Le pays Lionnais"]),
    ];

    /// <summary>Organisations, places and instances named in the roadmap.</summary>
    private static readonly (string Id, string[] Names)[] Organisations =
    [
        ("organisation:cybanjou", ["Cyb@njou"]), ("organisation:anjou-numerique", ["Anjou Numérique", "SMO Anjou Numérique"]),
        ("organisation:bibliopole", ["BiblioPôle"]), ("organisation:departement", ["Département de Maine-et-Loire", "Conseil départemental"]),
        ("organisation:prefecture", ["Préfecture de Maine-et-Loire", "Préfecture"]), ("organisation:caf", ["Caf de Maine-et-Loire", "CAF49", "CAF"]),
        ("organisation:msa", ["MSA", "MSA49"]), ("organisation:cpam", ["CPAM", "CPAM 49", "Assurance Maladie"]),
        ("organisation:carsat", ["Carsat Pays de la Loire", "Carsat"]),
        ("organisation:fcs", ["Fédération des centres sociaux de Maine-et-Loire et Mayenne", "Fédération des centres sociaux"]),
        ("organisation:francas", ["Les Francas"]), ("organisation:iresa", ["IRESA"]), ("organisation:udaf", ["UDAF"]),
        ("organisation:udccas", ["UDCCAS"]), ("organisation:familles-rurales", ["Familles rurales"]), ("organisation:conumm", ["CONUMM"]),
        ("organisation:envol", ["Envol"]), ("organisation:asept", ["ASEPT"]), ("organisation:canope", ["Réseau CANOPÉ"]),
        ("organisation:poste", ["La Poste"]), ("organisation:pole-emploi", ["Pôle emploi"]),
        ("organisation:coin-de-la-rue", ["Le Coin de la Rue"]), ("organisation:chlorofil", ["Chloro'Fil"]),
        ("organisation:ocsigene", ["Ocsigène"]), ("organisation:kleidoscope", ["K'léidoscope"]),
        ("organisation:pasteur", ["Centre social Pasteur"]), ("organisation:planty", ["Planty"]), ("organisation:horizon", ["Horizon"]),
        ("organisation:le-verger", ["Le Verger"]), ("organisation:toile-de-graines", ["Toile de Graines"]),
        ("organisation:espace-baugeois", ["Espace Baugéois"]), ("organisation:aicla", ["AICLA"]),
        ("organisation:scoope", ["La Scoope"]), ("organisation:afriej", ["L'Afriej"]), ("organisation:mjc-saumur", ["MJC de Saumur"]),
        ("organisation:elie-chamard", ["Médiathèque Elie Chamard"]), ("organisation:bocal", ["Le boc@l"]),
        ("instance:copil", ["Comité de pilotage", "COPIL"]), ("instance:partenaires", ["Comité des partenaires"]),
        ("instance:animation", ["Groupe animation & coordination"]),
        ("topic:gens-du-voyage", ["gens du voyage"]), ("topic:france-services", ["France Services"]),
        ("topic:conseiller-numerique", ["conseiller numérique", "conseillers numériques"]),
        ("topic:promeneurs", ["Promeneurs du net"]), ("topic:pop-id", ["POP ID"]), ("topic:sobriete", ["sobriété numérique"]),
        ("topic:parentalite", ["parentalité numérique"]), ("topic:fabrique", ["La fabrique du numérique"]),
        ("topic:ma-vie-en-numerique", ["Ma vie en numérique"]), ("topic:gtn49", ["GTN49"]),
        ("topic:numerique-en-communs", ["Numérique en commun[s]", "Numérique en communs"]),
    ];

    /// <summary>The participants of Annexe 4 (surname, first name).</summary>
    private static readonly (string Surname, string FirstName)[] People =
    [
        ("AUDOUIN", "Christophe"), ("BAPTISTE", "Lucie"), ("BARBOT", "Grégoire"), ("BERNARD", "Sandrine"), ("BESSE", "Benoit"),
        ("BOMARD", "Olivier"), ("BOUE", "Benjamin"), ("BRAULT", "Thomas"), ("CARO", "Sébastien"), ("CHARTIER", "Zoé"),
        ("CHEVALIER", "Jean"), ("CLAUDE", "Marie-Odile"), ("DOUBLEAU", "Emmanuelle"), ("ENZA", "Virginie"), ("GILLES", "Nathalie"),
        ("GIRAUDEAU", "Mathilde"), ("GODREAU", "Yvan"), ("GUEDJALI", "Hervé"), ("HAYTON", "Hélène"), ("HEMERY", "Cécile"),
        ("HERAIL", "Laura"), ("HIVERT", "Mélanie"), ("JANITOR", "Hélène"), ("JOUIN", "Amandine"), ("LAGARDE", "Carine"),
        ("LAMY", "Marie"), ("LUCAS", "Christine"), ("MALLET", "Vincent"), ("MARQUIS", "Richard"), ("MILLET", "Nadia"),
        ("MOISSON", "Alexandre"), ("PERRAUD", "Fanny"), ("PINEAU", "Fabienne"), ("PINEAU", "Annie"), ("BORBELY", "Judith"),
        ("MALLARD", "Camille"), ("ROUSSEAU", "Gwenaël"), ("SERGENT", "Alexandra"), ("TAUPIN", "Jean-Luc"), ("TUSSEAU", "Sébastien"),
    ];

    /// <summary>Synonym groups for the search, as the engine would configure them.</summary>
    public static readonly SynonymGroups Synonyms = new(
    [
        ["gens du voyage", "voyageurs", "itinérants"],
        ["bibliothèque", "médiathèque"],
        ["sobriété numérique", "numérique responsable", "écologie"],
        ["financement", "subvention"],
        ["parentalité", "parents"],
        ["reconditionnement", "recyclage"],
        ["France Services", "maison France Services", "MFS"],
    ]);

    /// <summary>
    /// About 2 000 surface forms: communes and former communes (with their intercommunality), the roadmap's
    /// names, and the kind of local places a knowledge base lists for each commune (mairie, médiathèque…).
    /// </summary>
    public static List<EntityName> Gazetteer()
    {
        var entities = new List<EntityName>();
        entities.AddRange(Epcis.Select(e => new EntityName(e.Id, "epci", e.Names)));
        entities.AddRange(Subdivisions.Select(s => new EntityName(s.Id, "subdivision", s.Names)));
        entities.AddRange(Organisations.Select(o => new EntityName(o.Id, o.Id[..o.Id.IndexOf(':')], o.Names)));
        entities.AddRange(People.Select(p => new EntityName(
            $"person:{p.Surname.ToLowerInvariant()}-{p.FirstName.ToLowerInvariant()}",
            "person",
            [$"{p.FirstName} {Capitalise(p.Surname)}", $"{Capitalise(p.Surname)} {p.FirstName}", Capitalise(p.Surname)])));

        foreach (var commune in Communes())
        {
            entities.Add(new EntityName($"commune:{commune.Code}", "commune", [commune.Name]));
            entities.Add(new EntityName($"place:mairie-{commune.Code}", "place", [$"Mairie de {commune.Name}"]));
            entities.Add(new EntityName($"place:mediatheque-{commune.Code}", "place", [$"Médiathèque de {commune.Name}"]));
            entities.Add(new EntityName($"place:centre-social-{commune.Code}", "place", [$"Centre social de {commune.Name}"]));
            entities.Add(new EntityName($"place:france-services-{commune.Code}", "place", [$"France Services de {commune.Name}"]));
            entities.Add(new EntityName($"place:espace-numerique-{commune.Code}", "place", [$"Espace numérique de {commune.Name}"]));
        }

        foreach (var former in FormerCommunes())
        {
            entities.Add(new EntityName($"former:{former.Code}", "former-commune", [former.Name]));
            entities.Add(new EntityName($"place:mairie-deleguee-{former.Code}", "place", [$"Mairie déléguée de {former.Name}"]));
            entities.Add(new EntityName($"place:bibliotheque-{former.Code}", "place", [$"Bibliothèque de {former.Name}"]));
        }

        return entities;
    }

    /// <summary>The 176 communes: INSEE code, name, intercommunality, population.</summary>
    public static IEnumerable<(string Code, string Name, string Epci, int Population)> Communes() =>
        ReadCsv("communes-49.csv").Select(r => (r[0], r[1], r[2], int.Parse(r[5], System.Globalization.CultureInfo.InvariantCulture)));

    /// <summary>The 230 former communes: INSEE code, name, commune nouvelle.</summary>
    public static IEnumerable<(string Code, string Name, string Commune)> FormerCommunes() =>
        ReadCsv("communes-deleguees-49.csv").Select(r => (r[0], r[1], r[4]));

    /// <summary>A search corpus shaped like the knowledge base's: actions, working groups, territory fiches, instances, organisations.</summary>
    public static List<SearchDocument> Documents()
    {
        var documents = new List<SearchDocument>
        {
            Action("A.1.1", "Coordination de la Mednum49", "Département de Maine-et-Loire (Service ingénierie territoriale)", "Piloter et financer une stratégie d'accompagnement numérique", "Le Département coordonne le réseau des partenaires et la feuille de route."),
            Action("A.1.2", "Animation du réseau des médiateurs numériques", "Cyb@njou", "Piloter et financer une stratégie d'accompagnement numérique", "Mise en réseau des professionnels de la médiation numérique : se former, échanger, partager des ressources."),
            Action("A.1.2.a", "Cartographie des compétences du réseau", "Cyb@njou", "Piloter et financer une stratégie d'accompagnement numérique", "Recenser qui sait faire quoi parmi les médiateurs du réseau."),
            Action("A.1.2.b", "Coordination des services civiques numériques", "Cyb@njou", "Piloter et financer une stratégie d'accompagnement numérique", "Coordonner les jeunes en service civique qui aident aux usages numériques."),
            Action("A.2", "Comité des financeurs « Accompagnement aux usages numériques »", "CAF49", "Piloter et financer une stratégie d'accompagnement numérique", "Les financeurs se coordonnent pour soutenir durablement la médiation."),
            Action("A.3.1", "Stratégie de communication départementale et locale", "Fédération des centres sociaux Maine-et-Loire et Mayenne", "Communication et événements", "Faire connaître les actions du réseau aux publics et aux partenaires."),
            Action("A.3.2", "Ma vie en numérique", "Département de Maine-et-Loire (Service ingénierie territoriale)", "Communication et événements", "Un événement départemental sur les usages numériques du quotidien."),
            Action("A.3.3", "La fabrique du numérique", "Département de Maine-et-Loire (BiblioPôle)", "Communication et événements", "Un événement organisé par le BiblioPôle autour de la création numérique."),
            Action("A.3.4", "Numérique en commun[s]", "Cyb@njou", "Communication et événements", "Rencontre des acteurs de la médiation numérique."),
            Action("B.1", "Maillage des territoires peu ou pas pourvus", "Anjou numérique", "Poursuivre la structuration des territoires", "Aider les collectivités où l'offre d'accompagnement manque à la construire."),
            Action("B.2", "Réseaux locaux d'inclusion numérique", "Anjou numérique", "Poursuivre la structuration des territoires", "Mettre en réseau les acteurs d'un bassin de vie pour faciliter le parcours des usagers."),
            Action("B.3", "Convergence des dispositifs France Services et Conseiller numérique", "Cyb@njou / Préfecture", "Poursuivre la structuration des territoires", "Rapprocher les conseillers France Services et les conseillers numériques."),
            Action("B.4", "Outil de recensement de l'offre d'accompagnement aux usages numériques", "Département de Maine-et-Loire (BiblioPôle)", "Poursuivre la structuration des territoires", "Un outil cartographique des lieux et des actions d'accompagnement."),
            Action("B.5", "GTN49, groupe de Travail Numérique des bibliothécaires de Maine-et-Loire", "Département de Maine-et-Loire (BiblioPôle)", "Poursuivre la structuration des territoires", "Les bibliothécaires du département partagent leurs pratiques numériques."),
            Action("B.6", "L'accompagnement aux usages numériques pour les gens du voyage", "Département de Maine-et-Loire (DAST, Direction stratégie, organisation et projet)", "Poursuivre la structuration des territoires", "Des actions spécifiques pour que les gens du voyage accèdent à leurs droits en ligne."),
            Action("B.7", "La parentalité à l'ère du numérique", "Anjou numérique", "Poursuivre la structuration des territoires", "Accompagner les parents face aux écrans et aux usages numériques des enfants."),
            Action("C.1", "Formation des décideurs", "Anjou numérique", "Former et sensibiliser les acteurs", "Former les élus et décideurs locaux aux enjeux de l'inclusion numérique."),
            Action("C.2", "Sensibilisation et formations numériques pour les bibliothèques et leurs usagers", "Département de Maine-et-Loire (BiblioPôle)", "Former et sensibiliser les acteurs", "Le BiblioPôle forme les équipes des bibliothèques et sensibilise leurs usagers."),
            Action("C.3", "Les Promeneurs du net 49 en Maine-et-Loire", "Les Francas", "Former et sensibiliser les acteurs", "Une présence éducative en ligne auprès des jeunes."),
            Action("D.1", "Accès à un matériel et une connexion solidaires", "Anjou numérique", "Promouvoir un numérique responsable", "Équiper les publics fragiles en ordinateurs, téléphones et connexion à coût réduit."),
            Action("E.1", "« Le Service Public Numérique de Proximité »", "Anjou numérique", "Expérimenter et outiller", "Une expérimentation d'accueil numérique au plus près des habitants."),
            Action("E.2.1", "Les ressources pédagogiques", "Cyb@njou", "Expérimenter et outiller", "Des supports d'animation partagés entre médiateurs."),
            Action("E.2.2", "Offre de ressources numériques et outils d'animation", "Département de Maine-et-Loire (BiblioPôle)", "Expérimenter et outiller", "Des ressources et du matériel d'animation prêtés aux bibliothèques."),
            Action("E.2.3", "La POP ID, une animation itinérante au service de la médiation numérique", "Fédération des centres sociaux Maine-et-Loire / Mayenne", "Expérimenter et outiller", "Une animation mobile qui va à la rencontre des habitants."),
            WorkingGroup("benevoles", "Les bénévoles acteurs de l'accompagnement numérique sur nos territoire ?", null, "La place des bénévoles dans l'accompagnement."),
            WorkingGroup("financement", "Recherche de financement et ingénierie financière pour les territoires", "Cyb@njou / Anjou Numérique", "Trouver des financements durables pour la médiation numérique locale."),
            WorkingGroup("mds", "Quel niveau d'engagement des MDS dans l'accompagnement aux usages numériques des publics accueillis ?", null, "Le rôle des Maisons des solidarités auprès de leurs publics."),
            WorkingGroup("maillage-alm", "Réflexion sur le maillage du territoire d'Angers Loire Métropole", "Préfecture", "Couvrir les communes de l'agglomération angevine sans offre."),
            WorkingGroup("publics-precaires", "Construction d'une nouvelle offre d'accompagnement pour les publics précaires", null, "Adapter l'accompagnement aux personnes en grande précarité."),
            WorkingGroup("reconditionnement", "Quel potentiel de la filière « reconditionnement du matériel informatique » en Maine-et-Loire ?", "IRESA", "Donner une seconde vie aux ordinateurs pour les publics fragiles."),
            WorkingGroup("sobriete", "Promouvoir un numérique responsable – formation à la sobriété numérique", "Fédération des centres sociaux Maine-et-Loire / Mayenne", "Réduire l'impact environnemental des usages numériques."),
            WorkingGroup("domicile", "Accompagnement à domicile", "Anjou numérique", "Accompagner chez elles les personnes qui ne peuvent pas se déplacer."),
            Territory("alm", "Angers Loire Métropole", "29 communes et 303 500 habitants. Angers porte une stratégie numérique ; Loire-Authion porte une France Services avec l'AICLA. Dix communes du nord-est n'ont pas d'offre de médiation numérique."),
            Territory("abc", "Anjou Bleu Communauté", "34615 habitants. Trois bassins : le Segréen, le Pouancéen et le Candéen. France Services à Candé et à Ombrée d'Anjou. Un conseiller numérique d'Anjou Numérique et un conseiller de l'association Envol à Segré-en-Anjou-Bleu."),
            Territory("als", "Anjou Loir et Sarthe", "17 communes et 27998 habitants, cinq bassins. France Services à Durtal avec une antenne à Seiches-sur-le-Loir et un camping-car France Services itinérant."),
            Territory("bv", "Baugeois Vallée", "35 300 habitants, 7 communes, trois bassins : Baugé-en-Anjou, Noyant-Villages et la Pélerine, l'Entente-Vallée. Le centre social Toile de Graines à Beaufort-en-Anjou."),
            Territory("cholet", "Cholet Agglomération", "105 000 habitants, six polarités : le Vihierois, le Bocage, Chloro'Fil, Cholet, Ocsigène et Le May-sur-Èvre. Une France Services portée par le centre socioculturel Le Coin de la Rue à Lys-Haut-Layon."),
            Territory("lla", "Loire Layon Aubance", "56 685 habitants, quatre micro-territoires et quatre France Services coordonnées par la communauté de communes."),
            Territory("mauges", "Mauges Communauté", "120 454 habitants, six communes nouvelles : Beaupréau-en-Mauges, Chemillé-en-Anjou, Mauges-sur-Loire, Montrevault-sur-Evre, Orée-d'Anjou et Sèvremoine, chacune avec une France Services."),
            Territory("svl", "Saumur Val de Loire", "98 377 habitants, 45 communes en 7 bassins. France Services à Doué-en-Anjou, Montreuil-Bellay, Gennes-Val-de-Loire et Allonnes."),
            Territory("vha", "Vallées du Haut-Anjou", "36542 habitants, 16 communes, trois bassins. France Services au Louroux-Béconnais, à Châteauneuf-sur-Sarthe et au Lion-d'Angers (MSA)."),
            new SearchDocument("instance:copil", "instance", "Comité de pilotage", "Se réunit une fois par an et valide la feuille de route. Composé des signataires de la feuille de route et des représentants des territoires.", ["COPIL", "gouvernance"]),
            new SearchDocument("instance:partenaires", "instance", "Comité des partenaires", "Se réunit trois fois par an ; les techniciens des structures partenaires y suivent les actions en cours.", ["gouvernance"]),
            new SearchDocument("instance:animation", "instance", "Groupe animation & coordination", "Prépare les instances et les événements ; techniciens du Département, de la Préfecture, d'Anjou numérique et de Cyb@njou.", ["gouvernance"]),
            new SearchDocument("organisation:cybanjou", "organisation", "Cyb@njou", "Réseau des professionnels de la médiation numérique, animé par la Fédération des centres sociaux du Maine-et-Loire et de la Mayenne.", ["Cybanjou"]),
            new SearchDocument("organisation:bibliopole", "organisation", "BiblioPôle", "Service du Département pour les bibliothèques : événements, formation des bénévoles et professionnels, outils d'animation et ressources numériques.", ["Bibliopole"]),
            new SearchDocument("organisation:anjou-numerique", "organisation", "Anjou Numérique", "Syndicat mixte ouvert du déploiement de la fibre optique ; accompagne depuis 2021 les collectivités dans leur offre d'inclusion numérique avec 8 conseillers numériques.", ["SMO"]),
            new SearchDocument("organisation:francas", "organisation", "Les Francas", "Association d'éducation populaire, porteuse des Promeneurs du net. Contact : Thomas Brault.", ["Francas"]),
            new SearchDocument("organisation:cpam", "organisation", "CPAM de Maine-et-Loire", "L'Assurance Maladie accompagne ses assurés vers l'autonomie numérique. Contacts : Sébastien Caro, Gwenaël Rousseau.", ["Assurance Maladie"]),
        };

        // One short fiche per commune, as the knowledge base lists them: many similar documents, as in real life.
        documents.AddRange(Communes().Select(c => new SearchDocument(
            $"commune:{c.Code}",
            "commune",
            c.Name,
            $"Commune de {c.Epci}, {c.Population} habitants.",
            Boost: 0.5f)));
        return documents;
    }

    private static SearchDocument Action(string code, string title, string lead, string axis, string summary) =>
        new($"action:{code}", "action", $"{code} — {title}", $"Porteur : {lead}. Axe : {axis}. {summary}", [code, "action"]);

    private static SearchDocument WorkingGroup(string id, string title, string? lead, string summary) =>
        new($"workgroup:{id}", "workgroup", $"Groupe de travail : {title}", lead is null ? summary : $"Animé par : {lead}. {summary}", ["groupe de travail"]);

    private static SearchDocument Territory(string id, string name, string text) =>
        new($"territory:{id}", "territory", name, text, ["intercommunalité", "EPCI", "fiche territoire"]);

    private static string Capitalise(string surname) =>
        string.Join('-', surname.Split('-').Select(p => p[..1] + p[1..].ToLowerInvariant()));

    private static IEnumerable<string[]> ReadCsv(string name)
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream($"Mednum49.Knowledge.Benchmarks.{name}")
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(stream);
        var rows = new List<string[]>();
        reader.ReadLine();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length > 0)
            {
                rows.Add(SplitCsv(line));
            }
        }

        return rows;
    }

    private static string[] SplitCsv(string line)
    {
        var fields = new List<string>();
        var field = new System.Text.StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == ',' && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
