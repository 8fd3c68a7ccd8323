using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>
/// Dates and times in French text, relative to a reference (the user's "now"), with Microsoft.Recognizers.Text.
/// All readings are returned, the most plausible first: one still to come rather than past ("mardi" said on a
/// Sunday is the coming Tuesday, "lundi à 9h30" said on a Monday at 10:00 is next Monday), and the time as written
/// rather than twelve hours later ("lundi à 9h30" is 09:30; "à 3h" said at 14:00 is 15:00, the next 3 o'clock). "ce week-end", which the recogniser reads as the whole month, is
/// resolved here as the coming Saturday and Sunday.
/// </summary>
public static partial class FrenchDateTimes
{
    private static readonly Lazy<DateTimeModel> Model = new(() => new DateTimeRecognizer(Culture.French).GetDateTimeModel(Culture.French));

    public static IReadOnlyList<DateTimeResolution> Recognize(string? text, DateTime reference)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        if (WeekEnd().IsMatch(FrenchText.Normalize(text)))
        {
            return [WeekEndOf(reference, next: NextWeekEnd().IsMatch(FrenchText.Normalize(text)))];
        }

        foreach (var result in Model.Value.Parse(text, reference))
        {
            // "en mars" has no resolution at all: not understood, rather than a guess.
            if (result.Resolution?.GetValueOrDefault("values") is not IEnumerable<object> values)
            {
                continue;
            }

            var readings = values.OfType<IReadOnlyDictionary<string, string>>()
                .Select(v => new DateTimeResolution(v.GetValueOrDefault("type") ?? "", v.GetValueOrDefault("timex"), v.GetValueOrDefault("value"), v.GetValueOrDefault("start"), v.GetValueOrDefault("end")))
                .Where(r => r.Moment(reference) is not null)
                .ToList();
            if (readings.Count > 0)
            {
                return Rank(readings, reference);
            }
        }

        return [];
    }

    private static List<DateTimeResolution> Rank(List<DateTimeResolution> readings, DateTime reference)
    {
        var written = readings[0].Timex;
        // "lundi à 9h30" said on Monday at 10:00: the recogniser offers last Monday and this morning, both past;
        // the user means next Monday.
        if (written is not null && WeekDay().IsMatch(written)
            && readings.Where(r => r.Timex == written).MaxBy(r => r.Moment(reference)) is { } latest
            && latest.Moment(reference) < reference)
        {
            readings.Add(Shift(latest, days: 7));
        }

        return
        [
            .. readings
                .Select(r => (Reading: r, Moment: r.Moment(reference)!.Value))
                .Select(x => (x.Reading, x.Moment, Ahead: x.Reading.IsDateOnly ? x.Moment.Date >= reference.Date : x.Moment >= reference))
                .OrderBy(x => x.Ahead ? 0 : 1)
                .ThenBy(x => x.Reading.Timex == written ? 0 : 1)
                .ThenBy(x => x.Ahead ? x.Moment.Ticks : -x.Moment.Ticks)
                .Select(x => x.Reading),
        ];
    }

    private static DateTimeResolution WeekEndOf(DateTime reference, bool next)
    {
        var day = reference.Date;
        var saturday = day.DayOfWeek switch
        {
            DayOfWeek.Saturday => day,
            DayOfWeek.Sunday => day.AddDays(-1),
            _ => day.AddDays(DayOfWeek.Saturday - day.DayOfWeek),
        };
        if (next && reference.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday)
        {
            saturday = saturday.AddDays(7);
        }

        var timex = $"{ISOWeek.GetYear(saturday)}-W{ISOWeek.GetWeekOfYear(saturday):00}-WE";
        return new DateTimeResolution("daterange", timex, null, saturday.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), saturday.AddDays(2).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    private static DateTimeResolution Shift(DateTimeResolution reading, int days) => reading with
    {
        Value = ShiftText(reading.Value, days),
        Start = ShiftText(reading.Start, days),
        End = ShiftText(reading.End, days),
    };

    private static string? ShiftText(string? text, int days)
    {
        if (text is null)
        {
            return null;
        }

        var format = text.Length > 10 ? "yyyy-MM-dd HH:mm:ss" : "yyyy-MM-dd";
        return DateTime.TryParseExact(text, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed.AddDays(days).ToString(format, CultureInfo.InvariantCulture)
            : text;
    }

    [GeneratedRegex(@"^XXXX-WXX-[1-7]")]
    private static partial Regex WeekDay();

    [GeneratedRegex(@"\bweek ?end\b")]
    private static partial Regex WeekEnd();

    [GeneratedRegex(@"\bweek ?end prochain\b|\bprochain week ?end\b")]
    private static partial Regex NextWeekEnd();
}
