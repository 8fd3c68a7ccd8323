namespace Mednum49.Bot.Commands;

/// <summary>What the commands say (French, « vous »). Names and codes in them come from the knowledge base.</summary>
public static class CommandMessages
{
    public const string TerritoryQuestion =
        "De quelle intercommunalité voulez-vous connaître les acteurs et les lieux ? Vous pouvez aussi écrire le nom d'une commune.";

    public const string TerritoryRetry =
        "Je n'ai pas reconnu votre réponse. Choisissez une intercommunalité (son numéro ou son nom) ou écrivez le nom d'une commune.";

    public const string TerritoryHelp =
        "Choisissez l'une des intercommunalités proposées (bouton, numéro ou nom), ou écrivez le nom d'une commune, par exemple « Candé ». Écrivez « annuler » pour abandonner.";

    public const string ActionQuestion = "De quelle action voulez-vous la fiche ? Écrivez son code. Les codes commencent par la lettre de leur axe :";

    public const string ActionRetry = "Je n'ai pas reconnu de code d'action.";

    public const string ContactsQuestion = "De quelle structure ou de quel sujet voulez-vous les contacts ?";

    public const string ContactsRetry = "Je n'ai pas reconnu de nom de structure ou de sujet.";

    /// <summary>Names of the knowledge base (an organisation and a topic), checked by the tests.</summary>
    public static readonly IReadOnlyList<string> ContactsExamples = ["Cyb@njou", "Conseillers numériques"];

    public const string NothingToCancel =
        "Il n'y a rien en cours à annuler. Posez-moi une question quand vous voulez, ou écrivez « aide » pour voir ce que je sais faire.";

    public static string ActionExample(string code) => $"Par exemple : « {code} ». Écrivez « annuler » pour abandonner.";

    public static string ActionHelp(string code) =>
        $"Écrivez le code d'une action de la feuille de route 2023-2025, par exemple « {code} », ou la lettre d'un axe. Écrivez « annuler » pour abandonner.";

    public static string UnknownAction(string code) =>
        $"Je ne trouve pas d'action « {code} » dans la feuille de route 2023-2025. Les codes commencent par la lettre de leur axe :";

    public static string ContactsExample() =>
        $"Par exemple : {string.Join(" ou ", ContactsExamples.Select(e => $"« {e} »"))}. Écrivez « annuler » pour abandonner.";

    public const string ContactsHelp =
        "Écrivez le nom d'une structure (une association, une collectivité, un lieu) ou un sujet, et je vous donne les personnes à contacter. Écrivez « annuler » pour abandonner.";
}
