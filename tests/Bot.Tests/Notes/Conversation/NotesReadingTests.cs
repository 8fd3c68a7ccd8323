using Mednum49.Bot.Cards;
using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Notes;
using Mednum49.Bot.Notes.Conversation;
using Mednum49.Bot.Tests.Cards;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Notes.Conversation;

/// <summary>Reading a group's notes (access rules, paging, no leak), one's own notes, correcting and deleting them.</summary>
public sealed class NotesReadingTests : IDisposable
{
    private readonly NotesBot _bot = new();

    public void Dispose() => _bot.Dispose();

    private static NoteUser Author(ChannelAccount account, string channel = "test") => new(channel, account.Id, account.AadObjectId, account.Name);

    private async Task<Note> AddAsync(ChannelAccount author, string slug, string text, string channel = "test") =>
        (await _bot.Store.AddAsync(new NoteDraft(WorkingGroup.IdPrefix + slug, text, null, Author(author, channel), "conv-seed"), Guid.NewGuid().ToString("N"))).Note;

    private static string Text(IActivity activity) => activity.AsMessageActivity().Text;

    private async Task<string> AskAsync(ChannelAccount user, string text, string conversation = "conv-read") =>
        Text(Assert.Single(await _bot.TurnAsync(_bot.Adapter(conversation, user), text)));

