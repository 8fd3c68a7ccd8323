using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Dialogs.Prompts;

namespace Mednum49.Bot.Questions;

/// <summary>
/// When a recognised choice really is the user's pick. A choice's name (or a click) always is. A number, an ordinal
/// or a few shared words count only in a short reply without a question mark: in "Qui porte l'action B.6 ?" the 6 is
/// not the sixth choice, and "les 2 centres sociaux de Cholet…" is a new question.
/// </summary>
public static class ChoiceReplies
{
    /// <summary>Longer than this (in words), a reply is a sentence, not a pick.</summary>
    public const int MaxWordsOfAPick = 5;

    public static bool Accepts(FoundChoice found, string? text)
    {
        ArgumentNullException.ThrowIfNull(found);
        return found.Match is ChoiceMatch.CardValue or ChoiceMatch.Value or ChoiceMatch.Synonym || !LooksLikeASentence(text);
    }

    public static bool LooksLikeASentence(string? text) =>
        (text ?? "").Contains('?', StringComparison.Ordinal) || FrenchText.Tokens(text).Length > MaxWordsOfAPick;
}
