namespace Mednum49.Bot.Commands;

/// <summary>
/// The one list of the bot's commands. The bot's help (<c>aide</c>) and the command menus of the Teams app
/// manifest (<c>teams-package</c>) are both built from it, so they cannot drift apart. Teams shows at most 12
/// commands per scope.
/// </summary>
public static class BotCommandCatalog
{
    /// <summary>
    /// Notes commands are offered in personal chat only: notes are restricted to their working group, and whatever
    /// the bot answers in a channel or a group chat is read by everyone there.
    /// </summary>
    private const BotCommandScopes NotesScopes = BotCommandScopes.Personal;

    public static IReadOnlyList<BotCommand> All { get; } =
    [
        new("aide", "", "Affiche ce que je sais faire et la liste des commandes.", BotCommandScopes.All),
        new("territoire", "<nom>", "Présente les acteurs et les lieux de l'accompagnement numérique d'une commune ou d'une intercommunalité.", BotCommandScopes.All),
        new("action", "<code>", "Décrit une action de la feuille de route 2023-2025 à partir de son code, par exemple B.6.", BotCommandScopes.All),
        new("contacts", "<structure ou sujet>", "Donne les contacts d'une structure ou les personnes à joindre sur un sujet.", BotCommandScopes.All),
        new("groupes", "", "Liste les groupes de travail de la Mednum49.", BotCommandScopes.All),
        new("note", "", "Dépose une note pour un groupe de travail.", NotesScopes),
        new("notes", "<groupe>", "Lit les notes d'un groupe de travail.", NotesScopes),
        new("mes notes", "", "Affiche les notes que vous avez déposées.", NotesScopes),
        new("export", "<groupe>", "Exporte les notes d'un groupe de travail.", NotesScopes),
        new("questions", "", "Liste les questions restées sans réponse ou jugées peu utiles (réservé à l'équipe de coordination).", BotCommandScopes.Personal),
    ];

    /// <summary>The commands offered in <paramref name="scope"/> (a single scope), in catalog order.</summary>
    public static IReadOnlyList<BotCommand> In(BotCommandScopes scope) =>
        [.. All.Where(command => (command.Scopes & scope) == scope)];
}
