using Mednum49.Bot.Notes;

namespace Mednum49.Bot.Tests.Notes;

public sealed class NoteRulesTests
{
    private readonly NoteRules _rules = new(new RoadmapWorkingGroups());

    [Fact]
    public void A_complete_submission_is_valid_and_becomes_a_draft()
    {
        var result = _rules.Validate(new NoteSubmission("group:reconditionnement", "  Compte rendu de la réunion.\n", "2025-03-14"));

        Assert.True(result.IsValid);
        var draft = result.ToDraft(People.Marie, "conv-1");
        Assert.Equal(RoadmapWorkingGroups.Reconditionnement.Id, draft.GroupId);
        Assert.Equal("Compte rendu de la réunion.", draft.Text);
        Assert.Equal(new DateOnly(2025, 3, 14), draft.ReferenceDate);
        Assert.Equal(People.Marie, draft.Author);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   \n\t  ")]
    public void Empty_or_blank_text_is_refused_with_a_french_message(string? text)
    {
        var result = _rules.Validate(new NoteSubmission("group:benevoles", text, null));

        Assert.False(result.IsValid);
        Assert.Equal([NoteFields.Text], result.Errors.Keys);
        Assert.Equal(NoteRules.TextMissing, result.Errors[NoteFields.Text]);
        Assert.Throws<InvalidOperationException>(() => result.ToDraft(People.Marie, "conv-1"));
    }

    [Fact]
    public void Text_at_the_limit_is_accepted_and_one_character_more_is_refused_saying_the_limit()
    {
        var atLimit = new string('a', NoteRules.MaxTextLength);

        Assert.Null(NoteRules.CheckText(atLimit));
        Assert.Null(NoteRules.CheckText($"  {atLimit}\n"));
        var error = NoteRules.CheckText(atLimit + "b");

        Assert.NotNull(error);
        Assert.Contains("4\u202F001", error);
        Assert.Contains("4\u202F000", error);
        Assert.Equal(error, _rules.Validate(new NoteSubmission("group:benevoles", atLimit + "b", null)).Errors[NoteFields.Text]);
    }

    [Theory]
    [InlineData(null, NoteRules.GroupMissing)]
    [InlineData(" ", NoteRules.GroupMissing)]
    [InlineData("group:inconnu", NoteRules.GroupUnknown)]
    [InlineData("benevoles", NoteRules.GroupUnknown)]
    public void A_missing_or_unknown_group_is_refused(string? group, string message)
    {
        var result = _rules.Validate(new NoteSubmission(group, "Texte", null));

        Assert.Equal(message, Assert.Single(result.Errors).Value);
        Assert.Null(result.Group);
    }

    [Fact]
    public void Group_ids_are_matched_whatever_their_case_and_surrounding_spaces()
    {
        Assert.Equal(RoadmapWorkingGroups.Domicile, _rules.Validate(new NoteSubmission(" GROUP:Accompagnement-Domicile ", "Texte", null)).Group);
    }

    [Fact]
    public void Html_and_script_are_kept_exactly_as_typed()
    {
        const string text = "<script>alert('x')</script> <b>gras</b> &amp; =SOMME(A1)";

        var result = _rules.Validate(new NoteSubmission("group:benevoles", text, null));

        Assert.True(result.IsValid);
        Assert.Equal(text, result.Text);
    }

    [Theory]
    [InlineData("2025-03-14", 2025, 3, 14)]
    [InlineData("14/03/2025", 2025, 3, 14)]
    [InlineData("4/3/2025", 2025, 3, 4)]
    [InlineData(" 14.03.2025 ", 2025, 3, 14)]
    public void Card_and_typed_dates_are_read(string value, int year, int month, int day)
    {
        Assert.True(NoteRules.TryParseDate(value, out var date, out var error));
        Assert.Null(error);
        Assert.Equal(new DateOnly(year, month, day), date);
    }

    [Theory]
    [InlineData("jeudi prochain", NoteRules.DateUnreadable)]
    [InlineData("2025-02-30", NoteRules.DateUnreadable)]
    [InlineData("03/14/2025", NoteRules.DateUnreadable)]
    [InlineData("1899-12-31", null)]
    public void Unreadable_or_implausible_dates_are_refused_without_losing_the_other_fields(string value, string? message)
    {
        var result = _rules.Validate(new NoteSubmission("group:benevoles", "Texte", value));

        Assert.Equal([NoteFields.ReferenceDate], result.Errors.Keys);
        Assert.Equal(message ?? NoteRules.DateOutOfRange(), result.Errors[NoteFields.ReferenceDate]);
        Assert.Equal("Texte", result.Text);
        Assert.Equal(RoadmapWorkingGroups.Benevoles, result.Group);
    }

    [Fact]
    public void No_date_is_no_date()
    {
        var result = _rules.Validate(new NoteSubmission("group:benevoles", "Texte", "  "));

        Assert.True(result.IsValid);
        Assert.Null(result.ReferenceDate);
    }

    [Fact]
    public void Every_error_is_reported_at_once_for_a_card()
    {
        var result = _rules.Validate(new NoteSubmission("group:x", "", "demain ?"));

        Assert.Equal([NoteFields.ReferenceDate, NoteFields.Group, NoteFields.Text], result.Errors.Keys.Order(StringComparer.Ordinal));
    }
}
