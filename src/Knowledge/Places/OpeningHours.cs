using System.Globalization;
using System.Text.RegularExpressions;

namespace Mednum49.Knowledge.Places;

/// <summary>An opening interval of one day (end may be 24:00).</summary>
public readonly record struct OpeningInterval(TimeSpan Start, TimeSpan End)
{
    public bool Contains(TimeSpan time) => time >= Start && time < End;
}

/// <summary>
/// The common subset of OpenStreetMap's <c>opening_hours</c> that the standard's <c>horaires</c> use (what YoHours
/// writes): rules separated by <c>;</c> (or <c>||</c>, or <c>,</c> before a new day), weekdays and ranges
/// (<c>Mo-Fr</c>, <c>Mo,We</c>), <c>PH</c> and <c>SH</c>, times (<c>09:00-12:00,14:00-17:30</c>, also <c>9h-12h</c>),
/// <c>off</c>/<c>closed</c>, <c>24/7</c> and quoted comments; a later rule replaces the hours of the days it names.
/// Anything else (months, weeks, dates, sunrise…) is not understood: <see cref="IsParsed"/> is false and the value
/// is shown as written. No maintained .NET parser of the format is available on NuGet.
/// </summary>
public sealed partial class OpeningHours
{
    private static readonly string[] DayCodes = ["Mo", "Tu", "We", "Th", "Fr", "Sa", "Su"];

    private static readonly string[] DayNames = ["lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche"];

    private readonly List<OpeningInterval>[] days = [.. Enumerable.Range(0, 7).Select(_ => new List<OpeningInterval>())];
    private readonly List<string> comments = [];
    private List<OpeningInterval>? holidays;

    private OpeningHours(string raw) => Raw = raw;

    public string Raw { get; }

    /// <summary>False when the value uses syntax this reader does not understand: show <see cref="Raw"/> then.</summary>
    public bool IsParsed { get; private set; }

    /// <summary>Closed on school holidays (<c>SH off</c>).</summary>
    public bool ClosedOnSchoolHolidays { get; private set; }

    public IReadOnlyList<string> Comments => comments;

    /// <summary>The intervals of a day of the week (Monday = 0).</summary>
    public IReadOnlyList<OpeningInterval> On(int mondayBasedDay) => days[mondayBasedDay];

    public static OpeningHours Parse(string raw)
    {
        var hours = new OpeningHours(raw);
        hours.IsParsed = hours.TryParse(raw.Trim());
        return hours;
    }

    public static int MondayBased(DayOfWeek day) => ((int)day + 6) % 7;

    public static string DayName(int mondayBasedDay) => DayNames[mondayBasedDay];

    private bool TryParse(string text)
    {
        if (text.Length == 0)
        {
            return false;
        }

        var normalized = text.Replace("||", ";", StringComparison.Ordinal).Replace('–', '-').Replace('—', '-').Replace('\u00A0', ' ');
        var rules = RuleSeparator().Split(normalized).Select(r => r.Trim()).Where(r => r.Length > 0).ToList();
        if (rules.Count == 0)
        {
            return false;
        }

        foreach (var rule in rules)
        {
            if (!ApplyRule(rule))
            {
                return false;
            }
        }

        return true;
    }

    private bool ApplyRule(string rule)
    {
        if (rule == "24/7")
        {
            foreach (var day in days)
            {
                day.Clear();
                day.Add(new OpeningInterval(TimeSpan.Zero, TimeSpan.FromHours(24)));
            }

            return true;
        }

        var match = RulePattern().Match(rule);
        if (!match.Success)
        {
            return false;
        }

        var selectors = match.Groups["days"].Value.Trim().TrimEnd(',');
        var rest = match.Groups["rest"].Value.Trim();
        if (match.Groups["comment"].Success)
        {
            comments.Add(match.Groups["comment"].Value.Trim());
        }

        var targets = new HashSet<int>();
        var publicHolidays = false;
        var schoolHolidays = false;
        if (selectors.Length == 0)
        {
            targets.UnionWith(Enumerable.Range(0, 7));
        }
        else
        {
            foreach (var part in selectors.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                if (part == "PH")
                {
                    publicHolidays = true;
                    continue;
                }

                if (part == "SH")
                {
                    schoolHolidays = true;
                    continue;
                }

                var range = part.Split('-');
                var from = Array.IndexOf(DayCodes, range[0]);
                var to = range.Length > 1 ? Array.IndexOf(DayCodes, range[1]) : from;
                if (from < 0 || to < 0)
                {
                    return false;
                }

                for (var d = from; ; d = (d + 1) % 7)
                {
                    targets.Add(d);
                    if (d == to)
                    {
                        break;
                    }
                }
            }
        }

        List<OpeningInterval> intervals;
        if (rest is "off" or "closed" or "")
        {
            if (rest.Length == 0 && !match.Groups["comment"].Success)
            {
                // "Mo-Fr" alone: open all day on those days.
                intervals = [new OpeningInterval(TimeSpan.Zero, TimeSpan.FromHours(24))];
            }
            else
            {
                intervals = [];
            }

            if (rest.Length == 0 && match.Groups["comment"].Success)
            {
                // "Sa \"sur rendez-vous\"": a comment alone says nothing about the hours.
                return true;
            }
        }
        else if (!TryTimes(rest.Replace("open", "", StringComparison.Ordinal).Trim(), out intervals))
        {
            return false;
        }

        if (schoolHolidays)
        {
            // Which weeks are school holidays is not in the file: say it, do not compute it.
            ClosedOnSchoolHolidays = intervals.Count == 0;
            if (targets.Count == 0)
            {
                return true;
            }
        }

        if (publicHolidays)
        {
            holidays = intervals;
        }

        foreach (var day in targets)
        {
            days[day].Clear();
            days[day].AddRange(intervals);
        }

        return true;
    }

