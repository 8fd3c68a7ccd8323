using System.Globalization;
using System.Text.RegularExpressions;
using Microsoft.Recognizers.Text;
using Microsoft.Recognizers.Text.DateTime;

namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>
/// Dates and times in French text, relative to a reference (the user's "now"), with Microsoft.Recognizers.Text.
/// All readings are returned, the most plausible first: one still to come rather than past ("mardi" said on a
/// Sunday is the coming Tuesday), and the time as written rather than twelve hours later ("lundi à 9h30" is
/// 09:30, unless only 21:30 is still to come). "ce week-end", which the recogniser reads as the whole month, is
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

    [GeneratedRegex(@"\bweek ?end\b")]
    private static partial Regex WeekEnd();

    [GeneratedRegex(@"\bweek ?end prochain\b|\bprochain week ?end\b")]
    private static partial Regex NextWeekEnd();
}
