namespace Mednum49.Bot.Notes;

/// <summary>
/// Configuration section <c>Notes</c>: who may read and export the working groups' notes. Everyone may submit
/// (within <c>Bot:AllowedTenants</c>). People are given by AAD object id or user principal name.
/// <code>
/// "Notes": {
///   "Coordinators": [ "c.martin@exemple.fr", "5f0c…-…" ],
///   "Animators": { "benevoles": [ "…" ], "recherche-financement": [ "…" ] }
/// }
/// </code>
/// As App Service settings (environment variables): <c>Notes__Coordinators__0=…</c>,
/// <c>Notes__Animators__benevoles__0=…</c>. Animators are keyed by the group's slug, the part of its id after
/// <c>group:</c> (configuration uses ':' as its separator); since an app setting name cannot contain '-', a '_'
/// in a key matches a '-' in the slug (<c>Notes__Animators__recherche_financement__0</c>).
/// </summary>
public sealed class NotesAccessOptions
{
    public const string Section = "Notes";

    /// <summary>May read and export every group's notes.</summary>
    public List<string> Coordinators { get; set; } = [];

    /// <summary>Per group slug: may read and export that group's notes.</summary>
    public Dictionary<string, List<string>> Animators { get; set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The channels whose AAD object ids can be trusted, because the Bot Connector sets them (Teams). Elsewhere, such
    /// as a Web Chat page, the client chooses the ids it sends, so nobody is recognised as a coordinator or animator.
    /// Configured entries are added to <c>msteams</c> (<c>Notes:IdentityChannels:0=emulator</c> for local testing only).
    /// </summary>
    public List<string> IdentityChannels { get; set; } = ["msteams"];
}
