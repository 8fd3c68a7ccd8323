using System.Collections.Frozen;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Answering;

/// <summary>
/// The French words and phrases that say what kind of answer a question wants, in folded form (lower case, no
/// accent, apostrophes and hyphens as spaces: "s'occupe" is "s occupe", "y a-t-il" is "y a t il").
/// A single word of five letters or more also matches with one typo ("populasion", "habitans"), unless the
/// typed word is itself an everyday French word.
/// </summary>
internal static class CueLexicon
{
    private static readonly (Cue Cue, string[] Phrases)[] Entries =
    [
        (Cue.Who, ["qui", "vers qui", "aupres de qui", "a qui"]),
        (Cue.Contact, [
            "contact", "contacts", "contacter", "contacte", "contactez", "joindre", "interlocuteur", "interlocuteurs", "interlocutrice", "referent",
            "referente", "referents", "referentes", "represente", "representent", "representant", "representants",
            "representante", "correspondant", "correspondante", "coordonnees", "qui appeler", "personne a contacter",
            "personnes a contacter", "qui ecrire", "joignable", "joignables"]),
        (Cue.ContactDetails, [
            "telephone", "tel", "numero", "mail", "email", "mails", "courriel", "adresse mail", "adresse e mail", "e mail",
            "portable", "appeler", "telephoner", "adresse electronique", "adresse", "adresses", "adresse postale", "horaires", "horaire",
            "heures d ouverture", "jours d ouverture", "ouvert", "ouverte", "ouverts", "ouvertes", "ouverture", "site internet", "site web",
            "site", "sites", "url", "lien", "page web", "page facebook", "facebook", "rendez vous", "rdv", "coordonnees",
            "comment joindre", "comment le joindre", "comment la joindre", "comment les joindre", "comment contacter",
            "comment le contacter", "comment la contacter", "comment les contacter", "comment l appeler", "comment les appeler"]),
        (Cue.WhoIs, ["qui est", "qui sont", "c est qui", "cest qui"]),
        (Cue.Definition, [
            "c est quoi", "cest quoi", "qu est ce que", "qu est ce qu", "quest ce que", "que fait", "que font", "que porte",
            "que portent", "role", "a quoi sert", "presentation", "presente moi", "definition", "kesako", "quoi",
            "que propose", "que proposent", "que se passe", "fait quoi", "qu y a t il"]),
        (Cue.Population, [
            "habitant", "habitants", "population", "populations", "combien de personnes", "combien de gens", "demographie",
            "hab", "nombre d habitants", "nb d habitants", "peuplee", "peuple"]),
        (Cue.HowMany, ["combien", "nombre", "nb", "cb", "cbn", "nombre de"]),
        (Cue.Communes, ["commune", "communes", "villes", "villages", "municipalites"]),
        (Cue.Location, [
            "dans quel", "dans quelle", "quel bassin", "quelle polarite", "quel epci", "quelle interco", "quelle intercommunalite",
            "quelle communaute", "quelle commune", "quel territoire", "quel secteur", "quelle agglo", "fait partie", "font partie",
            "appartient", "appartiennent", "appartenir", "depend", "dependent", "rattache", "rattachee", "rattachement",
            "c est ou", "cest ou", "ou est", "ou se trouve", "se trouve", "se situe", "situe", "situee", "localisation",
            "a quel", "a quelle", "de quel", "de quelle", "ou ca", "ou c est", "ou sont", "ou se situe"]),
        (Cue.List, [
            "quels sont", "quelles sont", "quels", "quelles", "liste", "lister", "listes", "tous les", "toutes les",
            "l ensemble des", "la liste", "enumere", "citer", "cite", "lesquels", "lesquelles", "c est lesquels", "c est lesquelles"]),
        (Cue.YesNo, [
            "y a t il", "ya t il", "y a til", "y a t'il", "existe t il", "il y a", "est ce qu il y a", "y en a t il", "y a", "ya",
            "existe", "existent", "est il", "est elle"]),
        (Cue.Subdivision, [
            "bassin", "bassins", "polarite", "polarites", "sous polarite", "sous polarites", "micro territoire",
            "micro territoires", "microterritoire", "microterritoires", "pole", "poles", "secteur", "secteurs", "bassin de vie",
            "bassins de vie", "decoupage"]),
        (Cue.Epci, [
            "epci", "interco", "intercos", "intercommunalite", "intercommunalites", "communaute de communes",
            "communautes de communes", "communaute d agglomeration", "communaute", "agglo", "agglomeration", "agglomerations",
            "cc", "com com", "comcom"]),
        (Cue.Territories, ["intercommunalites", "epci", "intercos", "territoires", "communautes de communes", "agglomerations"]),
        (Cue.FranceServices, [
            "france services", "france service", "maison france services", "maisons france services", "maison france service",
            "msap", "mfs", "maison de services au public", "espace france services", "fs"]),
        (Cue.Advisers, [
            "conseiller numerique", "conseillers numeriques", "conseillere numerique", "conseilleres numeriques", "conseiller",
            "conseillers", "conseillere", "conseilleres", "cnfs", "cn", "mediateur", "mediateurs", "mediatrice", "mediatrices",
            "mediateur numerique", "mediateurs numeriques", "coordinateur", "coordinatrice", "coordinateurs", "coordinatrices",
            "animateur numerique", "animatrice numerique", "animateurs numeriques", "emploie", "emploient", "employeur",
            "postes"]),
        (Cue.SocialCentres, [
            "centre social", "centres sociaux", "centre socioculturel", "centres socioculturels", "centre socio culturel",
            "centres socio culturels", "csc", "evs", "espace de vie sociale", "espaces de vie sociale", "espace de vie social",
            "mjc", "mjcs", "structure d animation de la vie sociale", "structures d animation de la vie sociale",
            "animation de la vie sociale", "espace socioculturel", "cs", "asvs", "structure d animation", "structures d animation"]),
        (Cue.Fablabs, ["fablab", "fablabs", "fab lab", "fab labs", "tiers lieu", "tiers lieux", "imprimante 3d"]),
        (Cue.Libraries, ["mediatheque", "mediatheques", "bibliotheque", "bibliotheques", "lecture publique"]),
        (Cue.Cybercentres, ["cybercentre", "cybercentres", "cyber centre", "cyber centres", "epn", "espace public numerique"]),
        (Cue.SocialAction, ["ccas", "cias"]),
        (Cue.Actions, ["action", "actions", "fiche action", "fiches actions", "fiches action", "projet", "projets", "plan d action"]),
        (Cue.Groups, ["groupe de travail", "groupes de travail", "groupe travail", "gt", "groupe", "groupes"]),
        (Cue.Axes, ["axe", "axes"]),
        (Cue.Governance, [
            "comite", "comites", "copil", "instance", "instances", "gouvernance", "reunion", "reunions", "pilotage",
            "gouverne", "fonctionnement", "valide", "valider", "validation", "approuve", "approuver", "decide", "decider", "qui decide"]),
        (Cue.Frequency, [
            "frequence", "combien de fois", "tous les combien", "se reunit", "se reunissent", "periodicite", "par an",
            "quand se reunit", "se reunit il", "reunit"]),
        (Cue.Composition, [
            "compose", "composent", "composition", "siege", "siegent", "membres", "qui participe", "qui participent",
            "participants", "participe", "y siege"]),
        (Cue.Signatories, ["signataire", "signataires", "a signe", "ont signe", "signe", "signee", "signature", "signatures", "signer"]),
        (Cue.Agreement, ["accord", "accord de cooperation", "convention de cooperation", "pacte", "protocole", "partenariat"]),
        (Cue.Duration, [
            "duree", "combien de temps", "pour combien", "renouvele", "renouvelee", "renouvellement", "renouveler", "expire",
            "echeance", "dure", "combien d annees"]),
        (Cue.Withdrawal, [
            "quitter", "quitte", "retirer", "se retirer", "retrait", "sortir", "sortie", "resilier", "resiliation",
            "desengager", "partir"]),
        (Cue.Joining, [
            "rejoindre", "rejoint", "adherer", "adhesion", "nouveau partenaire", "nouveaux partenaires", "integrer",
            "devenir partenaire", "entrer dans", "entree", "entree d un nouveau partenaire", "participer"]),
        (Cue.Objectives, ["objectif", "objectifs", "principes", "engagements", "engage", "s engage", "s engagent"]),
        (Cue.Head, [
            "president", "presidente", "directeur", "directrice", "prefet", "vice president", "vice presidente", "dirigeant",
            "dirigeante", "directeur general", "directrice generale", "patron", "preside", "presidee", "presider", "presidence", "qui dirige", "dirige"]),
        (Cue.Organisations, [
            "organisations", "organismes", "partenaires", "membres", "structures partenaires", "institutions", "signataires"]),
        (Cue.Roadmap, ["feuille de route", "mednum49", "mednum 49", "mednum", "reseau mednum"]),
        (Cue.OffDomain, [
            "meteo", "quel temps", "temps fera", "fera t il", "pluie", "pleuvoir", "pleut", "neige", "temperature", "recette",
            "recettes", "cuisine", "cuisiner", "crepe", "crepes", "gateau", "match", "matchs", "score", "football", "foot",
            "rugby", "basket", "handball", "sport", "sports", "coupe du monde", "train", "trains", "sncf", "tgv", "billet",
            "billets", "tarif", "tarifs", "prix", "coute", "coutent", "cout", "couts", "abonnement", "abonnements", "forfait",
            "film", "films", "cinema", "musique", "chanson", "restaurant", "restaurants", "hotel", "vacances", "blague",
            "horoscope", "loto", "bourse", "immobilier", "loyer", "quelle heure", "gagne", "championnat",
            "promo", "soldes", "voiture", "medecin", "pharmacie", "hopital", "urgences"]),
        (Cue.OffTopic, [
            "acheter", "achete", "achat", "achats", "vendre", "vend", "magasin", "boutique", "maire", "adjoint", "adjointe",
            "depute", "deputee", "senateur", "senatrice", "ministre", "president de la republique", "piscine"]),
        (Cue.Human, [
            "un humain", "une humaine", "un etre humain", "une vraie personne", "une personne reelle", "quelqu un de reel",
            "parler a quelqu un", "parler a une personne", "un vrai conseiller", "une vraie conseillere", "t es un robot", "tu es un robot",
            "etes vous un robot", "pas un robot", "un operateur", "une operatrice"]),
        (Cue.Orientation, [
            "ou envoyer", "envoyer", "orienter", "ou orienter", "orientation", "ou aller", "ou trouver", "ou faire", "ou peut", "ou peuvent",
            "ou se rendre", "s adresser", "ou s adresser", "aider", "faire aider", "se faire aider", "besoin d aide", "a besoin",
            "ont besoin", "j ai besoin", "cherche", "cherchent", "qui peut", "qui pourrait", "qui peut aider", "vers qui", "je suis a",
            "nous sommes a", "pour ses", "pour sa", "pour son", "pour faire", "galere", "galerent", "n arrive pas", "n y arrive pas",
            "on fait quoi", "on fait comment", "que faire", "quoi faire", "je fais quoi", "je fais comment", "que proposer", "quoi proposer",
            "que lui proposer", "que leur proposer", "qui pourra", "ou la diriger", "ou le diriger", "ou les diriger", "diriger", "rediriger"]),
        (Cue.Superlative, [
            "le plus avance", "la plus avancee", "plus avance", "plus avancee", "plus avances", "le plus en avance", "le moins avance",
            "en retard", "le mieux structure", "le plus structure", "le moins structure", "le mieux pourvu", "le moins pourvu", "le meilleur territoire"]),
        (Cue.Negation, [
            "n a pas", "n ont pas", "n a aucun", "n a aucune", "n ont aucun", "n ont aucune", "sans", "depourvu", "depourvus", "depourvue",
            "depourvues", "ne dispose pas", "ne disposent pas", "manque", "manquent", "pas de", "aucun", "aucune", "ne possede pas"]),
        (Cue.Greeting, [
            "bonjour", "salut", "hello", "coucou", "bonsoir", "merci", "au revoir", "aide", "help", "que sais tu faire",
            "que peux tu faire", "tu sers a quoi", "comment ca marche", "test", "tu sais faire quoi", "que sais tu", "tu fais quoi",
            "qu est ce que tu sais faire", "qu est ce que tu peux faire", "qu est ce que tu fais", "qui es tu", "t es qui", "tu es qui",
            "vous etes qui", "qui etes vous", "tu es un robot", "t es un robot", "es tu un robot", "tu es un bot", "t es un bot",
            "tu es une ia", "t es une ia", "c est quoi ce bot", "a quoi tu sers", "a quoi sers tu", "comment tu marches",
            "comment t utiliser", "comment vous utiliser", "mode d emploi", "je comprends pas", "je ne comprends pas", "j y comprends rien",
            "aide moi", "aidez moi"]),
    ];

