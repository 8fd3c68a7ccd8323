using System.Globalization;
using Mednum49.Bot.Dialogs;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>What the notes conversation says (French, "vous"). Messages about one field are <see cref="NoteRules"/>'.</summary>
public static class NoteTexts
{
    public static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    // Submitting: the dialog.
    public const string GroupQuestion = "Pour quel groupe de travail est votre note ?";
    public const string GroupRetry = "Je n'ai pas reconnu ce groupe de travail. Répondez par son numéro ou par un mot de son titre, par exemple « bénévoles ».";
    public const string GroupHelp = "Choisissez le groupe de travail auquel votre note se rapporte : son numéro dans la liste, ou un mot de son titre (« bénévoles », « reconditionnement », « MDS »…). Écrivez « annuler » pour abandonner.";

    public static string TextQuestion(WorkingGroup group) => string.Format(French,
        "Écrivez votre note pour le groupe « {0} ». Elle peut tenir sur plusieurs lignes, jusqu'à {1:N0} caractères.", group.Title, NoteRules.MaxTextLength);

    public static string TextHelp => string.Format(French,
        "Écrivez le texte de votre note en un seul message (plusieurs lignes possibles, {0:N0} caractères au plus). Au-delà, découpez-la en plusieurs notes. Écrivez « annuler » pour abandonner.", NoteRules.MaxTextLength);

    public const string DateQuestion = "Votre note se rapporte-t-elle à une date précise, par exemple une réunion ? Indiquez-la (« jeudi prochain », « le 3 décembre », « 14/03/2025 ») ou répondez « non ».";
    public const string DateRetry = "Je n'ai pas reconnu de date. Écrivez-la par exemple « jeudi prochain », « le 3 décembre » ou « 14/03/2025 », ou répondez « non » s'il n'y en a pas.";
    public const string DateHelp = "Si votre note parle d'une réunion ou d'un événement, donnez-en la date ; je l'enregistre avec la note. Sinon, répondez « non ». Écrivez « annuler » pour abandonner.";
    public const string NoDateChoice = "Pas de date";

    public const string Summary = "Voici la note que je vais enregistrer :";
    public const string ConfirmQuestion = "Voulez-vous enregistrer cette note ?";
    public const string ConfirmHelp = "Répondez « oui » pour enregistrer la note telle qu'elle est affichée, ou « non » pour ne rien enregistrer.";
    public const string NotSaved = "D'accord, je n'ai rien enregistré. Écrivez « note » pour recommencer quand vous voulez.";
    public const string DialogHelp = "Je vous aide à déposer une note pour un groupe de travail : le groupe, le texte, une date éventuelle, puis je vous demande confirmation. Écrivez « annuler » pour tout arrêter.";
    public const string GroupConversation = "Pour déposer une note, écrivez-moi en conversation personnelle : ici, tout le monde verrait vos réponses.";
    public const string OpenPersonalChat = "Ouvrir une conversation avec moi";
    public const string InPersonalChatThen = "Écrivez-y « note » : le formulaire ne sera visible que de vous.";

    // Submitting: the form.
    public const string FormTitle = "Déposer une note pour un groupe de travail";
    public const string FormIntro = "Votre note sera lue par l'équipe de coordination et par les animateurs du groupe choisi.";
    public const string FormGroupLabel = "Groupe de travail";
    public const string FormTextLabel = "Votre note";
    public const string FormTextPlaceholder = "Compte rendu, idée, question pour le groupe…";
    public const string FormDateLabel = "Date concernée (facultatif)";
    public const string FormSubmit = "Enregistrer la note";
    public const string FormStepByStep = "Répondre aux questions une à une";
    public const string FormErrors = "Votre note n'est pas encore enregistrée : corrigez ce qui est indiqué ci-dessous.";
    public const string FormExpired = "Ce formulaire a expiré ou est incomplet : je n'ai rien enregistré. Écrivez « note » pour en recevoir un nouveau.";

    public static string FormAlreadyUsed(Note note) =>
        $"Ce formulaire a déjà servi à enregistrer la note {note.Reference} ; je n'ai rien enregistré de plus. Pour déposer une autre note, écrivez « note ».";

    // Saved.
    public static string Date(DateOnly date) => date.ToString("dddd d MMMM yyyy", French);

    /// <summary>"03/12/2026 à 10:30 (heure de Paris)": stored in UTC, read in Maine-et-Loire.</summary>
    public static string Moment(DateTimeOffset utc) => $"{ParisTime.Moment(utc)} ({ParisTime.Label})";

    // Reading.
    public const string ReadingInGroupConversation = "Pour des raisons de confidentialité, je ne montre les notes qu'en conversation personnelle : écrivez-moi directement.";
    public const string WhichGroupToRead = "Quelles notes voulez-vous lire ? Écrivez « notes » suivi du groupe, par exemple :";
    public const string WhichGroupToExport = "Quel groupe voulez-vous exporter ? Écrivez « export » suivi du groupe, par exemple :";
    public const string UnknownGroup = "Je n'ai pas reconnu ce groupe de travail. Voici ceux dont vous pouvez lire les notes :";

