namespace Mednum49.Knowledge.Model;

/// <summary>
/// What an inhabitant needs help with, in the words mediators use (<c>need:demarches-administratives</c>): a
/// vocabulary, not a fact of the document. It says which kinds of structures serve that need, nearest first, and
/// which values of the national open-data standard's <c>services</c> field describe it, so places published in that
/// standard can be picked by need.
/// </summary>
/// <param name="For">How an answer says it after « pour » (« des démarches administratives »).</param>
/// <param name="Words">Folded or plain French words and phrases that signal the need ("caf", "carte grise", "tablette").</param>
/// <param name="Structures">Kinds of structures that serve it, most suitable first: france-services, conseillers, centres-sociaux, mediatheques, cybercentres, fablabs, ccas, associations.</param>
/// <param name="Services">Values of the standard's <c>services</c> field (schema.json, the current list of nine).</param>
/// <param name="ServicesV1">The same in the 1.0 vocabulary of Schema_V1.json, for places published in that version.</param>
/// <param name="IsPublic">A kind of public (seniors, young people…) rather than a task: it narrows the structures, it does not replace the need.</param>
public sealed record Need(
    string Id,
    string Name,
    string For,
    string Description,
    IReadOnlyList<string> Words,
    IReadOnlyList<string> Structures,
    IReadOnlyList<string> TopicIds,
    IReadOnlyList<string> Services,
    IReadOnlyList<string> ServicesV1,
    bool IsPublic);

/// <summary>The kinds of structures a need can point to (see <see cref="Need.Structures"/>).</summary>
public static class NeedStructures
{
    public const string FranceServices = "france-services";
    public const string Advisers = "conseillers";
    public const string SocialCentres = "centres-sociaux";
    public const string Libraries = "mediatheques";
    public const string Cybercentres = "cybercentres";
    public const string Fablabs = "fablabs";
    public const string SocialAction = "ccas";
    public const string Associations = "associations";
    public const string Youth = "espaces-jeunes";

    public static readonly IReadOnlyList<string> All = [FranceServices, Advisers, SocialCentres, Libraries, Cybercentres, Fablabs, SocialAction, Associations, Youth];
}
