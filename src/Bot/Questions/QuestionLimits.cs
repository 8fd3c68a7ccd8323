namespace Mednum49.Bot.Questions;

/// <summary>
/// The longest question the engine is asked. Real questions are a sentence or two; a pasted page is not one, and
/// reading it would cost the engine time that other users wait for.
/// </summary>
public static class QuestionLimits
{
    public const int MaxLength = 500;

    public static readonly string TooLong =
        $"Votre message est trop long pour que je le lise comme une question (plus de {MaxLength} caractères). " +
        "Posez-moi une question plus courte, par exemple : « Qui porte l'action B.6 ? »";
}
