using Mednum49.Bot.Cards;
using Mednum49.Bot.Notes;
using Mednum49.Bot.Notes.Conversation;
using Mednum49.Bot.Tests.Cards;
using Microsoft.Bot.Schema;
using Moq;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Notes.Conversation;

/// <summary>The one-step form: sent where cards render, checked again on the server, saved once per form.</summary>
public sealed class NoteFormTests : IDisposable
{
    private readonly NotesBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private NotesTestAdapter Teams(ChannelAccount? user = null, string conversationId = "a:personal-1") =>
        _bot.Adapter(conversationId, user, "msteams", "personal");

    private static JObject CardOf(IActivity activity)
    {
        var attachment = Assert.Single(activity.AsMessageActivity().Attachments);
        Assert.Equal(AdaptiveCardBuilder.ContentType, attachment.ContentType);
        return (JObject)attachment.Content;
    }

    private static JObject Input(JObject card, string id) => CardJson.OfType(card, "Input.ChoiceSet").Concat(CardJson.OfType(card, "Input.Text")).Concat(CardJson.OfType(card, "Input.Date")).Single(i => (string?)i["id"] == id);

    private static string SubmissionId(JObject card) =>
        (string)CardJson.Buttons(card).Single(b => b["data"]?[NoteForm.FormProperty] is not null)["data"]![NoteForm.SubmissionIdProperty]!;

    /// <summary>The form of a new "note" request, and the id of the message that holds it.</summary>
    private async Task<(JObject Card, string MessageId)> FormAsync(NotesTestAdapter adapter, string request = "note")
    {
        var reply = Assert.Single(await _bot.TurnAsync(adapter, request));
        return (CardOf(reply), reply.Id);
    }

    /// <summary>A click on the form's submit button, as Teams sends it: no text, the data and the inputs in the value.</summary>
    private static Activity Submit(NotesTestAdapter adapter, string submissionId, string? group, string? text, string? date, string? replyToId, string? activityId = null)
    {
        var click = adapter.Message(null, activityId ?? Guid.NewGuid().ToString("N"));
        click.ReplyToId = replyToId;
        var value = new JObject { [NoteForm.FormProperty] = NoteForm.FormName, [NoteForm.SubmissionIdProperty] = submissionId };
        if (group is not null)
        {
            value[NoteFields.Group] = group;
        }

        if (text is not null)
        {
            value[NoteFields.Text] = text;
        }

        if (date is not null)
        {
            value[NoteFields.ReferenceDate] = date;
        }

        click.Value = value;
        return click;
    }

    [Fact]
    public async Task In_teams_note_sends_the_form_which_the_official_client_accepts()
    {
        var (card, _) = await FormAsync(Teams());
        var (other, _) = await FormAsync(Teams());

        var check = await AdaptiveCardsClient.CheckAsync(card);
        Assert.True(check.Valid, check.ToString());
        Assert.Empty(check.DroppedProperties);
        var group = Input(card, NoteFields.Group);
        Assert.Equal(_bot.Groups.All().Select(g => g.Id), group["choices"]!.Select(c => (string)c["value"]!));
        Assert.Equal(_bot.Groups.All().Select(g => g.Title), group["choices"]!.Select(c => (string)c["title"]!));
        Assert.True((bool?)group["isRequired"]);
        var text = Input(card, NoteFields.Text);
        Assert.True((bool?)text["isMultiline"]);
        Assert.Equal(NoteRules.MaxTextLength, (int?)text["maxLength"]);
        Assert.Equal("Input.Date", (string?)Input(card, NoteFields.ReferenceDate)["type"]);
        Assert.Null(Input(card, NoteFields.ReferenceDate)["isRequired"]);
        // Each form has its own submission id.
        Assert.NotEqual(SubmissionId(card), SubmissionId(other));
    }

    [Fact]
    public async Task A_group_named_in_the_request_is_preselected_in_the_form()
    {
        var (card, _) = await FormAsync(Teams(), "je veux laisser une note au groupe sur le reconditionnement");

        Assert.Equal("group:reconditionnement", (string?)Input(card, NoteFields.Group)["value"]);
    }

    [Fact]
    public async Task Bad_values_bring_the_form_back_with_french_errors_under_the_fields_and_the_values_kept()
    {
        var adapter = Teams();
        var (card, formId) = await FormAsync(adapter);
        var tooLong = "Début <b>gras</b>\n" + new string('x', NoteRules.MaxTextLength);

        var replies = await _bot.TurnAsync(adapter, Submit(adapter, SubmissionId(card), "group:astronautes", tooLong, "31/02/2026", formId));

        Assert.Empty(replies);
        var update = Assert.Single(adapter.Updates);
        Assert.Equal(formId, update.Id);
        var again = CardOf(update);
        var lines = CardJson.Lines(again);
        Assert.Contains(NoteTexts.FormErrors, lines);
        Assert.Contains(NoteRules.GroupUnknown, lines);
        Assert.Contains(NoteRules.TextTooLong(tooLong.Length), lines);
        Assert.Contains(NoteRules.DateUnreadable, lines);
        // Each error right under its field.
        var body = ((JArray)again["body"]!).Select(e => (string?)e["id"] ?? string.Concat(e["inlines"]?.Select(r => (string?)r["text"]) ?? [])).ToList();
        Assert.Equal(body.IndexOf(NoteFields.Group) + 1, body.IndexOf(NoteRules.GroupUnknown));
        Assert.Equal(body.IndexOf(NoteFields.Text) + 1, body.IndexOf(NoteRules.TextTooLong(tooLong.Length)));
        Assert.Equal(body.IndexOf(NoteFields.ReferenceDate) + 1, body.IndexOf(NoteRules.DateUnreadable));
        Assert.Equal(tooLong, (string?)Input(again, NoteFields.Text)["value"]);
        Assert.Equal(SubmissionId(card), SubmissionId(again));
        var check = await AdaptiveCardsClient.CheckAsync(again);
        Assert.True(check.Valid, check.ToString());
        Assert.Empty(await _bot.AllNotesAsync());
    }

