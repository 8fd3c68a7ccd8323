using Mednum49.Bot.Dialogs;

namespace Mednum49.Bot.Commands;

/// <summary>
/// How a message is read as a command. The rule, the same for every command:
/// <list type="number">
/// <item>the command word is the first word of the message, accents, case and a trailing colon ignored
/// ("Territoire : Candé", "TERRITOIRE candé", "térritoire Candé");</item>
/// <item>a message with a question mark is a question, not a command ("action pour les jeunes ?", "territoire
/// Candé ?"): the engine answers it — unless nothing but the question mark follows the word ("territoire ?");</item>
/// <item>what follows the word is the argument, as typed (trimmed, final full stops and exclamation marks removed);
/// an argument longer than <see cref="MaxArgumentLength"/> characters is a sentence, not a name: a question too.</item>
/// </list>
/// Each command then checks its own argument (an action code must be one, for example).
/// </summary>
public static class CommandText
{
    /// <summary>Longer than this, what follows the command word is a sentence, not a name or a code.</summary>
    public const int MaxArgumentLength = 80;

    private static readonly char[] WordEnd = [' ', '\t', '\n', '\r', '\u00A0', ':'];

    /// <summary>
    /// True when <paramref name="text"/> is the command <paramref name="word"/> (or one of its <paramref name="aliases"/>),
    /// with its argument ("" when there is none).
    /// </summary>
    public static bool TryMatch(string? text, string word, out string argument, params string[] aliases)
    {
        argument = "";
        var trimmed = (text ?? "").Trim();
        if (trimmed.Length == 0)
        {
            return false;
        }

        var end = trimmed.IndexOfAny(WordEnd);
        var first = FrenchText.Normalize(end < 0 ? trimmed : trimmed[..end]);
        if (first != FrenchText.Normalize(word) && !aliases.Any(alias => first == FrenchText.Normalize(alias)))
        {
            return false;
        }

        var rest = end < 0 ? "" : trimmed[end..].TrimStart(WordEnd).TrimStart('-', '–', ' ').TrimEnd('.', '!', ' ', '\u00A0');
        // An argument without a letter or a digit ("territoire :", "contacts …", "action ?") is no argument at all.
        var meaningful = FrenchText.Normalize(rest).Length > 0;
        if (meaningful && (trimmed.Contains('?', StringComparison.Ordinal) || rest.Length > MaxArgumentLength))
        {
            return false;
        }

        argument = meaningful ? rest : "";
        return true;
    }

    /// <summary>
    /// True when the message starts with one of the catalog's commands other than <paramref name="except"/>: in a prompt
    /// it is not an answer ("notes GTN49" is not the name of a territory).
    /// </summary>
    public static bool StartsWithOtherCommand(string? text, string except)
    {
        var normalized = FrenchText.Normalize(text);
        return BotCommandCatalog.All
            .Select(command => FrenchText.Normalize(command.Name))
            .Where(name => name != FrenchText.Normalize(except))
            .Any(name => normalized == name || normalized.StartsWith(name + " ", StringComparison.Ordinal));
    }

    /// <summary>The argument typed in a prompt, without the command word if the user typed it again ("territoire Candé").</summary>
    public static string ArgumentOf(string? text, string word, params string[] aliases)
    {
        var trimmed = (text ?? "").Trim();
        var end = trimmed.IndexOfAny(WordEnd);
        if (end > 0)
        {
            var first = FrenchText.Normalize(trimmed[..end]);
            if (first == FrenchText.Normalize(word) || aliases.Any(alias => first == FrenchText.Normalize(alias)))
            {
                trimmed = trimmed[end..].TrimStart(WordEnd).TrimStart('-', '–', ' ');
            }
        }

        return trimmed.TrimEnd('.', '!', ' ', '\u00A0');
    }
}
