using Mednum49.Knowledge.Places;

namespace Mednum49.Knowledge.Tests.Places;

public sealed class OpeningHoursTests
{
    [Theory]
    [InlineData("Mo-Fr 09:00-12:00,14:00-17:30", "du lundi au vendredi, 9 h–12 h et 14 h–17 h 30")]
    [InlineData("Mo-Fr 09:00-12:00,14:00-18:30; Sa 08:30-12:00", "du lundi au vendredi, 9 h–12 h et 14 h–18 h 30 ; le samedi, 8 h 30–12 h")]
    [InlineData("Tu,Th 14:00-18:00; We 10:00-12:00", "le mardi et le jeudi, 14 h–18 h ; le mercredi, 10 h–12 h")]
    [InlineData("Mo-Sa 09:00-18:00; We off", "le lundi, le mardi et du jeudi au samedi, 9 h–18 h")]
    [InlineData("Mo-Fr 09:00-12:00; PH off", "du lundi au vendredi, 9 h–12 h ; fermé les jours fériés")]
    [InlineData("Mo-We 9h-12h", "du lundi au mercredi, 9 h–12 h")]
    [InlineData("24/7", "du lundi au dimanche, toute la journée")]
    [InlineData("Mo 10:00-12:00 \"sur rendez-vous\"", "le lundi, 10 h–12 h (sur rendez-vous)")]
    [InlineData("Mo-Fr 09:00-12:00, Sa 10:00-11:00", "du lundi au vendredi, 9 h–12 h ; le samedi, 10 h–11 h")]
    public void Common_values_are_said_in_french(string raw, string french)
    {
        var hours = OpeningHours.Parse(raw);

        Assert.True(hours.IsParsed);
        Assert.Equal(french, hours.ToFrench());
    }

    [Theory]
    [InlineData("sur rendez-vous uniquement")]
    [InlineData("Jan-Jun Mo 09:00-12:00")]
    [InlineData("Mo-Fr sunrise-sunset")]
    [InlineData("Mo 25:00-26:00")]
    public void Values_outside_the_common_subset_are_shown_as_written(string raw)
    {
        var hours = OpeningHours.Parse(raw);

        Assert.False(hours.IsParsed);
        Assert.Equal(raw, hours.ToFrench());
        Assert.Null(hours.Today(new DateTime(2026, 12, 3, 10, 0, 0)));
    }

    [Fact]
    public void Open_now_says_until_when()
    {
        var today = OpeningHours.Parse("Mo-Fr 09:00-12:00,14:00-17:30").Today(new DateTime(2026, 12, 3, 10, 30, 0));

        Assert.Equal("Aujourd'hui (jeudi 3 décembre), ouvert 9 h–12 h et 14 h–17 h 30 : ouvert en ce moment, jusqu'à 12 h.", today);
    }

    [Fact]
    public void Closed_today_says_the_next_opening()
    {
        var today = OpeningHours.Parse("Mo-Fr 09:00-12:00").Today(new DateTime(2026, 12, 5, 10, 0, 0));

        Assert.Equal("Aujourd'hui (samedi 5 décembre), c'est fermé. Prochaine ouverture : lundi (7 décembre), 9 h–12 h.", today);
    }

    [Fact]
    public void Between_two_openings_says_when_it_opens_again()
    {
        var today = OpeningHours.Parse("Mo-Fr 09:00-12:00,14:00-17:30").Today(new DateTime(2026, 12, 3, 12, 30, 0));

        Assert.EndsWith("fermé en ce moment, ouverture à 14 h.", today, StringComparison.Ordinal);
    }

    [Fact]
    public void A_public_holiday_follows_the_ph_rule()
    {
        // Christmas 2026 is a Friday.
        var today = OpeningHours.Parse("Mo-Fr 09:00-12:00; PH off").Today(new DateTime(2026, 12, 25, 10, 0, 0));

        Assert.StartsWith("Aujourd'hui (vendredi 25 décembre, jour férié), c'est fermé.", today, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(2024, 3, 31)]
    [InlineData(2025, 4, 20)]
    [InlineData(2026, 4, 5)]
    public void Easter_is_computed(int year, int month, int day) => Assert.Equal(new DateOnly(year, month, day), FrenchHolidays.Easter(year));
}
