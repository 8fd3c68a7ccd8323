using System.Globalization;

namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>
/// One reading of a date or time the user gave, as Microsoft.Recognizers.Text resolves it: a TIMEX expression, a
/// type (date, time, datetime, daterange, datetimerange, timerange…), and either a value or a start and an end
/// (the end of a date range is exclusive), all in the user's local clock.
/// </summary>
public sealed record DateTimeResolution(string Type, string? Timex, string? Value, string? Start = null, string? End = null)
{
    private static readonly string[] Formats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd", "HH:mm:ss"];

    /// <summary>The moment it designates: the value, or the start of a range (a time alone is on the reference day).</summary>
    public DateTime? Moment(DateTime reference)
    {
        var text = Value ?? Start;
        if (text is null || !DateTime.TryParseExact(text, Formats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed))
        {
            return null;
        }

        return text.Length == 8 ? reference.Date + parsed.TimeOfDay : parsed;
    }

    /// <summary>True for a date, or a range of dates, without a time of day.</summary>
    public bool IsDateOnly => Type is "date" or "daterange";
}
