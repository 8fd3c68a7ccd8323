using System.Collections.Frozen;
using System.IO.Compression;
using System.Reflection;

namespace Mednum49.Knowledge.Understanding;

/// <summary>Folded French word lists the matcher relies on (all lower case, no accent).</summary>
internal static class FrenchWords
{
    /// <summary>Function words: never a match on their own, never the first or last word of a fuzzy match.</summary>
    public static readonly FrozenSet<string> StopWords = new[]
    {
        "a", "au", "aux", "avec", "c", "ce", "ces", "cet", "cette", "d", "dans", "de", "des", "du", "elle", "elles",
        "en", "est", "et", "il", "ils", "j", "je", "l", "la", "le", "les", "leur", "leurs", "lui", "m", "ma", "me",
        "mes", "mon", "n", "ne", "nos", "notre", "nous", "on", "ou", "par", "pas", "pour", "qu", "que", "qui", "quoi",
        "s", "sa", "sans", "se", "ses", "son", "sur", "sous", "t", "ta", "te", "tes", "ton", "tu", "un", "une",
        "vos", "votre", "vous", "y",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Leading articles that people often drop from a place name ("Le Lion-d'Angers" → "Lion d'Angers").</summary>
    public static readonly FrozenSet<string> Articles = new[] { "l", "la", "le", "les" }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// Everyday words of orientation questions. They are matched exactly or not at all: a typo-tolerant
    /// lookup would otherwise turn "bassin" into a commune or "service" into a person.
    /// </summary>
    public static readonly FrozenSet<string> CommonWords = new[]
    {
        // Questions and requests.
        "bonjour", "merci", "svp", "stp", "comment", "combien", "pourquoi", "quand", "quel", "quelle", "quels",
        "quelles", "lequel", "laquelle", "lesquels", "lesquelles", "existe", "existent", "trouver", "trouve",
        "chercher", "cherche", "besoin", "savoir", "connaitre", "contacter", "joindre", "occupe", "occupent",
        "porte", "portent", "porter", "portee", "anime", "animent", "animer", "represente", "representent",
        "compose", "composent", "presente", "presentes", "peut", "peuvent", "pourrait", "faire", "fait", "liste",
        "donner", "donne", "montrer", "aussi", "encore", "autre", "autres", "tous", "toutes", "tout", "toute",
        "chaque", "plusieurs", "entre", "autour", "aupres", "proche", "proches", "pres", "chez", "vers", "depuis",
        "alors", "avant", "apres", "mieux", "moins", "plus", "tres", "bien", "beaucoup",
        // Places and territories.
        "bassin", "bassins", "commune", "communes", "territoire", "territoires", "polarite", "polarites",
        "secteur", "secteurs", "zone", "zones", "ville", "villes", "village", "villages", "quartier", "quartiers",
        "canton", "departement", "departemental", "departementale", "region", "regional", "intercommunalite",
        "intercommunalites", "communaute", "communautes", "agglomeration", "metropole", "epci", "deleguee",
        "deleguees", "nouvelle", "nouvelles", "rural", "rurale", "rurales", "ruraux", "local", "locale", "locaux",
        "locales", "lieu", "lieux", "adresse", "adresses",
        // People and organisations.
        "conseiller", "conseillers", "conseillere", "conseilleres", "mediateur", "mediateurs", "mediatrice",
        "mediatrices", "animateur", "animateurs", "animatrice", "benevole", "benevoles", "agent", "agents",
        "contact", "contacts", "referent", "referente", "referents", "responsable", "responsables", "personne",
        "personnes", "habitant", "habitants", "population", "public", "publics", "usager", "usagers", "senior",
        "seniors", "jeune", "jeunes", "famille", "familles", "partenaire", "partenaires", "acteur", "acteurs",
        "structure", "structures", "association", "associations", "centre", "centres", "social", "sociale",
        "sociales", "sociaux", "socioculturel", "espace", "espaces", "maison", "maisons", "mairie", "mairies",
        "bibliotheque", "bibliotheques", "mediatheque", "mediatheques", "service", "services", "france",
        "operateur", "operateurs", "collectivite", "collectivites", "syndicat", "federation",
        // Topics and the roadmap.
        "numerique", "numeriques", "mediation", "inclusion", "accompagnement", "accompagner", "aide", "aider",
        "aidant", "aidants", "demarche", "demarches", "administratif", "administrative", "administratives",
        "action", "actions", "axe", "axes", "groupe", "groupes", "travail", "fiche", "fiches", "projet", "projets",
        "reseau", "reseaux", "comite", "pilotage", "coordination", "financement", "financements", "formation",
        "formations", "atelier", "ateliers", "permanence", "permanences", "offre", "offres", "feuille", "route",
        "strategie", "diagnostic", "dispositif", "dispositifs", "outil", "outils", "ressource", "ressources",
        "internet", "ordinateur", "ordinateurs", "tablette", "tablettes", "telephone", "materiel", "connexion",
        "horaires", "ouvert", "ouverte", "rendez",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>
    /// The most frequent French words of five letters or more (see Data/NOTICE.md). People type them right;
    /// one letter away from a commune's name they are still themselves ("chance" is not Chacé).
    /// </summary>
    public static readonly FrozenSet<string> FrequentWords = LoadFrequentWords();

    /// <summary>Abbreviations people type in names, expanded before matching.</summary>
    public static readonly FrozenDictionary<string, string> Abbreviations = new Dictionary<string, string>
    {
        ["st"] = "saint",
        ["ste"] = "sainte",
        ["agglo"] = "agglomeration",
        ["fede"] = "federation",
        ["asso"] = "association",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> StopWordLookup = StopWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> CommonWordLookup = CommonWords.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> AbbreviationLookup = Abbreviations.GetAlternateLookup<ReadOnlySpan<char>>();

    public static readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> FrequentWordLookup = FrequentWords.GetAlternateLookup<ReadOnlySpan<char>>();

    private static FrozenSet<string> LoadFrequentWords()
    {
        const string name = "Mednum49.Knowledge.Understanding.french-frequent-words.txt.gz";
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Embedded resource {name} is missing.");
        using var reader = new StreamReader(new GZipStream(stream, CompressionMode.Decompress));
        var words = new List<string>(22_000);
        while (reader.ReadLine() is { } word)
        {
            if (word.Length > 0)
            {
                words.Add(word);
            }
        }

        return words.ToFrozenSet(StringComparer.Ordinal);
    }
}
