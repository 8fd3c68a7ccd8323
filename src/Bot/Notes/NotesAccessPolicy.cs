using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Notes;

/// <summary>
/// Who may read and export notes: coordinators every group, animators their own groups, matched by AAD object id or
/// UPN (case-insensitive), and only in channels that vouch for those ids. A refusal must say nothing about the group
/// (see <see cref="NotesMessages.ReadDenied"/>): ask <see cref="CanRead"/> before looking the group up.
/// </summary>
public sealed class NotesAccessPolicy
{
    private readonly HashSet<string> _coordinators;
    private readonly Dictionary<string, HashSet<string>> _animators;
    private readonly HashSet<string> _identityChannels;

    public NotesAccessPolicy(IOptions<NotesAccessOptions> options)
    {
        var value = options.Value;
        _coordinators = Identities(value.Coordinators);
        _animators = new(StringComparer.Ordinal);
        foreach (var (slug, members) in value.Animators)
        {
            var key = NormalizeSlug(slug);
            _animators[key] = _animators.TryGetValue(key, out var existing) ? [.. existing, .. Identities(members)] : Identities(members);
        }

        _identityChannels = new(value.IdentityChannels.Select(c => c.Trim()), StringComparer.OrdinalIgnoreCase);
        UsesUserPrincipalNames = _coordinators.Concat(_animators.Values.SelectMany(m => m)).Any(e => e.Contains('@', StringComparison.Ordinal));
    }

    /// <summary>Some people are configured by UPN, which Teams activities do not carry: readers' UPNs must be looked up.</summary>
    public bool UsesUserPrincipalNames { get; }

    /// <summary>The group slugs animators are configured for (normalised: lower case, '_' read as '-').</summary>
    public IReadOnlyCollection<string> ConfiguredGroupSlugs => _animators.Keys;

    /// <summary>Whether the channel sets users' AAD object ids itself (<c>Notes:IdentityChannels</c>), so they can be trusted.</summary>
    public bool TrustsIdentitiesOf(string? channelId) => channelId is not null && _identityChannels.Contains(channelId);

    public bool IsCoordinator(NoteUser user) => IsAnyOf(user, _coordinators);

    public bool IsAnimatorOf(NoteUser user, string groupId) =>
        _animators.TryGetValue(NormalizeSlug(WorkingGroup.SlugOf(groupId)), out var members) && IsAnyOf(user, members);

    public bool CanRead(NoteUser user, string groupId) => IsCoordinator(user) || IsAnimatorOf(user, groupId);

    /// <summary>Exporting is reading everything at once: the same people may.</summary>
    public bool CanExport(NoteUser user, string groupId) => CanRead(user, groupId);

    /// <summary>The groups among <paramref name="groups"/> that <paramref name="user"/> may read (to offer only those).</summary>
    public IReadOnlyList<WorkingGroup> ReadableGroups(NoteUser user, IEnumerable<WorkingGroup> groups) =>
        [.. groups.Where(g => CanRead(user, g.Id))];

    /// <summary>The configured AAD object ids and UPNs of a group's animators (lower case), for notifications.</summary>
    public IReadOnlyCollection<string> AnimatorsOf(string groupId) =>
        _animators.TryGetValue(NormalizeSlug(WorkingGroup.SlugOf(groupId)), out var members) ? members : [];

    /// <summary>An AAD object id (a GUID) or a user principal name (name@domain).</summary>
    public static bool IsIdentity(string? entry)
    {
        var value = entry?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return false;
        }

        var at = value.IndexOf('@', StringComparison.Ordinal);
        return Guid.TryParse(value, out _) || (at > 0 && at < value.Length - 1 && !value.Any(char.IsWhiteSpace));
    }

    /// <summary>How a slug is compared: lower case, with '_' (all an app setting name allows) read as '-'.</summary>
    public static string NormalizeSlug(string slug) => slug.Trim().ToLowerInvariant().Replace('_', '-');

    private bool IsAnyOf(NoteUser user, HashSet<string> identities)
    {
        if (identities.Count == 0 || !_identityChannels.Contains(user.ChannelId))
        {
            return false;
        }

        return (user.AadObjectId is { Length: > 0 } aad && identities.Contains(aad.Trim().ToLowerInvariant()))
            || (user.UserPrincipalName is { Length: > 0 } upn && identities.Contains(upn.Trim().ToLowerInvariant()));
    }

    private static HashSet<string> Identities(IEnumerable<string> entries) =>
        new(entries.Where(e => !string.IsNullOrWhiteSpace(e)).Select(e => e.Trim().ToLowerInvariant()), StringComparer.Ordinal);
}
