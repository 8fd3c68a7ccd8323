using Mednum49.Bot.Cards;
using Mednum49.Bot.Notes;
using Mednum49.Bot.Notes.Conversation;
using Mednum49.Bot.Tests.Cards;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Notes.Conversation;

/// <summary>Every card of the notes conversation goes through the official Adaptive Cards client, which must accept it as is.</summary>
public sealed class NoteCardValidationTests : IDisposable
{
    private const string Tricky = "<script>alert('x')</script> **gras** [lien](https://exemple.invalid) {{DATE(2017-02-14T06:00:00Z)}}\n\n- liste\n# titre\u202E";

    private readonly NotesBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private static IEnumerable<JObject> Cards(IEnumerable<IActivity> activities) =>
        activities.Select(a => a.AsMessageActivity())
            .Where(m => m?.Attachments is not null)
            .SelectMany(m => m.Attachments)
            .Where(a => a.ContentType == AdaptiveCardBuilder.ContentType)
            .Select(a => (JObject)a.Content);

    [Fact]
    public async Task Every_card_a_teams_session_produces_is_accepted_by_the_official_client()
    {
        var cards = new List<(string Step, JObject Card)>();
        var marie = _bot.Adapter("a:marie", NotesBot.Marie, "msteams", "personal");
        var claire = _bot.Adapter("a:claire", NotesBot.Claire, "msteams", "personal");

        async Task Say(NotesTestAdapter adapter, string step, Activity activity)
        {
            cards.AddRange(Cards([.. await _bot.TurnAsync(adapter, activity), .. adapter.Updates]).Select(c => (step, c)));
            adapter.Updates.Clear();
        }

        Task Type(NotesTestAdapter adapter, string text) => Say(adapter, text, adapter.Message(text, Guid.NewGuid().ToString("N")));

        await Type(marie, "note");
        var form = cards[^1].Card;
        var submissionId = (string)CardJson.Buttons(form).Single(b => b["data"]?[NoteForm.FormProperty] is not null)["data"]![NoteForm.SubmissionIdProperty]!;
        var bad = marie.Message(null, "bad");
        bad.ReplyToId = "form-1";
        bad.Value = new JObject { [NoteForm.FormProperty] = NoteForm.FormName, [NoteForm.SubmissionIdProperty] = submissionId, ["group"] = "x", ["text"] = new string('a', 4001), ["date"] = "demain" };
        await Say(marie, "form with errors", bad);
        var good = marie.Message(null, "good");
        good.ReplyToId = "form-1";
        good.Value = new JObject { [NoteForm.FormProperty] = NoteForm.FormName, [NoteForm.SubmissionIdProperty] = submissionId, ["group"] = "group:benevoles", ["text"] = Tricky, ["date"] = "2026-12-03" };
        await Say(marie, "confirmation", good);
        for (var i = 0; i < 6; i++)
        {
            await _bot.Store.AddAsync(new NoteDraft("group:benevoles", $"{Tricky}\n{new string('y', 700)} {i}", new DateOnly(2026, 12, 3), NoteUser.From(good), "c"), $"k{i}");
        }

        await Type(marie, "note pas à pas");
        await Type(marie, "bénévoles");
        await Type(marie, Tricky);
        await Type(marie, "jeudi prochain");
        await Type(marie, "mes notes");
        var reference = (await _bot.Store.ListByAuthorAsync(NoteUser.From(good), 1, 1)).Notes[0].Reference;
        await Type(marie, "annuler");
        await Type(marie, $"corriger {reference}");
        await Type(marie, Tricky);
        await Type(marie, "annuler");
        await Type(marie, $"supprimer {reference}");
        await Type(marie, "annuler");
        await Type(marie, "notes bénévoles");
        await Type(claire, "notes bénévoles");
        await Type(claire, "notes bénévoles page 2");
        await Type(claire, "notes");
        await Type(claire, "notes astronautes");
        await Type(claire, "export");

        string[] expected = ["note", "form with errors", "confirmation", "note pas à pas", "jeudi prochain", "mes notes", $"corriger {reference}", Tricky, $"supprimer {reference}", "notes bénévoles", "notes bénévoles page 2", "notes", "notes astronautes", "export"];
        Assert.All(expected, step => Assert.Contains(cards, c => c.Step == step));

        var checks = await AdaptiveCardsClient.CheckAsync(cards.Select(c => (JToken)c.Card));
        Assert.All(checks, check =>
        {
            Assert.True(check.Valid && check.DroppedProperties.Count == 0, $"{cards[check.Index].Step}: {check}");
            Assert.Equal(AdaptiveCardBuilder.Version, check.Version);
        });
    }

    [Fact]
    public async Task The_form_and_the_choice_cards_are_valid_however_they_are_built()
    {
        var groups = _bot.Groups.All();
        JObject[] cards =
        [
            NoteForm.Create(groups, "s"),
            NoteForm.Create(groups, "s", new NoteSubmission("group:benevoles", Tricky, "2026-12-03")),
            NoteForm.Create(groups, "s", new NoteSubmission(null, null, null), new Dictionary<string, string>
            {
                [NoteFields.Group] = NoteRules.GroupMissing,
                [NoteFields.Text] = NoteRules.TextMissing,
                [NoteFields.ReferenceDate] = NoteRules.DateUnreadable,
            }),
            NoteSubmitDialog.Summary(groups[0], Tricky, "2026-12-03").Card(),
            NoteSubmitDialog.Summary(groups[0], "   ", null).Card(),
        ];

        var checks = await AdaptiveCardsClient.CheckAsync(cards);

        Assert.All(checks, check => Assert.True(check.Valid && check.DroppedProperties.Count == 0, check.ToString()));
    }
}
