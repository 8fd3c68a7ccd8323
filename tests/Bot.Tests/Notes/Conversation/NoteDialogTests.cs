using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Notes;
using Mednum49.Bot.Notes.Conversation;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Tests.Notes.Conversation;

/// <summary>Filing a note one question at a time, on a channel without cards, through the real bot.</summary>
public sealed class NoteDialogTests : IDisposable
{
    private const string Note = "Compte rendu de la réunion des bénévoles.\nProchaine rencontre à Segré.";

    private readonly NotesBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private WorkingGroup Benevoles => _bot.Group("benevoles");

    private static string GroupList(IEnumerable<WorkingGroup> groups) =>
        string.Join("\n", groups.Select((g, i) => $"{i + 1}. {g.Title}"));

    private string GroupQuestion => $"{NoteTexts.GroupQuestion}\n\n{GroupList(_bot.Groups.All())}";

    private static string ConfirmQuestion => $"{NoteTexts.ConfirmQuestion}\n\n1. Oui\n2. Non";

    private static string Summary(WorkingGroup group, string text, string? date) =>
        string.Join("\n", new[] { NoteTexts.Summary, $"Groupe : {group.Title}", date is null ? null : $"Date concernée : {date}", text }.OfType<string>());

    [Fact]
    public async Task The_happy_path_saves_the_note_with_its_resolved_date_before_confirming_it()
    {
        var adapter = _bot.Adapter();
        string? reference = null;

        await _bot.Flow(adapter)
            .Send("je veux déposer une note").AssertReply(GroupQuestion)
            .Send("bénévoles").AssertReply(NoteTexts.TextQuestion(Benevoles))
            .Send(Note).AssertReply(NoteTexts.DateQuestion)
            .Send("réunion de jeudi prochain").AssertReply(Summary(Benevoles, Note, "jeudi 3 décembre 2026"))
            .AssertReply(ConfirmQuestion)
            .Send("oui").AssertReply(async reply =>
            {
                // The note is in the database by the time the bot says so.
                var saved = Assert.Single(await _bot.AllNotesAsync());
                reference = saved.Reference;
                Assert.Equal($"{NotesMessages.Saved(saved, Benevoles)}\nDate concernée : jeudi 3 décembre 2026", reply.AsMessageActivity().Text);
            })
            .StartTestAsync();

        var note = await _bot.Store.GetAsync(reference!);
        Assert.NotNull(note);
        Assert.Equal(Benevoles.Id, note.GroupId);
        Assert.Equal(Note, note.Text);
        Assert.Equal(new DateOnly(2026, 12, 3), note.ReferenceDate);
        Assert.Equal(new NoteUser("test", NotesBot.Marie.Id, NotesBot.Marie.AadObjectId, NotesBot.Marie.Name), note.Author);
        Assert.Equal("conv-1", note.ConversationId);
        Assert.Equal(TimeSpan.Zero, note.CreatedUtc.Offset);
        Assert.StartsWith("activity|test|conv-1|", note.IdempotencyKey, StringComparison.Ordinal);
        Assert.Equal([note.Reference], _bot.Notifier.Announced.Select(n => n.Reference));
    }

    [Theory]
    [InlineData("non")]
    [InlineData("aucune")]
    [InlineData("passer")]
    [InlineData("Pas de date")]
    public async Task The_date_is_optional(string noDate)
    {
        await _bot.Flow(_bot.Adapter())
            .Send("note").AssertReply(GroupQuestion)
            .Send("2").AssertReply(NoteTexts.TextQuestion(_bot.Group("recherche-de-financement")))
            .Send("Piste : appel à projets régional.").AssertReply(NoteTexts.DateQuestion)
            .Send(noDate).AssertReply(Summary(_bot.Group("recherche-de-financement"), "Piste : appel à projets régional.", null))
            .AssertReply(ConfirmQuestion)
            .Send("oui").AssertReply(reply => Assert.StartsWith("Votre note est enregistrée pour le groupe « Recherche de financement", reply.AsMessageActivity().Text, StringComparison.Ordinal))
            .StartTestAsync();

        var note = Assert.Single(await _bot.AllNotesAsync());
        Assert.Null(note.ReferenceDate);
    }

    public static TheoryData<int> Steps() => [0, 1, 2, 3];

    [Theory]
    [MemberData(nameof(Steps))]
    public async Task Cancelling_at_any_step_saves_nothing(int step)
    {
        var answers = new[] { "déposer une note", "bénévoles", Note, "non" };
        var adapter = _bot.Adapter();
        foreach (var answer in answers.Take(step + 1))
        {
            await _bot.TurnAsync(adapter, answer);
        }

        var replies = await _bot.TurnAsync(adapter, "annuler");

        Assert.Equal(DialogMessages.Cancelled, Assert.Single(replies).AsMessageActivity().Text);
        Assert.Empty(await _bot.AllNotesAsync());
        // The conversation is free again: the next message is a question for the orientation engine.
        Assert.Equal("Question : oui", (await _bot.TurnAsync(adapter, "oui")).Single().AsMessageActivity().Text);
        Assert.Empty(await _bot.AllNotesAsync());
    }

