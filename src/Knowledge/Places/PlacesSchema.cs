using System.Collections.Frozen;
using System.Text.RegularExpressions;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Places;

/// <summary>
/// The national standard « Schéma des lieux de médiation numérique » (La MedNum, ANCT, Datactivist; repository
/// LaMednum/standard-mediation-num, <c>schema.json</c> 0.2.x and <c>Schema_V1.json</c> 1.0, Frictionless Table
/// Schemas under the Licence Ouverte / etalab-2.0), as the constraints this reader checks. Copied field by field from
/// those files rather than embedded: the stored <c>Schema_V1.json</c> is not valid JSON (missing commas), and the
/// two versions name and separate some fields differently. Columns are in the order of <c>schema.json</c>.
/// </summary>
public static class PlacesSchema
{
    /// <summary>The standard's columns, in its order (what <c>places export</c> writes).</summary>
    public static readonly IReadOnlyList<PlaceField> Fields =
    [
        new("id", Required: true),
        new("pivot", Required: true),
        new("nom", Required: true),
        new("commune", Required: true),
        new("code_postal", Required: true, Pattern: @"^\d{5}$"),
        new("code_insee", Pattern: @"^([013-9]\d|2[AB1-9])\d{3}$"),
        new("adresse", Required: true),
        new("complement_adresse"),
        new("latitude", Type: "number"),
        new("longitude", Type: "number"),
        new("typologie", Multi: true),
        new("telephone", Pattern: @"^(\+33|\+590|\+594|\+262|\+596|\+269|\+687|\+689|\+508|\+681)(\d){6,9}$"),
        new("courriels", Multi: true, Pattern: @"^[^@\s]+@[^@\s.][^@\s]*\.[A-Za-z]{2,}$"),
        new("site_web", Multi: true, Pattern: @"^https?://\S+$"),
        new("horaires"),
        new("presentation_resume", MaxLength: 280),
        new("presentation_detail"),
        new("source"),
        new("itinerance", Multi: true, Values: ["Itinérant", "Fixe"]),
        new("structure_parente"),
        new("date_maj", Required: true, Type: "date", Pattern: @"^\d{4}-\d{2}-\d{2}$"),
        new("services", Required: true, Multi: true, Values:
        [
            // schema.json 0.2.x
            "Aide aux démarches administratives", "Maîtrise des outils numériques du quotidien",
            "Insertion professionnelle via le numérique", "Utilisation sécurisée du numérique",
            "Parentalité et éducation avec le numérique", "Loisirs et créations numériques",
            "Compréhension du monde numérique", "Accès internet et matériel informatique",
            "Acquisition de matériel informatique à prix solidaire",
            // Schema_V1.json 1.0
            "Devenir autonome dans les démarches administratives", "Réaliser des démarches administratives avec un accompagnement",
            "Prendre en main un smartphone ou une tablette", "Prendre en main un ordinateur", "Utiliser le numérique au quotidien",
            "Approfondir ma culture numérique", "Favoriser mon insertion professionnelle", "Accéder à une connexion internet",
            "Accéder à du matériel", "S’équiper en matériel informatique", "Créer et développer mon entreprise",
            "Créer avec le numérique", "Accompagner les démarches de santé", "Promouvoir la citoyenneté numérique",
            "Soutenir la parentalité et l'éducation avec le numérique",
        ]),
        new("publics_specifiquement_adresses", Multi: true, Values:
        [
            "Jeunes", "Étudiants", "Familles et/ou enfants", "Seniors", "Femmes",
            // Schema_V1.json 1.0 (publics_accueillis)
            "Seniors (+ 65 ans)", "Familles/enfants", "Adultes", "Jeunes (16-26 ans)", "Public langues étrangères",
            "Déficience visuelle", "Surdité", "Uniquement femmes", "Personnes en situation d'illettrisme",
        ]),
        new("prise_en_charge_specifique", Multi: true, Values:
        [
            "Surdité", "Handicaps moteurs", "Handicaps mentaux", "Illettrisme", "Langues étrangères (anglais)",
            "Langues étrangères (autres)", "Déficience visuelle",
        ]),
        new("frais_a_charge", Multi: true, Values:
        [
            "Gratuit", "Gratuit sous condition", "Payant",
            // Schema_V1.json 1.0 (conditions_acces), compared on the part before " : "
            "Adhésion", "Accepte le Pass numérique",
        ]),
        new("dispositif_programmes_nationaux", Multi: true, Values:
        [
            "Aidants Connect", "Bibliothèques numérique de référence", "Certification PIX", "Conseillers numériques",
            "Emmaüs Connect", "France Services", "Grande école du numérique", "La Croix Rouge", "Point d'accès numérique CAF",
            "Promeneurs du net", "Relais numérique (Emmaüs Connect)",
            // Schema_V1.json 1.0 (labels_nationaux)
            "CNFS", "APTIC", "Fabriques de Territoire", "Grandes écoles du numérique", "Point relais CAF", "Point numérique CAF",
            "Relais pôle emploi", "French Tech", "Campus connecté",
        ]),
        new("formations_labels", Multi: true, Values:
        [
            "Formé à « Mon Espace Santé »", "Formé à « DUPLEX » (illetrisme)", "Arnia/MedNum BFC (Bourgogne-Franche-Comté)",
            "Collectif ressources et acteurs réemploi (Normandie)", "Fabriques de Territoire", "Les Éclaireurs du numérique (Drôme)",
            "Mes Papiers (Métropole de Lyon)", "ORDI 3.0", "SUD LABS (PACA)",
        ]),
        new("autres_formations_labels", Multi: true),
        new("modalites_acces", Multi: true, Values:
        [
            "Se présenter", "Téléphoner", "Contacter par mail", "Prendre un RDV en ligne", "Ce lieu n'accueille pas de public",
            "Envoyer un mail avec une fiche de prescription",
        ]),
        new("modalites_accompagnement", Multi: true, Values:
        [
            "En autonomie", "Accompagnement individuel", "Dans un atelier collectif", "À distance",
            // Schema_V1.json 1.0, compared on the part before " : "
            "Seul", "Avec de l'aide", "Dans un atelier", "A ma place",
        ]),
        new("fiche_acces_libre", Pattern: @"^https?://\S+$"),
        new("prise_rdv", Pattern: @"^https?://\S+$"),
    ];

