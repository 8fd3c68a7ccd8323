using Mednum49.Bot.Adapters;
using Mednum49.Bot.Notes.Conversation;
using Mednum49.Bot.Storage;
using Mednum49.Knowledge.Loading;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Notes;

public static class NotesHostingExtensions
{
    /// <summary>
    /// The working groups' notes: rules, the store (in the database: call <c>AddDatabase</c>; SQLite or PostgreSQL),
    /// access rules (<c>Notes:*</c>), the tenant rule (<c>Bot:AllowedTenants</c>), and the announcement of new notes to
    /// the groups' animators (their personal chats are remembered by a middleware). The working groups themselves come
    /// from the knowledge base when <c>AddKnowledge</c> registered it (<see cref="KnowledgeBaseWorkingGroups"/>), else from an
    /// <see cref="IWorkingGroupDirectory"/> the caller registers, before or after this call; without either there is none
    /// (<see cref="NoWorkingGroups"/>). Then the conversation: commands, dialogs, form, exports (<c>AddNotesConversation</c>).
    /// </summary>
    public static IHostApplicationBuilder AddNotes(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<NotesAccessOptions>().BindConfiguration(NotesAccessOptions.Section).ValidateOnStart();
        builder.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IValidateOptions<NotesAccessOptions>, NotesAccessOptionsValidator>());
        builder.Services.AddOptions<TenantOptions>().BindConfiguration(TenantOptions.Section).ValidateOnStart();

        // The knowledge base's groups when it is there (the web host, the CLI), else none (see NoWorkingGroups).
        builder.Services.TryAddSingleton<IWorkingGroupDirectory>(services =>
            services.GetService<IKnowledgeBaseProvider>() is { } knowledge ? new KnowledgeBaseWorkingGroups(knowledge) : new NoWorkingGroups());
        builder.Services.TryAddSingleton<IWorkingGroupKeywords>(services =>
            services.GetRequiredService<IWorkingGroupDirectory>() as IWorkingGroupKeywords ?? NoWorkingGroupKeywords.Instance);
        builder.Services.TryAddSingleton(TimeProvider.System);
        builder.Services.AddStore<INoteStore, SqliteNoteStore, PostgresNoteStore>();
        builder.Services.TryAddSingleton<NoteRules>();
        builder.Services.TryAddSingleton<NotesAccessPolicy>();
        builder.Services.TryAddSingleton<TenantPolicy>();
        builder.Services.AddStore<IConversationReferenceStore, SqliteConversationReferenceStore, PostgresConversationReferenceStore>();
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
        builder.AddNotesConversation();
        return builder;
    }
}
