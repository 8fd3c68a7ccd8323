namespace Mednum49.Bot.Notes;

/// <summary>One of the roadmap's working groups, as the notes need it: its id (<c>group:&lt;slug&gt;</c>) and French title.</summary>
public sealed record WorkingGroup(string Id, string Title)
{
    public const string IdPrefix = "group:";

    /// <summary>The part of the id after <c>group:</c>, which keys the group in configuration (<c>Notes:Animators:&lt;slug&gt;</c>).</summary>
    public string Slug => SlugOf(Id);

    public static string SlugOf(string groupId) =>
        groupId.StartsWith(IdPrefix, StringComparison.OrdinalIgnoreCase) ? groupId[IdPrefix.Length..] : groupId;
}
