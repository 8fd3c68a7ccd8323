using System.Text.RegularExpressions;
using Mednum49.Bot.Dialogs;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// Recognises a request to file a note: the <c>note</c> command ("note", "note bénévoles") and the ways people ask
/// for it ("je veux déposer une note", "ajouter une note", "nouvelle note", "laisser une note au groupe …"). Reading
/// commands ("notes bénévoles", "mes notes", "export …") are not requests to file one. What follows the request may
/// name the group (<see cref="GroupText"/>), and "pas à pas" asks for the questions one at a time instead of the form.
/// <see cref="IsCommand"/>: the <c>note</c> command, whose argument is only a group ("note 3" is the third group);
/// in a sentence a number is no group ("une note sur la réunion du 3 mars").
/// </summary>
public sealed partial record NoteIntent(string GroupText, bool StepByStep, bool IsCommand)
{
    /// <summary>Longer messages are notes or questions, not a request to start one.</summary>
    private const int MaxWords = 25;

    public static NoteIntent? Recognize(string? text)
    {
        var normalized = FrenchText.Normalize(text);
        if (normalized.Length == 0 || normalized.Split(' ').Length > MaxWords)
        {
            return null;
        }

        string rest;
        var isCommand = false;
        if (Command().Match(normalized) is { Success: true } command)
        {
            rest = command.Groups["rest"].Value;
            isCommand = true;
        }
        else if (Request().Match(normalized) is { Success: true } request)
        {
            // What follows the request names the group, else what precedes it when it speaks of a group ("au groupe
            // bénévoles, je laisse une note"; not the "je veux" of "je veux déposer une note").
            var after = normalized[(request.Index + request.Length)..];
            var before = normalized[..request.Index];
            rest = after.Trim().Length > 0 ? after : before.Split(' ').Contains("groupe") ? before : string.Empty;
        }
        else
        {
            return null;
        }

        var stepByStep = StepByStepWords().IsMatch(rest);
        rest = StepByStepWords().Replace(rest, " ");
        return new NoteIntent(string.Join(' ', rest.Split(' ', StringSplitOptions.RemoveEmptyEntries)), stepByStep, isCommand);
    }

    // "note", "note bénévoles", "note pas à pas" — "notes" is the reading command.
    [GeneratedRegex(@"^note(?:\s+(?<rest>.*))?$")]
    private static partial Regex Command();

    [GeneratedRegex(@"\b(?:(?:deposer|deposez|depose|ajouter|ajoutez|ajoute|laisser|laissez|laisse|ecrire|ecrivez|rediger|redigez|saisir|saisissez|creer|creez|envoyer|envoyez|soumettre|poster|enregistrer|consigner|transmettre)\s+(?:(?:une|ma|la|cette|des|mes|nouvelle|nouvelles|petite|autre)\s+){0,2}notes?|nouvelle\s+note|(?:ajout|depot)\s+d\s+une\s+note)\b")]
    private static partial Regex Request();

    [GeneratedRegex(@"\b(?:pas a pas|etape par etape|une a une|guidee?)\b")]
    private static partial Regex StepByStepWords();
}