    private static readonly FrozenDictionary<string, (Cue Cue, string[] Tokens)[]> ByFirstToken = Entries
        .SelectMany(e => e.Phrases.Select(p => (e.Cue, Tokens: p.Split(' '))))
        .GroupBy(e => e.Tokens[0], StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Tokens.Length).ToArray(), StringComparer.Ordinal);

    /// <summary>Single-word cues of five letters or more, for one-typo matching.</summary>
    private static readonly (Cue Cue, string Word)[] FuzzyWords = Entries
        .SelectMany(e => e.Phrases.Where(p => !p.Contains(' ') && p.Length >= 5).Select(p => (e.Cue, p)))
        .ToArray();

    /// <summary>Every word of every cue: these are never read as unknown place names.</summary>
    public static readonly FrozenSet<string> Words = Entries
        .SelectMany(e => e.Phrases)
        .SelectMany(p => p.Split(' '))
        .ToFrozenSet(StringComparer.Ordinal);

    /// <summary>The cues found in the folded words of a question, each with the indexes of the words it covers.</summary>
    public static List<(Cue Cue, int First, int Last)> Find(IReadOnlyList<string> words)
    {
        var found = new List<(Cue, int, int)>();
        for (var i = 0; i < words.Count; i++)
        {
            var matched = false;
            if (ByFirstToken.TryGetValue(words[i], out var entries))
            {
                foreach (var (cue, tokens) in entries)
                {
                    if (Matches(words, i, tokens))
                    {
                        found.Add((cue, i, i + tokens.Length - 1));
                        matched = true;
                    }
                }
            }

            if (!matched && IsTypoCandidate(words[i]))
            {
                foreach (var (cue, word) in FuzzyWords)
                {
                    if (word[0] == words[i][0] && Math.Abs(word.Length - words[i].Length) <= 1 && EditDistance.Bounded(words[i], word, 1) <= 1)
                    {
                        found.Add((cue, i, i));
                    }
                }
            }
        }

        return found;
    }

    private static bool Matches(IReadOnlyList<string> words, int start, string[] tokens)
    {
        if (start + tokens.Length > words.Count)
        {
            return false;
        }

        for (var t = 0; t < tokens.Length; t++)
        {
            if (!string.Equals(words[start + t], tokens[t], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>A word typed with a typo is not itself a word people type on purpose.</summary>
    private static bool IsTypoCandidate(string word) =>
        word.Length >= 5
        && !Words.Contains(word)
        && !FrenchWords.FrequentWords.Contains(word)
        && !FrenchWords.CommonWords.Contains(word)
        && !word.Any(char.IsDigit);
}