    /// <summary>Column names of other versions of the standard, and common variants, mapped to this reader's names.</summary>
    public static readonly FrozenDictionary<string, string> Aliases = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["courriel"] = "courriels",
        ["email"] = "courriels",
        ["mail"] = "courriels",
        ["site"] = "site_web",
        ["siteweb"] = "site_web",
        ["tel"] = "telephone",
        ["lat"] = "latitude",
        ["lon"] = "longitude",
        ["lng"] = "longitude",
        ["publics_accueillis"] = "publics_specifiquement_adresses",
        ["conditions_acces"] = "frais_a_charge",
        ["labels_nationaux"] = "dispositif_programmes_nationaux",
        ["labels_autres"] = "autres_formations_labels",
        ["accessibilite"] = "fiche_acces_libre",
        ["code_commune"] = "code_insee",
        ["cog"] = "code_insee",
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, PlaceField> ByName = Fields.ToFrozenDictionary(f => f.Name, StringComparer.Ordinal);

    /// <summary>The field a column header designates ("Courriel", "code INSEE", " nom ") or null when it is none of the standard's.</summary>
    public static PlaceField? FieldFor(string header)
    {
        var key = ColumnKey(header);
        if (ByName.TryGetValue(key, out var field))
        {
            return field;
        }

        return Aliases.TryGetValue(key, out var name) ? ByName[name] : null;
    }

    public static PlaceField Field(string name) => ByName[name];

    /// <summary>"Code INSEE" → "code_insee": folded, spaces and hyphens as underscores.</summary>
    public static string ColumnKey(string header) =>
        string.Join('_', TextNormalizer.Fold(header.Trim().Trim('\uFEFF')).Split(' ', StringSplitOptions.RemoveEmptyEntries));
}

/// <summary>One column of the standard and its constraints.</summary>
/// <param name="Multi">Several values, separated by <c>|</c> (1.x) or <c>;</c> (0.x).</param>
/// <param name="Values">The closed vocabulary, when there is one (compared ignoring case, accents and punctuation).</param>
public sealed record PlaceField(string Name, bool Required = false, bool Multi = false, string? Pattern = null, IReadOnlyList<string>? Values = null, int? MaxLength = null, string Type = "string")
{
    private readonly Regex? regex = Pattern is null ? null : new Regex(Pattern, RegexOptions.CultureInvariant);

    private readonly FrozenDictionary<string, string>? canonical = Values?
        .GroupBy(Key, StringComparer.Ordinal)
        .ToFrozenDictionary(g => g.Key, g => g.First(), StringComparer.Ordinal);

    public bool Matches(string value) => regex is null || regex.IsMatch(value);

    /// <summary>The vocabulary's spelling of <paramref name="value"/>, or null when it is not in the vocabulary.</summary>
    public string? Canonical(string value)
    {
        if (canonical is null)
        {
            return value;
        }

        if (canonical.TryGetValue(Key(value), out var exact))
        {
            return exact;
        }

        // "Gratuit : Je peux accéder gratuitement…", "Dans un atelier collectif : j'apprends…": the label before " : ".
        var colon = value.IndexOf(" : ", StringComparison.Ordinal);
        if (colon < 0)
        {
            colon = value.IndexOf(" (", StringComparison.Ordinal);
        }

        return colon > 0 && canonical.TryGetValue(Key(value[..colon]), out var label) ? label : null;
    }

    private static string Key(string value) => TextNormalizer.Compact(value);
}
