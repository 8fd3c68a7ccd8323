using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Notes;

/// <summary>Fails start-up on an entry that can be neither an AAD object id nor a UPN, naming the key to fix.</summary>
public sealed class NotesAccessOptionsValidator : IValidateOptions<NotesAccessOptions>
{
    public ValidateOptionsResult Validate(string? name, NotesAccessOptions options)
    {
        var failures = new List<string>();
        for (var i = 0; i < options.Coordinators.Count; i++)
        {
            Check(options.Coordinators[i], $"{NotesAccessOptions.Section}:Coordinators:{i}", failures);
        }

        foreach (var (slug, members) in options.Animators)
        {
            if (slug.Contains(':', StringComparison.Ordinal) || string.IsNullOrWhiteSpace(slug))
            {
                failures.Add($"'{NotesAccessOptions.Section}:Animators:{slug}': key the animators by the group's slug (the part of its id after 'group:').");
            }

            for (var i = 0; i < members.Count; i++)
            {
                Check(members[i], $"{NotesAccessOptions.Section}:Animators:{slug}:{i}", failures);
            }
        }

        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    private static void Check(string? entry, string key, List<string> failures)
    {
        if (!NotesAccessPolicy.IsIdentity(entry))
        {
            failures.Add($"'{key}' = '{entry}' is neither an AAD object id (a GUID) nor a user principal name (name@domain).");
        }
    }
}
