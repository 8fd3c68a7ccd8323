using Mednum49.Bot.Commands;
using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Teams;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace Mednum49.Bot.Notes.Conversation;

public static class NotesConversationHostingExtensions
{
    /// <summary>
    /// The conversation around notes (called by <c>AddNotes</c>): the commands, in this order — the form's submit, filing
    /// a note (<c>note</c>), reading (<c>notes</c>, <c>mes notes</c>), exporting (<c>export</c>), correcting and
    /// deleting — the dialogs (<c>note.*</c>), and the Teams file consent answers for exports.
    /// </summary>
    public static IHostApplicationBuilder AddNotesConversation(this IHostApplicationBuilder builder)
    {
        var services = builder.Services;
        services.TryAddSingleton<NoteGroupChoices>(sp => new NoteGroupChoices(sp.GetRequiredService<IWorkingGroupDirectory>(), sp.GetService<IWorkingGroupKeywords>()));
        services.TryAddSingleton<NoteSubmitter>();
        services.TryAddSingleton<ITeamsMemberLookup, TeamsMemberLookup>();
        services.TryAddSingleton<NoteReaders>();

        services.AddSingleton<ICommandHandler, NoteFormHandler>();
        services.AddSingleton<ICommandHandler, NoteSubmitCommand>();
        services.AddSingleton<ICommandHandler, NotesReadCommand>();
        services.AddSingleton<ICommandHandler, NotesExportCommand>();
        services.AddSingleton<ICommandHandler, NoteChangeCommand>();

        services.AddSingleton<Dialog, NoteSubmitDialog>();
        services.AddSingleton<Dialog, NoteEditDialog>();
        services.AddSingleton<Dialog, NoteDeleteDialog>();
        foreach (var prompt in new[] { NoteSubmitDialog.GroupPrompt, NoteSubmitDialog.TextPrompt, NoteSubmitDialog.DatePrompt, NoteSubmitDialog.ConfirmPrompt })
        {
            services.AddSingleton<Dialog>(sp => NoteSubmitDialog.Prompts(sp.GetRequiredService<TimeProvider>()).Single(p => p.Id == prompt));
        }

        services.AddFileConsentUpload();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<Microsoft.Bot.Builder.IMiddleware, NotesFileConsentMiddleware>());
        return builder;
    }
}
