using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Notes;

/// <summary>
/// Warns at start about configuration that is valid but probably wrong: animators of a group the knowledge base does
/// not know (a mistyped slug gives nobody access), or no tenant restriction outside Development.
/// </summary>
internal sealed class NotesStartupCheck(
    IWorkingGroupDirectory directory,
    NotesAccessPolicy access,
    IOptions<TenantOptions> tenants,
    IHostEnvironment environment,
    ILogger<NotesStartupCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var known = directory.All().Select(g => NotesAccessPolicy.NormalizeSlug(g.Slug)).ToHashSet(StringComparer.Ordinal);
        if (known.Count == 0)
        {
            logger.LogWarning("No working group is known (register an IWorkingGroupDirectory): every note will be refused");
        }

        foreach (var slug in access.ConfiguredGroupSlugs.Where(s => !known.Contains(s)))
        {
            logger.LogWarning("Notes:Animators:{Slug} names no known working group: its animators cannot read anything. Known slugs: {Known}",
                slug, string.Join(", ", known.Order(StringComparer.Ordinal)));
        }

        if (tenants.Value.AllowedTenants.Count == 0 && !environment.IsDevelopment())
        {
            logger.LogWarning("Bot:AllowedTenants is empty: users of any tenant may submit notes");
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
