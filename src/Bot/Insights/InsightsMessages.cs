using System.Globalization;

namespace Mednum49.Bot.Insights;

/// <summary>The French sentences of the coordinators' <c>questions</c> command.</summary>
public static class InsightsMessages
{
    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    public const string Denied =
        "Désolé, la liste des questions posées au bot est réservée à l'équipe de coordination de la Mednum49.";

    public const string OnlyInPersonalChat =
        "La liste des questions posées au bot n'est disponible qu'en conversation personnelle avec moi : écrivez-moi directement « questions ».";

    public const string Disabled =
        "L'enregistrement des questions sans réponse est désactivé sur ce bot (Insights:Enabled).";

    public const string ExportHint = "Pour le détail de chaque question, en tableau pour Excel : « questions export ».";

    public static string Nothing(int days) =>
        $"Aucune question sans réponse, choix abandonné ni 👎 ces {days} derniers jours.";

    public static string Heading(int shown, int total, int days) => shown == total
        ? string.Format(French, "Les questions sans réponse ou jugées peu utiles ces {0} derniers jours ({1:N0}), les plus fréquentes d'abord :", days, total)
        : string.Format(French, "Les {0} questions sans réponse ou jugées peu utiles les plus fréquentes ces {1} derniers jours (sur {2:N0}) :", shown, days, total);

    public static string Line(QuestionInsight question)
    {
        var wording = question.Question.Length > 0 ? $"« {question.Question} »" : "(question inconnue)";
        var times = question.Count == 1 ? "1 fois" : string.Format(French, "{0:N0} fois", question.Count);
        var reasons = string.Join(", ", question.Reasons.Select(InsightReason.Label));
        var line = string.Format(French, "{0} — {1} ({2}), dernière le {3:dd/MM/yyyy}", wording, times, reasons, question.LastSeenUtc.UtcDateTime);
        if (question.LastAnswer.Length > 0)
        {
            line += $" ; réponse : {question.LastAnswer}";
        }

        return question.FeedbackTexts.Count > 0 ? line + $" ; commentaire : « {question.FeedbackTexts[^1]} »" : line;
    }

    public static string ExportReady(int count, int days) => string.Format(French,
        "Voici les questions sans réponse ou jugées peu utiles des {0} derniers jours : {1:N0} ligne{2}, en tableau CSV (pour Excel).", days, count, count == 1 ? "" : "s");

    public static string ExportConsent(int count, int days) => string.Format(French,
        "L'export des questions des {0} derniers jours ({1:N0} ligne{2}) est prêt. Acceptez le fichier pour que je le dépose dans votre OneDrive.", days, count, count == 1 ? "" : "s");

    public const string ExportDescription = "Questions sans réponse ou jugées peu utiles (tableau CSV pour Excel)";

    public static string UploadFailed(string fileName) =>
        $"Je n'ai pas pu déposer le fichier « {fileName} » dans votre OneDrive. Réessayez plus tard en écrivant de nouveau « questions export ».";

    public const string ExportAsText = "Ce canal ne permet pas d'envoyer de fichiers : voici la liste en texte.";
}
