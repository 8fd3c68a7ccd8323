using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Notes;

public static class NotesHostingExtensions
{
    /// <summary>
    /// The working groups' notes: rules, the SQLite store (in the embedded database: call <c>AddEmbeddedDatabase</c>),
    /// access rules (<c>Notes:*</c>), the tenant rule (<c>Bot:AllowedTenants</c>). The working groups themselves come
    /// from an <see cref="IWorkingGroupDirectory"/> that the caller registers (the knowledge base).
    /// </summary>
    public static IHostApplicationBuilder AddNotes(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<NotesAccessOptions>().BindConfiguration(NotesAccessOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotesAccessOptions>, NotesAccessOptionsValidator>());
        builder.Services.AddOptions<TenantOptions>().BindConfiguration(TenantOptions.Section).ValidateOnStart();

        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<INoteStore, SqliteNoteStore>();
        builder.Services.TryAddSingleton<NoteRules>();
        builder.Services.TryAddSingleton<NotesAccessPolicy>();
        builder.Services.TryAddSingleton<TenantPolicy>();
        builder.Services.AddHostedService<NotesStartupCheck>();
        return builder;
    }
}
