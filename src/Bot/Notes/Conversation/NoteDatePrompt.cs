using System.Globalization;
using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Dialogs.Prompts;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// Asks for the optional date a note is about. Ends with <c>yyyy-MM-dd</c>, or an empty string when the user says
/// there is none ("non", "aucune", "passer", "pas de date"…). Reads a typed date (14/03/2025) and French expressions
/// ("réunion de jeudi prochain", "le 3 décembre", "demain") relative to the user's own clock (the message's local
/// time, else Europe/Paris). A time of day is dropped: a note is about a day. Whether the day is in the accepted range
/// is the validator's business (<see cref="NoteRules"/>), so it can say so.
/// </summary>
public sealed class NoteDatePrompt(string id, PromptValidator<string>? validator = null, TimeProvider? clock = null)
    : Prompt<string>(id, validator)
{
    private static readonly HashSet<string> NoDate = new(StringComparer.Ordinal)
    {
        "non", "non merci", "nan", "aucune", "aucune date", "aucun", "pas de date", "sans date", "pas de date precise", "sans",
        "passer", "passe", "je passe", "rien", "pas besoin", "non pas de date", "ce n est pas lie a une date", "pas de date particuliere",
        "pas concerne", "non concerne", "sans objet", "na", "n a", "no", "skip",
    };

    private static readonly TimeZoneInfo Paris = FindParis();

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    protected override string DefaultRetryText => NoteTexts.DateRetry;

    public static bool IsNoDate(string? text) => NoDate.Contains(FrenchText.Normalize(text)) || text?.Trim() is "-" or "—";

    /// <summary>The user's "now": the local time of their message, else Paris time.</summary>
    public DateTime ReferenceTime(ITurnContext turnContext) =>
        turnContext.Activity.LocalTimestamp is { } local
            ? local.DateTime
            : TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), Paris).DateTime;

    /// <summary>The day <paramref name="text"/> designates relative to <paramref name="reference"/>, or null.</summary>
    public static DateOnly? Read(string? text, DateTime reference)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (NoteRules.TryParseDate(text, out var typed, out var error) && typed is { } exact)
        {
            return exact;
        }

        // "14/03/1850" is a date, out of range: let the validator say so rather than "not understood".
        if (error is not null && DateOnly.TryParseExact(text.Trim(), ["dd/MM/yyyy", "d/M/yyyy", "yyyy-MM-dd"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var outOfRange))
        {
            return outOfRange;
        }

        foreach (var reading in FrenchDateTimes.Recognize(text, reference))
        {
            if (reading.Moment(reference) is { } moment)
            {
                return DateOnly.FromDateTime(moment);
            }
        }

        return null;
    }

    protected override Task OnPromptAsync(ITurnContext turnContext, PromptOptions options, bool isRetry, CancellationToken cancellationToken)
    {
        var question = QuestionFor(options, isRetry);
        if (ChannelCapabilitiesOf(turnContext).SupportsSuggestedActions)
        {
            question.SuggestedActions = new SuggestedActions { Actions = [new CardAction(ActionTypes.ImBack, title: NoteTexts.NoDateChoice, value: NoteTexts.NoDateChoice)] };
        }

        return turnContext.SendActivityAsync(question, cancellationToken);
    }

    protected override Task<PromptRecognizerResult<string>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var text = DialogText.Of(turnContext);
        if (IsNoDate(text))
        {
            return Task.FromResult(PromptRecognizerResult<string>.Of(string.Empty));
        }

        return Task.FromResult(Read(text, ReferenceTime(turnContext)) is { } day
            ? PromptRecognizerResult<string>.Of(CardInputsIso(day))
            : PromptRecognizerResult<string>.Failed);
    }

    private static string CardInputsIso(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private static Channels.ChannelCapabilities ChannelCapabilitiesOf(ITurnContext turnContext) => Channels.ChannelCapabilities.Of(turnContext.Activity);

    private static TimeZoneInfo FindParis()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
