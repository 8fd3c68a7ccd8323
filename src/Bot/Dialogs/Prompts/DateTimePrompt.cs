using Microsoft.Bot.Builder;

namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>
/// Asks for a date or a time in French ("jeudi prochain", "demain 14h", "le 3 décembre") and ends with every reading
/// of it, the most plausible first (see <see cref="FrenchDateTimes"/>). "Now" is the user's own clock: the message's
/// local timestamp, else the current time in Europe/Paris.
/// </summary>
public sealed class DateTimePrompt(string id, PromptValidator<IReadOnlyList<DateTimeResolution>>? validator = null, TimeProvider? clock = null)
    : Prompt<IReadOnlyList<DateTimeResolution>>(id, validator)
{
    private static readonly TimeZoneInfo Paris = FindParis();

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    protected override string DefaultRetryText =>
        "Je n'ai pas reconnu de date. Essayez par exemple « jeudi prochain », « demain 14h » ou « le 3 décembre ».";

    /// <summary>The user's "now": the local time of their message, else Paris time.</summary>
    public DateTime ReferenceTime(ITurnContext turnContext) =>
        turnContext.Activity.LocalTimestamp is { } local
            ? local.DateTime
            : TimeZoneInfo.ConvertTime(_clock.GetUtcNow(), Paris).DateTime;

    protected override Task<PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>> OnRecognizeAsync(ITurnContext turnContext, PromptOptions options, CancellationToken cancellationToken)
    {
        var readings = FrenchDateTimes.Recognize(DialogText.Of(turnContext), ReferenceTime(turnContext));
        return Task.FromResult(readings.Count > 0
            ? PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>.Of(readings)
            : PromptRecognizerResult<IReadOnlyList<DateTimeResolution>>.Failed);
    }

    private static TimeZoneInfo FindParis()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (TimeZoneNotFoundException)
        {
            // A machine without time-zone data: UTC is an hour or two off, better than failing every date.
            return TimeZoneInfo.Utc;
        }
    }
}
