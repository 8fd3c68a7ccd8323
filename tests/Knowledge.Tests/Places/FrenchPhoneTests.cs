using Mednum49.Knowledge.Places;

namespace Mednum49.Knowledge.Tests.Places;

public sealed class FrenchPhoneTests
{
    [Theory]
    [InlineData("+33199000001", "+33199000001")]
    [InlineData("01 99 00 00 01", "+33199000001")]
    [InlineData("01.99.00.00.01", "+33199000001")]
    [InlineData("+33 (0)1 99 00 00 01", "+33199000001")]
    [InlineData("0033 1 99 00 00 01", "+33199000001")]
    [InlineData("199000001", "+33199000001")]
    [InlineData("+590590123456", "+590590123456")]
    public void Common_forms_give_the_international_form(string raw, string expected)
    {
        Assert.Equal(expected, FrenchPhone.Normalize(raw, out var problem, out _));
        Assert.Null(problem);
    }

    [Theory]
    [InlineData("39 49", "short number")]
    [InlineData("3949", "short number")]
    [InlineData("appeler la mairie", "not a phone number")]
    [InlineData("+44 20 7946 0000", "not a French phone number")]
    public void Other_values_are_not_phones(string raw, string reason)
    {
        Assert.Null(FrenchPhone.Normalize(raw, out var problem, out _));
        Assert.Contains(reason, problem, StringComparison.Ordinal);
    }

    [Fact]
    public void Several_numbers_keep_the_first_with_a_note()
    {
        Assert.Equal("+33199000001", FrenchPhone.Normalize("01 99 00 00 01 / 06 99 00 00 02", out var problem, out var note));
        Assert.Null(problem);
        Assert.NotNull(note);
    }

    [Fact]
    public void A_french_number_is_shown_in_pairs_with_its_leading_zero()
    {
        Assert.Equal("02 41 99 00 00", FrenchPhone.Display("+33241990000"));
        Assert.Equal("tel:+33241990000", FrenchPhone.Uri("+33241990000"));
    }
}
