namespace Mednum49.Knowledge.Model;

/// <summary>The id prefixes of the knowledge base (the part before the colon) and helpers on ids.</summary>
public static class KnowledgeIds
{
    public const string Axis = "axis";
    public const string Action = "action";
    public const string Group = "group";
    public const string Organisation = "org";
    public const string Unit = "unit";
    public const string Person = "person";
    public const string Topic = "topic";
    public const string Instance = "instance";
    public const string Agreement = "agreement";
    public const string Fact = "fact";
    public const string Territory = "territory";
    public const string Subdivision = "subdivision";
    public const string Place = "place";
    public const string Staff = "staff";
    public const string Example = "example";
    public const string Epci = "epci";
    public const string Commune = "commune";
    public const string FormerCommune = "former-commune";
    public const string Need = "need";
    public const string Figure = "figure";

    /// <summary>The kind of an id (<c>org</c> for <c>org:cybanjou</c>), or an empty string when it has none.</summary>
    public static string KindOf(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon > 0 ? id[..colon] : "";
    }

    /// <summary>The part after the kind (<c>B.6</c> for <c>action:B.6</c>).</summary>
    public static string LocalPart(string id)
    {
        var colon = id.IndexOf(':', StringComparison.Ordinal);
        return colon >= 0 ? id[(colon + 1)..] : id;
    }
}
