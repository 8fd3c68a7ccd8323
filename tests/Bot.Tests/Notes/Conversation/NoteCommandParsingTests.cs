using Mednum49.Bot.Notes.Conversation;

namespace Mednum49.Bot.Tests.Notes.Conversation;

public sealed class NoteCommandParsingTests
{
    [Theory]
    [InlineData("note", "", false, true)]
    [InlineData("Note bénévoles", "benevoles", false, true)]
    [InlineData("note pas à pas", "", true, true)]
    [InlineData("je veux déposer une note", "", false, false)]
    [InlineData("Je voudrais déposer une note pour le groupe bénévoles", "pour le groupe benevoles", false, false)]
    [InlineData("déposer une note", "", false, false)]
    [InlineData("ajouter une note", "", false, false)]
    [InlineData("nouvelle note", "", false, false)]
    [InlineData("Laisser une note au groupe sur le reconditionnement", "au groupe sur le reconditionnement", false, false)]
    [InlineData("Au groupe MDS, je laisse une note", "au groupe mds je", false, false)]
    [InlineData("écrire une nouvelle note guidée", "", true, false)]
    [InlineData("Dépôt d'une note", "", false, false)]
    public void Requests_to_file_a_note_are_recognised_with_what_names_the_group(string text, string groupText, bool stepByStep, bool isCommand)
    {
        var intent = NoteIntent.Recognize(text);

        Assert.Equal(new NoteIntent(groupText, stepByStep, isCommand), intent);
    }

    [Theory]
    [InlineData("notes")]
    [InlineData("notes bénévoles")]
    [InlineData("mes notes")]
    [InlineData("export bénévoles")]
    [InlineData("lire les notes du groupe bénévoles")]
    [InlineData("supprimer la note N-4F7K2")]
    [InlineData("Qui s'occupe du Vihierois ?")]
    [InlineData("")]
    public void Other_messages_are_not_requests_to_file_a_note(string text) => Assert.Null(NoteIntent.Recognize(text));

    [Fact]
    public void A_long_message_that_mentions_a_note_is_not_a_request()
    {
        var text = "Bonjour, lors de la réunion d'hier nous avons décidé de déposer une note " + string.Join(' ', Enumerable.Repeat("et encore des mots", 8));

        Assert.Null(NoteIntent.Recognize(text));
    }

    [Theory]
    [InlineData("notes bénévoles", "benevoles", 1)]
    [InlineData("notes benevoles page 2", "benevoles", 2)]
    [InlineData("Lire les notes du groupe bénévoles", "du groupe benevoles", 1)]
    [InlineData("notes", "", 1)]
    [InlineData("notes page 3", "", 3)]
    [InlineData("notes recherche-de-financement page 0", "recherche de financement", 1)]
    public void The_reading_command_gives_the_group_and_the_page(string text, string group, int page)
    {
        Assert.Equal((group, page), NoteCommands.ParseRead(text));
    }

    [Theory]
    [InlineData("mes notes", 1)]
    [InlineData("Mes notes page 2", 2)]
    [InlineData("voir mes notes", 1)]
    public void Mine_gives_the_page(string text, int page)
    {
        Assert.Equal(page, NoteCommands.ParseMine(text));
        Assert.Null(NoteCommands.ParseRead(text));
    }

    [Theory]
    [InlineData("export bénévoles", "benevoles")]
    [InlineData("Exporter les notes du groupe bénévoles", "du groupe benevoles")]
    [InlineData("export", "")]
    public void Export_gives_the_group(string text, string group) => Assert.Equal(group, NoteCommands.ParseExport(text));

    [Theory]
    [InlineData("corriger N-4F7K2", NoteChangeKind.Edit, "N-4F7K2")]
    [InlineData("modifier ma note n-4f7k2", NoteChangeKind.Edit, "N-4F7K2")]
    [InlineData("supprimer la note 4F7K2", NoteChangeKind.Delete, "N-4F7K2")]
    [InlineData("effacer N 4F7K2", NoteChangeKind.Delete, "N-4F7K2")]
    [InlineData("corriger", NoteChangeKind.Edit, null)]
    [InlineData("supprimer la note", NoteChangeKind.Delete, null)]
    public void Corrections_and_deletions_give_the_reference(string text, NoteChangeKind kind, string? reference) =>
        Assert.Equal((kind, reference), NoteCommands.ParseChange(text));

    [Theory]
    [InlineData("supprimer la fracture numérique")]
    [InlineData("corriger les inégalités")]
    [InlineData("notes")]
    public void Other_sentences_with_those_verbs_are_not_corrections(string text) => Assert.Null(NoteCommands.ParseChange(text));

    [Fact]
    public void The_commands_the_buttons_send_read_back_as_the_same_request()
    {
        var group = new Mednum49.Bot.Notes.WorkingGroup("group:recherche-de-financement", "Recherche de financement");

        Assert.Equal(("recherche de financement", 3), NoteCommands.ParseRead(NoteCommands.Read(group, 3)));
        Assert.Equal(2, NoteCommands.ParseMine(NoteCommands.MinePage(2)));
        Assert.Equal("recherche de financement", NoteCommands.ParseExport(NoteCommands.Export(group)));
        Assert.Equal((NoteChangeKind.Delete, "N-4F7K2"), NoteCommands.ParseChange(NoteCommands.Delete("N-4F7K2")));
        Assert.True(NoteIntent.Recognize(NoteCommands.StepByStep)!.StepByStep);
    }
}