    [Fact]
    public async Task An_empty_submit_says_what_is_missing()
    {
        var adapter = Teams();
        var (card, formId) = await FormAsync(adapter);

        await _bot.TurnAsync(adapter, Submit(adapter, SubmissionId(card), null, "   ", null, formId));

        var lines = CardJson.Lines(CardOf(Assert.Single(adapter.Updates)));
        Assert.Contains(NoteRules.GroupMissing, lines);
        Assert.Contains(NoteRules.TextMissing, lines);
        Assert.Empty(await _bot.AllNotesAsync());
    }

    [Fact]
    public async Task A_valid_form_is_saved_then_replaced_by_its_confirmation()
    {
        var adapter = Teams();
        var (card, formId) = await FormAsync(adapter);

        var replies = await _bot.TurnAsync(adapter, Submit(adapter, SubmissionId(card), "group:benevoles", "  Réunion du collectif.\nDeux nouveaux bénévoles.  ", "2026-12-03", formId));

        Assert.Empty(replies);
        var note = Assert.Single(await _bot.AllNotesAsync());
        Assert.Equal("Réunion du collectif.\nDeux nouveaux bénévoles.", note.Text);
        Assert.Equal(new DateOnly(2026, 12, 3), note.ReferenceDate);
        Assert.Equal(new NoteUser("msteams", NotesBot.Marie.Id, NotesBot.Marie.AadObjectId, NotesBot.Marie.Name), note.Author);
        Assert.Equal(NoteIdempotencyKey.ForCardSubmission(note.Author, "a:personal-1", SubmissionId(card)), note.IdempotencyKey);
        var confirmation = CardOf(Assert.Single(adapter.Updates));
        Assert.Equal(formId, adapter.Updates[0].Id);
        Assert.Contains(NotesMessages.Saved(note, _bot.Group("benevoles")), CardJson.Lines(confirmation));
        Assert.Contains("Date concernée : jeudi 3 décembre 2026", CardJson.Lines(confirmation));
        Assert.Equal([note.Reference], _bot.Notifier.Announced.Select(n => n.Reference));
    }

    [Fact]
    public async Task A_double_click_saves_one_note_and_both_clicks_get_the_same_confirmation()
    {
        var adapter = Teams();
        var (card, formId) = await FormAsync(adapter);
        var id = SubmissionId(card);

        await _bot.TurnAsync(adapter, Submit(adapter, id, "group:benevoles", "Une seule fois.", null, formId));
        await _bot.TurnAsync(adapter, Submit(adapter, id, "group:benevoles", "Une seule fois.", null, formId));

        var note = Assert.Single(await _bot.AllNotesAsync());
        Assert.Equal(2, adapter.Updates.Count);
        Assert.Equal(CardJson.Lines(CardOf(adapter.Updates[0])), CardJson.Lines(CardOf(adapter.Updates[1])));
        Assert.Contains(NotesMessages.Saved(note, _bot.Group("benevoles")), CardJson.Lines(CardOf(adapter.Updates[1])));
        Assert.Single(_bot.Notifier.Announced);
    }

    [Fact]
    public async Task A_teams_retry_of_the_same_activity_is_not_handled_twice()
    {
        var adapter = Teams();
        var (card, formId) = await FormAsync(adapter);

        await _bot.TurnAsync(adapter, Submit(adapter, SubmissionId(card), "group:benevoles", "Texte.", null, formId, activityId: "1700000000001"));
        var retry = await _bot.TurnAsync(adapter, Submit(adapter, SubmissionId(card), "group:benevoles", "Texte.", null, formId, activityId: "1700000000001"));

        Assert.Empty(retry);
        Assert.Single(adapter.Updates);
        Assert.Single(await _bot.AllNotesAsync());
    }

    [Fact]
    public async Task Concurrent_clicks_on_the_same_form_save_one_note()
    {
        var adapter = Teams();
        var (card, formId) = await FormAsync(adapter);
        var id = SubmissionId(card);

        await Task.WhenAll(Enumerable.Range(0, 8).Select(_ =>
            adapter.DeliverAsync(Submit(adapter, id, "group:benevoles", "Texte.", null, formId), _bot.Bot.OnTurnAsync)));

        Assert.Single(await _bot.AllNotesAsync());
        Assert.Equal(8, adapter.Updates.Count);
    }