    [Fact]
    public async Task Someone_without_access_gets_the_same_polite_refusal_whatever_the_group_and_nothing_else()
    {
        await AddAsync(NotesBot.Paul, "benevoles", "Note confidentielle");

        string[] requests = ["notes bénévoles", "notes accompagnement à domicile", "notes groupe des astronautes", "notes", "notes bénévoles page 2", "export bénévoles", "export astronautes", "export"];
        var replies = new List<string>();
        foreach (var request in requests)
        {
            replies.Add(await AskAsync(NotesBot.Marie, request));
        }

        Assert.All(replies, reply => Assert.Equal(NotesMessages.ReadDenied, reply));
        Assert.All(replies, reply => Assert.DoesNotContain("confidentielle", reply, StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_identity_claimed_on_a_channel_that_does_not_vouch_for_it_gives_no_access()
    {
        // A Web Chat page chooses the ids it sends: the coordinator's AAD id there proves nothing.
        var impostor = new ChannelAccount("dl_visitor", "Visiteur") { AadObjectId = NotesBot.Claire.AadObjectId };
        var adapter = _bot.Adapter("webchat-1", impostor, "webchat");

        var reply = Assert.Single(await _bot.TurnAsync(adapter, "notes bénévoles"));

        // Web Chat shows cards: the refusal is the card's only text.
        var card = (JObject)Assert.Single(reply.AsMessageActivity().Attachments).Content;
        Assert.Equal([NotesMessages.ReadDenied], CardJson.Lines(card));
    }

    [Fact]
    public async Task A_coordinator_reads_any_group_most_recent_first_five_at_a_time()
    {
        for (var i = 1; i <= 6; i++)
        {
            await AddAsync(NotesBot.Marie, "benevoles", $"Note numéro {i}");
        }

        var first = await AskAsync(NotesBot.Claire, "notes bénévoles");
        var second = await AskAsync(NotesBot.Claire, "notes benevoles page 2");
        var beyond = await AskAsync(NotesBot.Claire, "notes bénévoles page 3");

        Assert.StartsWith(NoteTexts.GroupTitle(_bot.Group("benevoles")), first, StringComparison.Ordinal);
        Assert.Contains("6 notes, les plus récentes d'abord — page 1 sur 2.", first, StringComparison.Ordinal);
        Assert.Equal([6, 5, 4, 3, 2], NumbersIn(first));
        Assert.Contains("Page suivante : « notes benevoles page 2 »", first, StringComparison.Ordinal);
        Assert.Equal([1], NumbersIn(second));
        Assert.DoesNotContain("Page suivante", second, StringComparison.Ordinal);
        Assert.Equal(NoteTexts.PageBeyondEnd(new NotePage([], 3, NotesReadCommand.PageSize, 6)), beyond);
        Assert.Equal(NoteTexts.NoNotes(_bot.Group("reconditionnement")), await AskAsync(NotesBot.Claire, "notes reconditionnement"));
    }

    private static int[] NumbersIn(string text) =>
        [.. System.Text.RegularExpressions.Regex.Matches(text, @"Note numéro (\d+)").Select(m => int.Parse(m.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture))];

    [Fact]
    public async Task An_animator_reads_their_group_only()
    {
        await AddAsync(NotesBot.Marie, "benevoles", "Pour les animateurs");
        await AddAsync(NotesBot.Marie, "reconditionnement", "Pas pour Hugo");

        Assert.Contains("Pour les animateurs", await AskAsync(NotesBot.Hugo, "notes bénévoles"), StringComparison.Ordinal);
        Assert.Equal(NotesMessages.ReadDenied, await AskAsync(NotesBot.Hugo, "notes reconditionnement"));
        var choices = await AskAsync(NotesBot.Hugo, "notes");
        Assert.StartsWith(NoteTexts.WhichGroupToRead, choices, StringComparison.Ordinal);
        Assert.Contains("« notes benevoles »", choices, StringComparison.Ordinal);
        Assert.DoesNotContain("reconditionnement", choices, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_group_lists_the_groups_the_reader_may_read()
    {
        var reply = await AskAsync(NotesBot.Claire, "notes groupe des astronautes");

        Assert.StartsWith(NoteTexts.UnknownGroup, reply, StringComparison.Ordinal);
        Assert.All(_bot.Groups.All(), g => Assert.Contains($"« notes {g.Slug} »", reply, StringComparison.Ordinal));
    }

    [Fact]
    public async Task Notes_are_not_shown_in_a_group_conversation_even_to_a_coordinator()
    {
        await AddAsync(NotesBot.Marie, "benevoles", "Confidentiel");

        foreach (var request in new[] { "notes bénévoles", "mes notes", "export bénévoles", "corriger N-4F7K2" })
        {
            var reply = Text(Assert.Single(await _bot.TurnAsync(_bot.Adapter("group-1", NotesBot.Claire, conversationType: "groupChat"), request)));
            Assert.DoesNotContain("Confidentiel", reply, StringComparison.Ordinal);
            Assert.True(reply is NoteTexts.ReadingInGroupConversation or NoteTexts.ExportOnlyInPersonalChat, reply);
        }
    }

    [Fact]
    public async Task Html_and_script_in_a_note_are_shown_as_text_in_cards_markdown_and_slack()
    {
        const string html = "<script>alert('x')</script>\n<img src=x onerror=alert(1)> **gras** [lien](https://exemple.invalid)";
        await AddAsync(NotesBot.Marie, "benevoles", html);
        var settings = new Dictionary<string, string?> { ["Notes:IdentityChannels:1"] = "telegram", ["Notes:IdentityChannels:2"] = "slack" };
        using var other = new NotesBot(settings);
        await other.Store.AddAsync(new NoteDraft("group:benevoles", html, null, Author(NotesBot.Marie), "c"), "k");

        // Teams: the text in text runs, which clients never read as Markdown or HTML.
        var card = (JObject)Assert.Single(Assert.Single(await _bot.TurnAsync(_bot.Adapter("a:p", NotesBot.Claire, "msteams", "personal"), "notes bénévoles")).AsMessageActivity().Attachments).Content;
        Assert.Contains("<script>alert('x')</script>", CardJson.RichLines(card));
        Assert.Contains("<img src=x onerror=alert(1)> **gras** [lien](https://exemple.invalid)", CardJson.RichLines(card));
        Assert.DoesNotContain(CardJson.TextBlocks(card), t => t.Contains("script", StringComparison.Ordinal));
        var check = await AdaptiveCardsClient.CheckAsync(card);
        Assert.True(check.Valid, check.ToString());

        // Markdown: every character that would make HTML, emphasis or a link is escaped.
        var markdown = Text(Assert.Single(await other.TurnAsync(other.Adapter("tg", NotesBot.Claire, "telegram"), "notes bénévoles")));
        Assert.Contains(@"\<script\>alert('x')\</script\>", markdown, StringComparison.Ordinal);
        Assert.Contains(@"\*\*gras\*\* \[lien\](https://exemple.invalid)", markdown, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", markdown, StringComparison.Ordinal);

        // Slack: its only control characters are escaped.
        var slack = Assert.Single(await other.TurnAsync(other.Adapter("sl", NotesBot.Claire, "slack"), "notes bénévoles")).AsMessageActivity();
        var slackText = (string)((JObject)slack.ChannelData)["text"]!;
        Assert.Contains("&lt;script&gt;alert('x')&lt;/script&gt;", slackText, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", slackText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Mine_lists_my_notes_only_with_the_ways_to_correct_or_delete_them()
    {
        var first = await AddAsync(NotesBot.Marie, "benevoles", "Ma première note");
        var second = await AddAsync(NotesBot.Marie, "sobriete-numerique", "Ma seconde note");
        await AddAsync(NotesBot.Paul, "benevoles", "La note de Paul");

        var reply = await AskAsync(NotesBot.Marie, "mes notes");

        Assert.StartsWith(NoteTexts.MyNotesTitle, reply, StringComparison.Ordinal);
        Assert.True(reply.IndexOf("Ma seconde note", StringComparison.Ordinal) < reply.IndexOf("Ma première note", StringComparison.Ordinal));
        Assert.DoesNotContain("Paul", reply, StringComparison.Ordinal);
        Assert.Contains($"Corriger : « corriger {first.Reference} » · Supprimer : « supprimer {first.Reference} »", reply, StringComparison.Ordinal);
        Assert.Contains($"« supprimer {second.Reference} »", reply, StringComparison.Ordinal);
        Assert.Contains(_bot.Group("sobriete-numerique").Title, reply, StringComparison.Ordinal);
        Assert.Equal(NoteTexts.NoNotesOfMine, await AskAsync(NotesBot.Claire, "mes notes"));
    }

    [Fact]
    public async Task In_teams_mine_is_a_card_with_correct_and_delete_buttons_per_note()
    {
        var note = await AddAsync(NotesBot.Marie, "benevoles", "Dans Teams", channel: "msteams");

        var reply = Assert.Single(await _bot.TurnAsync(_bot.Adapter("a:p", NotesBot.Marie, "msteams", "personal"), "mes notes"));

        var card = (JObject)Assert.Single(reply.AsMessageActivity().Attachments).Content;
        var queries = CardJson.Buttons(card).Select(b => (string?)b["data"]![CardActions.QueryProperty]).ToList();
        Assert.Equal([$"corriger {note.Reference}", $"supprimer {note.Reference}"], queries);
        var check = await AdaptiveCardsClient.CheckAsync(card);
        Assert.True(check.Valid, check.ToString());
    }

    [Fact]
    public async Task The_author_corrects_a_note_after_seeing_it_and_confirming()
    {
        var note = await AddAsync(NotesBot.Marie, "benevoles", "Texte avec une faute");

        await _bot.Flow(_bot.Adapter("conv-edit", NotesBot.Marie))
            .Send($"corriger {note.Reference}").AssertReply($"{NoteTexts.CurrentText}\nTexte avec une faute").AssertReply(NoteTexts.EditQuestion(note))
            .Send("Texte corrigé\nsur deux lignes").AssertReply($"{NoteTexts.NewText}\nTexte corrigé\nsur deux lignes").AssertReply($"{NoteTexts.EditConfirm(note.Reference)}\n\n1. Oui\n2. Non")
            .Send("oui").AssertReply(NoteTexts.Edited(note))
            .StartTestAsync();

        var edited = await _bot.Store.GetAsync(note.Reference);
        Assert.Equal("Texte corrigé\nsur deux lignes", edited!.Text);
        Assert.Equal(Author(NotesBot.Marie), edited.EditedBy);
        Assert.NotNull(edited.EditedUtc);
    }

    [Fact]
    public async Task The_author_deletes_a_note_after_confirming_and_it_leaves_every_list()
    {
        var note = await AddAsync(NotesBot.Marie, "benevoles", "À supprimer");

        await _bot.Flow(_bot.Adapter("conv-delete", NotesBot.Marie))
            .Send($"supprimer la note {note.Reference.ToLowerInvariant()}").AssertReply(reply => Assert.Contains("À supprimer", Text(reply), StringComparison.Ordinal))
            .AssertReply($"{NoteTexts.DeleteConfirm(note)}\n\n1. Oui\n2. Non")
            .Send("oui").AssertReply(NoteTexts.Deleted(note))
            .StartTestAsync();

        Assert.True((await _bot.Store.GetAsync(note.Reference))!.IsDeleted);
        Assert.Equal(NoteTexts.NoNotesOfMine, await AskAsync(NotesBot.Marie, "mes notes"));
        Assert.Equal(NoteTexts.NoNotes(_bot.Group("benevoles")), await AskAsync(NotesBot.Claire, "notes bénévoles"));
    }

    [Fact]
    public async Task Another_user_can_neither_correct_nor_delete_a_note_nor_see_it_that_way()
    {
        var note = await AddAsync(NotesBot.Marie, "benevoles", "La note de Marie");

        // Even the coordinator, who may read it: only its author may change it.
        foreach (var user in new[] { NotesBot.Paul, NotesBot.Claire })
        {
            Assert.Equal(NotesMessages.NotYours, await AskAsync(user, $"corriger {note.Reference}", "conv-" + user.Id));
            Assert.Equal(NotesMessages.NotYours, await AskAsync(user, $"supprimer {note.Reference}", "conv2-" + user.Id));
        }

        var unchanged = await _bot.Store.GetAsync(note.Reference);
        Assert.Equal("La note de Marie", unchanged!.Text);
        Assert.False(unchanged.IsDeleted);
        Assert.Equal(NotesMessages.NotFound, await AskAsync(NotesBot.Marie, "corriger N-22222"));
        Assert.Equal(NoteTexts.WhichNote, await AskAsync(NotesBot.Marie, "supprimer"));
    }

    [Fact]
    public async Task Cancelling_or_saying_no_changes_nothing()
    {
        var note = await AddAsync(NotesBot.Marie, "benevoles", "Inchangée");
        var adapter = _bot.Adapter("conv-cancel", NotesBot.Marie);

        await _bot.TurnAsync(adapter, $"corriger {note.Reference}");
        Assert.Equal(DialogMessages.Cancelled, Text(Assert.Single(await _bot.TurnAsync(adapter, "annuler"))));
        await _bot.TurnAsync(adapter, $"supprimer {note.Reference}");
        Assert.Equal(NoteTexts.NothingChanged, Text(Assert.Single(await _bot.TurnAsync(adapter, "non"))));

        var unchanged = await _bot.Store.GetAsync(note.Reference);
        Assert.Equal("Inchangée", unchanged!.Text);
        Assert.False(unchanged.IsDeleted);
        Assert.Null(unchanged.EditedUtc);
    }

    [Fact]
    public async Task The_next_page_button_of_a_teams_card_brings_the_next_page()
    {
        for (var i = 1; i <= 7; i++)
        {
            await AddAsync(NotesBot.Marie, "benevoles", $"Note numéro {i}");
        }

        var adapter = _bot.Adapter("a:p", NotesBot.Claire, "msteams", "personal");
        var page1 = (JObject)Assert.Single(Assert.Single(await _bot.TurnAsync(adapter, "notes bénévoles")).AsMessageActivity().Attachments).Content;
        var next = CardJson.Buttons(page1).Single(b => (string?)b["title"] == NoteTexts.NextPage);
        var click = adapter.Message((string)next["data"]!["msteams"]!["text"]!, "click-next");
        click.Value = JObject.Parse(next["data"]!["msteams"]!["value"]!.ToString());

        var page2 = (JObject)Assert.Single(Assert.Single(await _bot.TurnAsync(adapter, click)).AsMessageActivity().Attachments).Content;

        Assert.Equal([2, 1], NumbersIn(string.Join("\n", CardJson.Lines(page2))));
        Assert.Contains(CardJson.Buttons(page2), b => (string?)b["title"] == NoteTexts.Export);
    }
}
