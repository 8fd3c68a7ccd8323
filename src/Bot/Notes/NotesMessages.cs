namespace Mednum49.Bot.Notes;

/// <summary>
/// The French sentences of the notes that are not about one field (those are in <see cref="NoteRules"/>).
/// Refusals name no group and give no count: the same words whether the group exists or not.
/// </summary>
public static class NotesMessages
{
    public const string ReadDenied =
        "Désolé, la consultation et l'export des notes sont réservés à l'équipe de coordination de la Mednum49 et aux " +
        "animateurs de chaque groupe de travail. Si vous pensez devoir y avoir accès, adressez-vous à l'équipe de coordination.";

    public const string SubmitDenied =
        "Désolé, le dépôt de notes est réservé aux membres des organisations du réseau Mednum49 connectés avec leur compte Teams professionnel.";

    public const string NotFound = "Je ne trouve pas cette note. Vérifiez sa référence, par exemple N-4F7K2.";

    public const string NotYours = "Vous ne pouvez modifier ou supprimer que les notes que vous avez vous-même déposées.";

    public static string Saved(Note note, WorkingGroup group) =>
        $"Votre note est enregistrée pour le groupe « {group.Title} ». Sa référence : {note.Reference}.";

    public static string NewNoteForAnimators(Note note, WorkingGroup group) =>
        $"Nouvelle note {note.Reference} pour le groupe « {group.Title} », déposée par {note.Author.Label}. " +
        "Pour lire les notes du groupe, écrivez-moi « notes » suivi du nom du groupe.";
}
