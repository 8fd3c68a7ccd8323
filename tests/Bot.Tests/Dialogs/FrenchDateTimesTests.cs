using Mednum49.Bot.Dialogs.Prompts;

namespace Mednum49.Bot.Tests.Dialogs;

/// <summary>Dates relative to a fixed reference: Sunday 29 November 2026, 10:00 (and other moments where it matters).</summary>
public sealed class FrenchDateTimesTests
{
    private static readonly DateTime Sunday = new(2026, 11, 29, 10, 0, 0);

    private static DateTimeResolution Best(string text, DateTime? reference = null)
    {
        var readings = FrenchDateTimes.Recognize(text, reference ?? Sunday);
        Assert.NotEmpty(readings);
        return readings[0];
    }

    [Theory]
    [InlineData("jeudi prochain", "date", "2026-12-03")]
    [InlineData("demain 14h", "datetime", "2026-11-30 14:00:00")]
    [InlineData("demain à 14h", "datetime", "2026-11-30 14:00:00")]
    [InlineData("le 3 décembre", "date", "2026-12-03")]
    [InlineData("le 3 decembre", "date", "2026-12-03")]
    [InlineData("mardi", "date", "2026-12-01")]
    [InlineData("lundi à 9h30", "datetime", "2026-11-30 09:30:00")]
    [InlineData("lundi a 9h30", "datetime", "2026-11-30 09:30:00")]
    [InlineData("jeudi prochain à 14h30", "datetime", "2026-12-03 14:30:00")]
    [InlineData("hier", "date", "2026-11-28")]
    [InlineData("aujourd'hui", "date", "2026-11-29")]
    [InlineData("dans 2 jours", "date", "2026-12-01")]
    public void A_french_date_resolves_relative_to_the_reference(string text, string type, string value)
    {
        var best = Best(text);

        Assert.Equal((type, value), (best.Type, best.Value));
    }

    [Fact]
    public void The_time_as_written_is_preferred_to_twelve_hours_later_and_the_future_to_the_past()
    {
        var readings = FrenchDateTimes.Recognize("lundi à 9h30", Sunday);

        Assert.Equal(4, readings.Count);
        Assert.Equal("2026-11-30 09:30:00", readings[0].Value);
        Assert.Equal("2026-11-30 21:30:00", readings[1].Value);
        Assert.Equal(new DateTime(2026, 11, 30, 9, 30, 0), readings[0].Moment(Sunday));
    }

    [Fact]
    public void A_weekday_whose_time_has_passed_today_means_next_week()
    {
        var mondayMorning = new DateTime(2026, 11, 30, 10, 0, 0);

        Assert.Equal("2026-12-07 09:30:00", Best("lundi à 9h30", mondayMorning).Value);
        Assert.Equal("2026-11-30 11:00:00", Best("lundi à 11h", mondayMorning).Value);
    }

    [Fact]
    public void An_hour_without_a_date_is_the_next_one_on_the_clock()
    {
        var afternoon = new DateTime(2026, 11, 29, 14, 0, 0);

        Assert.Equal("15:00:00", Best("à 3h", afternoon).Value);
        Assert.Equal(new DateTime(2026, 11, 29, 15, 0, 0), Best("à 3h", afternoon).Moment(afternoon));
    }

    [Fact]
    public void This_week_end_is_the_coming_saturday_and_sunday()
    {
        var wednesday = new DateTime(2026, 12, 2, 10, 0, 0);

        var weekEnd = Best("ce week-end", wednesday);
        Assert.Equal(("daterange", "2026-12-05", "2026-12-07", "2026-W49-WE"), (weekEnd.Type, weekEnd.Start, weekEnd.End, weekEnd.Timex));
        Assert.Equal("2026-11-28", Best("ce weekend", Sunday).Start);
        Assert.Equal("2026-12-05", Best("le week-end prochain", Sunday).Start);
    }

    [Theory]
    [InlineData("en mars")]
    [InlineData("bonjour")]
    [InlineData("")]
    public void What_does_not_resolve_to_a_moment_is_not_recognised(string text)
    {
        Assert.Empty(FrenchDateTimes.Recognize(text, Sunday));
    }
}
