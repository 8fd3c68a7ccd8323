namespace Mednum49.Bot.Dialogs;

/// <summary>What the dialog layer itself says (French, "vous").</summary>
public static class DialogMessages
{
    public const string Cancelled =
        "C'est annulé. Vous pouvez me poser une question, ou recommencer quand vous voulez.";

    public const string GaveUp =
        "Je n'ai pas compris votre réponse, j'abandonne cette étape.";

    public const string DefaultHelp =
        "Je vous pose quelques questions, une à la fois. Répondez à la question ci-dessous, ou écrivez « annuler » pour tout arrêter.";
}