    [Fact]
    public async Task Saying_no_at_the_confirmation_saves_nothing()
    {
        await _bot.Flow(_bot.Adapter())
            .Send("nouvelle note").AssertReply(GroupQuestion)
            .Send("la troisième").AssertReply(NoteTexts.TextQuestion(_bot.Group("engagement-des-mds")))
            .Send(Note).AssertReply(NoteTexts.DateQuestion)
            .Send("non").AssertReply(_ => { }).AssertReply(ConfirmQuestion)
            .Send("non").AssertReply(NoteTexts.NotSaved)
            .StartTestAsync();

        Assert.Empty(await _bot.AllNotesAsync());
    }

    [Fact]
    public async Task An_unknown_group_is_asked_again_then_a_valid_one_is_taken()
    {
        await _bot.Flow(_bot.Adapter())
            .Send("ajouter une note").AssertReply(GroupQuestion)
            .Send("le groupe des astronautes").AssertReply($"{NoteTexts.GroupRetry}\n\n{GroupList(_bot.Groups.All())}")
            .Send("le groupe sur le reconditionnement").AssertReply(NoteTexts.TextQuestion(_bot.Group("reconditionnement")))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("bénévoles", "benevoles")]
    [InlineData("le groupe sur le reconditionnement", "reconditionnement")]
    [InlineData("3", "engagement-des-mds")]
    [InlineData("la troisième", "engagement-des-mds")]
    [InlineData("MDS", "engagement-des-mds")]
    [InlineData("Angers", "maillage-angers-loire-metropole")]
    [InlineData("les publics précaires", "publics-precaires")]
    [InlineData("sobriété", "sobriete-numerique")]
    [InlineData("à domicile", "accompagnement-a-domicile")]
    [InlineData("financement", "recherche-de-financement")]
    [InlineData("reconditionement", "reconditionnement")]
    public async Task The_group_is_understood_in_the_words_people_use(string answer, string slug)
    {
        await _bot.Flow(_bot.Adapter())
            .Send("note").AssertReply(GroupQuestion)
            .Send(answer).AssertReply(NoteTexts.TextQuestion(_bot.Group(slug)))
            .StartTestAsync();
    }