    public static string GroupTitle(WorkingGroup group) => $"Notes du groupe « {group.Title} »";

    public static string NoNotes(WorkingGroup group) => $"Aucune note n'a encore été déposée pour le groupe « {group.Title} ».";

    public static string PageLine(NotePage page) => page.TotalCount == 1
        ? "1 note."
        : string.Format(French, "{0}, les plus récentes d'abord — page {1} sur {2}.", FrenchCount.Notes(page.TotalCount), page.Page, page.PageCount);

    public static string PageBeyondEnd(NotePage page) => page.PageCount <= 1
        ? "Il n'y a qu'une page. Écrivez par exemple « page 1 »."
        : $"Il n'y a que {FrenchCount.Of(page.PageCount, "page", feminine: true)}. Écrivez par exemple « page 1 ».";

    public const string MyNotesTitle = "Vos notes";
    public const string NoNotesOfMine = "Vous n'avez encore déposé aucune note. Écrivez « note » pour en déposer une.";
    public const string NextPage = "Page suivante";
    public const string Edit = "Corriger";
    public const string Delete = "Supprimer";
    public const string Export = "Exporter";
    public const string NewNote = "Déposer une note";
    public const string MyNotes = "Mes notes";

    public static string Truncated(int shown, int total) => string.Format(French,
        "… (texte abrégé : {0:N0} caractères sur {1:N0} ; l'export contient le texte complet)", shown, total);

    public static string ReferenceDateLine(DateOnly date) => "Date concernée : " + Date(date);

    public static string AuthorLine(Note note) => $"Par {note.Author.Label}, le {Moment(note.CreatedUtc)}";

    public static string EditedLine(Note note) => note.EditedUtc is { } edited ? $"Modifiée le {Moment(edited)}" : string.Empty;

    // Correcting and deleting.
    public const string WhichNote = "Indiquez la référence de la note, par exemple « corriger N-4F7K2 » ou « supprimer N-4F7K2 ». Écrivez « mes notes » pour retrouver vos notes.";

    public static string EditQuestion(Note note) => string.Format(French,
        "Écrivez le nouveau texte de la note {0} ; il remplacera tout le texte actuel ({1:N0} caractères au plus).", note.Reference, NoteRules.MaxTextLength);

    public const string CurrentText = "Texte actuel :";
    public const string NewText = "Nouveau texte :";

    public static string EditConfirm(string reference) => $"Remplacer le texte de la note {reference} par celui-ci ?";

    public static string Edited(Note note) => $"C'est fait : la note {note.Reference} est corrigée.";

    public static string DeleteConfirm(Note note) => $"Supprimer la note {note.Reference} ? Elle n'apparaîtra plus dans les notes du groupe ni dans les exports.";

    public static string Deleted(Note note) => $"C'est fait : la note {note.Reference} est supprimée.";

    public const string NothingChanged = "D'accord, je n'ai rien changé.";
    public const string EditHelp = "Je remplace le texte d'une de vos notes : écrivez le nouveau texte, puis confirmez. Écrivez « annuler » pour ne rien changer.";
    public const string DeleteHelp = "Répondez « oui » pour supprimer la note, ou « non » pour la garder.";

    // Exporting.
    public static string ExportReady(WorkingGroup group, int count) =>
        $"Voici l'export du groupe « {group.Title} » : {FrenchCount.Notes(count, "exportée")}, en tableau CSV (pour Excel) et en résumé Markdown.";

    public static string ExportConsent(WorkingGroup group, int count) =>
        $"L'export du groupe « {group.Title} » ({FrenchCount.Notes(count, "exportée")}) est prêt. Acceptez chaque fichier pour que je le dépose dans votre OneDrive : le tableau CSV (pour Excel) et le résumé Markdown.";

    public const string ExportCsvDescription = "Les notes du groupe en tableau, à ouvrir avec Excel.";
    public const string ExportMarkdownDescription = "Les notes du groupe en un document lisible.";
    public const string ExportOnlyInPersonalChat = "L'export n'est possible qu'en conversation personnelle avec moi : écrivez-moi directement « export » suivi du groupe.";

    public static string ExportAsText(WorkingGroup group) => $"Ce canal ne permet pas d'envoyer de fichiers : voici les notes du groupe « {group.Title} » en texte.";

    public const string ExportTooBig =
        "L'export complet est trop volumineux pour être affiché ici. L'équipe de coordination peut l'obtenir en entier sur le serveur avec la commande « notes export ».";

    public static string Uploaded(string fileName) => $"Le fichier « {fileName} » est dans votre OneDrive.";

    public static string UploadFailed(string fileName) => $"Je n'ai pas pu déposer le fichier « {fileName} » dans votre OneDrive. Réessayez plus tard en écrivant de nouveau « export » suivi du groupe.";

    /// <summary>A file consent answer the bot cannot read (an old card, or one someone crafted).</summary>
    public const string ConsentExpired = "Ce formulaire a expiré : je n'ai envoyé aucun fichier. Pour recevoir l'export, écrivez de nouveau « export » suivi du groupe.";

    public static string Declined(string fileName) => $"D'accord, je n'envoie pas le fichier « {fileName} ».";
}
