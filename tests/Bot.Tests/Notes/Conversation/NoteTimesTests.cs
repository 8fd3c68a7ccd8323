using Mednum49.Bot.Notes;
using Mednum49.Bot.Notes.Conversation;

namespace Mednum49.Bot.Tests.Notes.Conversation;

/// <summary>Lists and confirmations show when a note was written in Paris time, and say so.</summary>
public sealed class NoteTimesTests : IDisposable
{
    private readonly NotesBot _bot = new();

    public void Dispose() => _bot.Dispose();

    [Theory]
    [InlineData("2026-01-15T09:05:00Z", "15/01/2026 à 10:05 (heure de Paris)")] // winter: UTC+1
    [InlineData("2026-07-15T22:30:00Z", "16/07/2026 à 00:30 (heure de Paris)")] // summer: UTC+2, past midnight
    [InlineData("2026-03-29T00:59:00Z", "29/03/2026 à 01:59 (heure de Paris)")] // just before the spring change
    [InlineData("2026-03-29T01:00:00Z", "29/03/2026 à 03:00 (heure de Paris)")] // just after it
    public void A_moment_is_shown_in_paris_time_and_says_so(string utc, string expected) =>
        Assert.Equal(expected, NoteTexts.Moment(DateTimeOffset.Parse(utc, System.Globalization.CultureInfo.InvariantCulture)));

    [Fact]
    public async Task My_notes_and_the_group_list_name_paris_time()
    {
        var adapter = _bot.Adapter("a:claire", NotesBot.Claire);
        var draft = new NoteDraft("group:benevoles", "Compte rendu de la réunion.", null, NoteUser.From(adapter.Message("x", "x")), "a:claire");
        var note = (await _bot.Store.AddAsync(draft, "k-paris")).Note;

        foreach (var request in new[] { "mes notes", "notes bénévoles" })
        {
            var replies = string.Join("\n", (await _bot.TurnAsync(adapter, request)).Select(r => Newtonsoft.Json.JsonConvert.SerializeObject(r)));
            Assert.Contains(NoteTexts.Moment(note.CreatedUtc), replies, StringComparison.Ordinal);
        }
    }
}