    [Fact]
    public async Task A_form_sent_again_with_other_values_saves_nothing_more_and_says_so()
    {
        // Web Chat keeps the form after a submit, and has no message to update.
        var adapter = _bot.Adapter("webchat-1", channelId: "webchat");
        var (card, _) = await FormAsync(adapter);
        var id = SubmissionId(card);

        var first = await _bot.TurnAsync(adapter, Submit(adapter, id, "group:benevoles", "Premier texte.", null, replyToId: null));
        var second = await _bot.TurnAsync(adapter, Submit(adapter, id, "group:benevoles", "Autre texte.", null, replyToId: null));

        var note = Assert.Single(await _bot.AllNotesAsync());
        Assert.Equal("Premier texte.", note.Text);
        Assert.Contains(NotesMessages.Saved(note, _bot.Group("benevoles")), CardJson.Lines(CardOf(Assert.Single(first))));
        Assert.Equal(NoteTexts.FormAlreadyUsed(note), Assert.Single(second).AsMessageActivity().Text);
        Assert.Empty(adapter.Updates);
    }

    [Fact]
    public async Task A_form_without_its_submission_id_is_refused()
    {
        var adapter = Teams();
        var click = Submit(adapter, "x", "group:benevoles", "Texte.", null, null);
        ((JObject)click.Value).Remove(NoteForm.SubmissionIdProperty);

        var replies = await _bot.TurnAsync(adapter, click);

        Assert.Equal(NoteTexts.FormExpired, Assert.Single(replies).AsMessageActivity().Text);
        Assert.Empty(await _bot.AllNotesAsync());
    }

    [Fact]
    public async Task Outside_the_allowed_tenants_a_form_is_not_saved()
    {
        using var restricted = new NotesBot(new() { ["Bot:AllowedTenants:0"] = "9a8b7c6d-1111-2222-3333-444455556666" });
        var adapter = restricted.Adapter("a:p", channelId: "msteams", conversationType: "personal");

        var replies = await restricted.TurnAsync(adapter, Submit(adapter, "s-1", "group:benevoles", "Texte.", null, null));

        Assert.Equal(NotesMessages.SubmitDenied, Assert.Single(replies).AsMessageActivity().Text);
        Assert.Empty(await restricted.AllNotesAsync());
    }

    [Fact]
    public async Task The_forms_other_button_starts_the_questions_one_at_a_time()
    {
        var adapter = Teams();
        var (card, _) = await FormAsync(adapter);
        var button = CardJson.Buttons(card).Single(b => (string?)b["title"] == NoteTexts.FormStepByStep);
        Assert.Equal("none", (string?)button["associatedInputs"]);
        var click = adapter.Message((string)button["data"]!["msteams"]!["text"]!, "click-1");
        click.Value = JObject.Parse(button["data"]!["msteams"]!["value"]!.ToString());

        var reply = Assert.Single(await _bot.TurnAsync(adapter, click));

        // The group question, as a card with the groups as radio buttons (their titles are long).
        var question = CardOf(reply);
        Assert.Contains(NoteTexts.GroupQuestion, CardJson.Lines(question));
        var choices = CardJson.OfType(question, "Input.ChoiceSet").Single();
        Assert.Equal("choice", (string?)choices["id"]);
        Assert.Equal(_bot.Groups.All().Select(g => g.Id), choices["choices"]!.Select(c => (string)c["value"]!));

        // Picking one and pressing "Valider" answers the prompt.
        var pick = adapter.Message(null, "click-2");
        pick.Value = new JObject { ["mednum49Prompt"] = "choice", ["choice"] = "group:sobriete-numerique" };
        var next = Assert.Single(await _bot.TurnAsync(adapter, pick));
        Assert.Equal(NoteTexts.TextQuestion(_bot.Group("sobriete-numerique")), next.AsMessageActivity().Text);
    }

    [Fact]
    public async Task A_form_submitted_while_another_prompt_waits_is_saved_and_the_prompt_keeps_waiting()
    {
        var adapter = Teams();
        var (card, formId) = await FormAsync(adapter);
        Assert.Single(await _bot.TurnAsync(adapter, "territoire"));
        var group = _bot.Group("benevoles");

        var saved = await _bot.TurnAsync(adapter, Submit(adapter, SubmissionId(card), group.Id, "Compte rendu de la réunion", null, formId));
        var answered = await _bot.TurnAsync(adapter, "2");

        var note = Assert.Single(await _bot.AllNotesAsync());
        Assert.Equal("Compte rendu de la réunion", note.Text);
        Assert.Empty(saved);
        Assert.Contains(NotesMessages.Saved(note, group), CardJson.Lines(CardOf(Assert.Single(adapter.Updates))));
        Assert.NotEmpty(answered);
        _bot.Answers.Verify(a => a.AskAsync(It.Is<string>(q => q.StartsWith("territoire ", StringComparison.Ordinal)), It.IsAny<CancellationToken>()), Times.Once);
    }
}