    [Theory]
    [InlineData("je veux laisser une note au groupe bénévoles", "benevoles")]
    [InlineData("déposer une note pour le reconditionnement", "reconditionnement")]
    [InlineData("note sobriété", "sobriete-numerique")]
    [InlineData("note 8", "accompagnement-a-domicile")]
    public async Task A_group_named_in_the_request_is_preselected(string request, string slug)
    {
        await _bot.Flow(_bot.Adapter())
            .Send(request).AssertReply(NoteTexts.TextQuestion(_bot.Group(slug)))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_number_in_a_sentence_is_not_taken_for_a_group()
    {
        await _bot.Flow(_bot.Adapter())
            .Send("je voudrais déposer une note sur la réunion du 3 mars").AssertReply(GroupQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task An_empty_note_is_asked_again_with_the_reason()
    {
        var adapter = _bot.Adapter();
        var emptyClick = adapter.MakeActivity();
        emptyClick.Value = new Newtonsoft.Json.Linq.JObject { ["autre"] = 1 };

        await _bot.Flow(adapter)
            .Send("note bénévoles").AssertReply(NoteTexts.TextQuestion(Benevoles))
            .Send(emptyClick).AssertReply(NoteRules.TextMissing)
            .Send("   ").AssertReply(NoteRules.TextMissing)
            .Send("Enfin le texte.").AssertReply(NoteTexts.DateQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task A_note_that_is_too_long_is_refused_with_the_limit_and_its_length_then_a_shorter_one_is_taken()
    {
        var tooLong = new string('a', NoteRules.MaxTextLength + 1);
        var longest = new string('b', NoteRules.MaxTextLength);

        // The French message gives both numbers ("4 001" and "4 000", grouped as French writes them).
        Assert.Matches(@"^Votre note fait 4\s001 caractères, et la limite est de 4\s000 caractères\.", NoteRules.TextTooLong(NoteRules.MaxTextLength + 1));

        await _bot.Flow(_bot.Adapter())
            .Send("note bénévoles").AssertReply(NoteTexts.TextQuestion(Benevoles))
            .Send(tooLong).AssertReply(NoteRules.TextTooLong(NoteRules.MaxTextLength + 1))
            .Send(longest).AssertReply(NoteTexts.DateQuestion)
            .Send("non").AssertReply(_ => { }).AssertReply(ConfirmQuestion)
            .Send("oui").AssertReply(_ => { })
            .StartTestAsync();

        Assert.Equal(longest, Assert.Single(await _bot.AllNotesAsync()).Text);
    }

    [Fact]
    public async Task An_invalid_date_is_asked_again_and_a_date_out_of_range_says_why()
    {
        await _bot.Flow(_bot.Adapter())
            .Send("note bénévoles").AssertReply(NoteTexts.TextQuestion(Benevoles))
            .Send(Note).AssertReply(NoteTexts.DateQuestion)
            .Send("quand ça m'arrange").AssertReply($"{NoteTexts.DateRetry}\n\n{NoteTexts.DateQuestion}")
            .Send("14/03/1850").AssertReply(NoteRules.DateOutOfRange())
            .Send("14/03/2025").AssertReply(Summary(Benevoles, Note, "vendredi 14 mars 2025"))
            .StartTestAsync();
    }

    [Fact]
    public async Task Help_during_the_dialog_explains_the_question_and_asks_it_again()
    {
        await _bot.Flow(_bot.Adapter())
            .Send("note bénévoles").AssertReply(NoteTexts.TextQuestion(Benevoles))
            .Send("aide").AssertReply(NoteTexts.TextHelp).AssertReply(NoteTexts.TextQuestion(Benevoles))
            .Send(Note).AssertReply(NoteTexts.DateQuestion)
            .StartTestAsync();
    }

    [Fact]
    public async Task Html_and_script_are_stored_verbatim_and_shown_as_text()
    {
        const string html = "<script>alert('x')</script> <b>gras</b> [lien](https://exemple.invalid) & co";

        await _bot.Flow(_bot.Adapter())
            .Send("note bénévoles").AssertReply(_ => { })
            .Send(html).AssertReply(NoteTexts.DateQuestion)
            .Send("non").AssertReply(Summary(Benevoles, html, null)).AssertReply(ConfirmQuestion)
            .Send("oui").AssertReply(_ => { })
            .StartTestAsync();

        Assert.Equal(html, Assert.Single(await _bot.AllNotesAsync()).Text);
    }

    [Fact]
    public async Task A_retried_confirmation_saves_one_note_and_confirms_it_once()
    {
        var adapter = _bot.Adapter();
        foreach (var answer in new[] { "note bénévoles", Note, "non" })
        {
            await _bot.TurnAsync(adapter, answer);
        }

        var yes = adapter.Message("oui", "activity-oui");
        var first = await _bot.TurnAsync(adapter, yes);
        // The channel did not get the answer in time and sends the same activity again.
        var retry = await _bot.TurnAsync(adapter, adapter.Message("oui", "activity-oui"));

        Assert.StartsWith("Votre note est enregistrée", Assert.Single(first).AsMessageActivity().Text, StringComparison.Ordinal);
        Assert.Empty(retry);
        Assert.Single(await _bot.AllNotesAsync());
        Assert.Single(_bot.Notifier.Announced);
    }

    [Fact]
    public async Task Outside_the_allowed_tenants_nobody_may_start_a_note()
    {
        using var restricted = new NotesBot(new() { ["Bot:AllowedTenants:0"] = "9a8b7c6d-1111-2222-3333-444455556666" });

        await restricted.Flow(restricted.Adapter())
            .Send("je veux déposer une note").AssertReply(NotesMessages.SubmitDenied)
            .Send("note").AssertReply(NotesMessages.SubmitDenied)
            .StartTestAsync();

        Assert.Empty(await restricted.AllNotesAsync());
    }

    [Theory]
    [InlineData("notes bénévoles")]
    [InlineData("mes notes")]
    [InlineData("export bénévoles")]
    [InlineData("Qui porte l'action B.6 ?")]
    public void Reading_commands_and_questions_do_not_start_a_note(string text) => Assert.Null(NoteIntent.Recognize(text));

    [Fact]
    public async Task In_a_group_conversation_without_cards_the_dialog_is_not_started()
    {
        await _bot.Flow(_bot.Adapter(conversationType: "groupChat"))
            .Send("note").AssertReply(NoteTexts.GroupConversation)
            .StartTestAsync();
    }

    [Fact]
    public async Task A_failure_to_tell_the_animators_does_not_spoil_the_confirmation()
    {
        _bot.Notifier.Failure = new HttpRequestException("Teams injoignable");
        var adapter = _bot.Adapter();
        foreach (var answer in new[] { "note bénévoles", Note, "non" })
        {
            await _bot.TurnAsync(adapter, answer);
        }

        var replies = await _bot.TurnAsync(adapter, "oui");

        var note = Assert.Single(await _bot.AllNotesAsync());
        Assert.Equal(NotesMessages.Saved(note, Benevoles), Assert.Single(replies).AsMessageActivity().Text);
        Assert.Single(_bot.Notifier.Announced);
    }
}