    private static bool TryTimes(string text, out List<OpeningInterval> intervals)
    {
        intervals = [];
        foreach (var part in text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var match = TimeRange().Match(part);
            if (!match.Success)
            {
                return false;
            }

            var start = Time(match.Groups["h1"].Value, match.Groups["m1"].Value);
            var end = match.Groups["h2"].Success ? Time(match.Groups["h2"].Value, match.Groups["m2"].Value) : TimeSpan.FromHours(24);
            if (start is null || end is null)
            {
                return false;
            }

            // "22:00-02:00" runs past midnight: kept to the end of the day.
            intervals.Add(new OpeningInterval(start.Value, end.Value <= start.Value ? TimeSpan.FromHours(24) : end.Value));
        }

        intervals.Sort((a, b) => a.Start.CompareTo(b.Start));
        return intervals.Count > 0;
    }

    private static TimeSpan? Time(string hours, string minutes)
    {
        var h = int.Parse(hours, CultureInfo.InvariantCulture);
        var m = minutes.Length > 0 ? int.Parse(minutes, CultureInfo.InvariantCulture) : 0;
        return h > 24 || m > 59 || (h == 24 && m > 0) ? null : new TimeSpan(h, m, 0);
    }

    /// <summary>« du lundi au vendredi, 9 h–12 h et 14 h–17 h 30 ; le samedi, 9 h–12 h », or the value as written.</summary>
    public string ToFrench()
    {
        if (!IsParsed)
        {
            return Raw;
        }

        var groups = new List<(List<int> Days, string Times)>();
        for (var d = 0; d < 7; d++)
        {
            if (days[d].Count == 0)
            {
                continue;
            }

            var times = Times(days[d]);
            var group = groups.FindIndex(g => g.Times == times);
            if (group >= 0)
            {
                groups[group].Days.Add(d);
            }
            else
            {
                groups.Add(([d], times));
            }
        }

        var text = groups.Count == 0 ? "fermé" : string.Join(" ; ", groups.Select(g => $"{DaysText(g.Days)}, {g.Times}"));
        if (holidays is { Count: 0 })
        {
            text += " ; fermé les jours fériés";
        }
        else if (holidays is { Count: > 0 } open)
        {
            text += $" ; les jours fériés, {Times(open)}";
        }

        if (ClosedOnSchoolHolidays)
        {
            text += " ; fermé pendant les vacances scolaires";
        }

        if (comments.Count > 0)
        {
            text += $" ({string.Join(" ; ", comments)})";
        }

        return text;
    }

    /// <summary>« 9 h–12 h et 14 h–17 h 30 ».</summary>
    public static string Times(IReadOnlyList<OpeningInterval> intervals) =>
        intervals.Count == 1 && intervals[0].Start == TimeSpan.Zero && intervals[0].End == TimeSpan.FromHours(24)
            ? "toute la journée"
            : Enumerate(intervals.Select(i => $"{Clock(i.Start)}–{Clock(i.End)}"));

    /// <summary>« 9 h », « 17 h 30 ».</summary>
    public static string Clock(TimeSpan time) =>
        time.Minutes == 0 ? $"{(int)time.TotalHours} h" : $"{(int)time.TotalHours} h {time.Minutes:00}";

    /// <summary>« du lundi au vendredi », « le samedi », « du lundi au mercredi et le vendredi ».</summary>
    private static string DaysText(List<int> group)
    {
        var runs = new List<string>();
        var start = 0;
        while (start < group.Count)
        {
            var end = start;
            while (end + 1 < group.Count && group[end + 1] == group[end] + 1)
            {
                end++;
            }

            if (end - start >= 2)
            {
                runs.Add($"du {DayNames[group[start]]} au {DayNames[group[end]]}");
            }
            else
            {
                runs.AddRange(group[start..(end + 1)].Select(d => $"le {DayNames[d]}"));
            }

            start = end + 1;
        }

        return Enumerate(runs);
    }

