namespace Mednum49.Bot.Insights;

/// <summary>
/// What the bot answered, kept for the answers that carry feedback buttons, so that a later 👎 can say which
/// question and sources it is about. <see cref="AnswerKey"/> is a keyed hash (of the conversation and the sent
/// activity's id in Teams, of a random token on a card's buttons elsewhere): it names no conversation.
/// </summary>
public sealed record SentAnswer(
    string AnswerKey,
    DateTimeOffset SentUtc,
    string Question,
    string AnswerKind,
    string AnswerTitle,
    IReadOnlyList<string> AnswerSources,
    bool Found);
