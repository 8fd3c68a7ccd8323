using Mednum49.Bot.Adapters;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Notes;

public static class NotesHostingExtensions
{
    /// <summary>
    /// The working groups' notes: rules, the SQLite store (in the embedded database: call <c>AddEmbeddedDatabase</c>),
    /// access rules (<c>Notes:*</c>), the tenant rule (<c>Bot:AllowedTenants</c>), and the announcement of new notes to
    /// the groups' animators (their personal chats are remembered by a middleware). The working groups themselves come
    /// from an <see cref="IWorkingGroupDirectory"/> that the caller registers (the knowledge base), before or after this
    /// call; until then there is none (<see cref="NoWorkingGroups"/>).
    /// </summary>
    public static IHostApplicationBuilder AddNotes(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<NotesAccessOptions>().BindConfiguration(NotesAccessOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotesAccessOptions>, NotesAccessOptionsValidator>());
        builder.Services.AddOptions<TenantOptions>().BindConfiguration(TenantOptions.Section).ValidateOnStart();

        builder.Services.TryAddSingleton<IWorkingGroupDirectory, NoWorkingGroups>();
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.TryAddSingleton<INoteStore, SqliteNoteStore>();
        builder.Services.TryAddSingleton<NoteRules>();
        builder.Services.TryAddSingleton<NotesAccessPolicy>();
        builder.Services.TryAddSingleton<TenantPolicy>();
        builder.Services.TryAddSingleton<IConversationReferenceStore, SqliteConversationReferenceStore>();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Bot.Builder.IMiddleware, ConversationReferenceMiddleware>());
        // Announcing notes needs the HTTP adapter (the web host); elsewhere (the CLI) nobody is told.
        builder.Services.TryAddSingleton<INoteNotifier>(services =>
            services.GetService<BotHttpAdapter>() is { } adapter
                ? new NoteNotifier(
                    adapter,
                    services.GetRequiredService<IConfiguration>()["MicrosoftAppId"] ?? string.Empty,
                    services.GetRequiredService<IConversationReferenceStore>(),
                    services.GetRequiredService<NotesAccessPolicy>(),
                    services.GetRequiredService<IWorkingGroupDirectory>(),
                    services.GetRequiredService<ILogger<NoteNotifier>>())
                : new SilentNoteNotifier());
        builder.Services.AddHostedService<NotesStartupCheck>();
        return builder;
    }
}