    private static string Enumerate(IEnumerable<string> items)
    {
        var list = items.ToList();
        return list.Count <= 1 ? string.Concat(list) : $"{string.Join(", ", list[..^1])} et {list[^1]}";
    }

    /// <summary>The hours of a given date: those of its weekday, or of public holidays when it is one and the value says.</summary>
    public IReadOnlyList<OpeningInterval> OnDate(DateOnly date) =>
        holidays is not null && FrenchHolidays.IsHoliday(date) ? holidays : days[MondayBased(date.DayOfWeek)];

    /// <summary>
    /// « Aujourd'hui (mardi 3 décembre), ouvert 9 h–12 h et 14 h–17 h 30 : ouvert en ce moment, jusqu'à 12 h. » for a
    /// local (Europe/Paris) date and time; null when the hours are not understood.
    /// </summary>
    public string? Today(DateTime local)
    {
        if (!IsParsed)
        {
            return null;
        }

        var date = DateOnly.FromDateTime(local);
        var now = local.TimeOfDay;
        var today = OnDate(date);
        var day = date.ToString("dddd d MMMM", French);
        var holiday = holidays is not null && FrenchHolidays.IsHoliday(date) ? ", jour férié" : "";
        if (today.Count == 0)
        {
            var next = NextOpening(date);
            return $"Aujourd'hui ({day}{holiday}), c'est fermé." + (next is null ? "" : $" Prochaine ouverture : {next}.");
        }

        var hours = Times(today);
        var current = today.FirstOrDefault(i => i.Contains(now));
        string state;
        if (current != default)
        {
            state = current.End == TimeSpan.FromHours(24) ? "ouvert en ce moment" : $"ouvert en ce moment, jusqu'à {Clock(current.End)}";
        }
        else if (today.FirstOrDefault(i => i.Start > now) is { } later && later != default)
        {
            state = $"fermé en ce moment, ouverture à {Clock(later.Start)}";
        }
        else
        {
            var next = NextOpening(date);
            state = "fermé pour le reste de la journée" + (next is null ? "" : $" ; prochaine ouverture : {next}");
        }

        return $"Aujourd'hui ({day}{holiday}), ouvert {hours} : {state}.";
    }

    private string? NextOpening(DateOnly date)
    {
        for (var i = 1; i <= 7; i++)
        {
            var next = date.AddDays(i);
            if (OnDate(next) is { Count: > 0 } intervals)
            {
                return $"{(i == 1 ? "demain" : next.ToString("dddd", French))} ({next.ToString("d MMMM", French)}), {Times(intervals)}";
            }
        }

        return null;
    }

    private static readonly CultureInfo French = CultureInfo.GetCultureInfo("fr-FR");

    [GeneratedRegex(@";|(?<=\d|off|closed|"")\s*,\s*(?=(?:Mo|Tu|We|Th|Fr|Sa|Su|PH|SH)\b)")]
    private static partial Regex RuleSeparator();

    [GeneratedRegex(@"^(?<days>(?:(?:Mo|Tu|We|Th|Fr|Sa|Su|PH|SH)(?:-(?:Mo|Tu|We|Th|Fr|Sa|Su))?\s*,?\s*)*)(?<rest>[^""]*?)\s*(?:""(?<comment>[^""]*)"")?\s*$")]
    private static partial Regex RulePattern();

    [GeneratedRegex(@"^(?<h1>\d{1,2})(?:[:hH](?<m1>\d{2})?)?\s*-\s*(?<h2>\d{1,2})(?:[:hH](?<m2>\d{2})?)?$|^(?<h1>\d{1,2})(?:[:hH](?<m1>\d{2})?)?\+$")]
    private static partial Regex TimeRange();
}

/// <summary>The public holidays of metropolitan France (fixed days, and Easter Monday, Ascension and Whit Monday).</summary>
public static class FrenchHolidays
{
    public static bool IsHoliday(DateOnly date)
    {
        if ((date.Month, date.Day) is (1, 1) or (5, 1) or (5, 8) or (7, 14) or (8, 15) or (11, 1) or (11, 11) or (12, 25))
        {
            return true;
        }

        var easter = Easter(date.Year);
        return date == easter.AddDays(1) || date == easter.AddDays(39) || date == easter.AddDays(50);
    }

    /// <summary>Easter Sunday (anonymous Gregorian algorithm).</summary>
    public static DateOnly Easter(int year)
    {
        int a = year % 19, b = year / 100, c = year % 100, d = b / 4, e = b % 4, f = (b + 8) / 25, g = (b - f + 1) / 3;
        int h = ((19 * a) + b - d - g + 15) % 30, i = c / 4, k = c % 4, l = (32 + (2 * e) + (2 * i) - h - k) % 7;
        int m = (a + (11 * h) + (22 * l)) / 451, month = (h + l - (7 * m) + 114) / 31, day = ((h + l - (7 * m) + 114) % 31) + 1;
        return new DateOnly(year, month, day);
    }
}
