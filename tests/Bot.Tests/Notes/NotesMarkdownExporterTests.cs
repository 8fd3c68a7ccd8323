using System.Net;
using System.Text.RegularExpressions;
using Markdig;
using Mednum49.Bot.Notes;

namespace Mednum49.Bot.Tests.Notes;

public sealed partial class NotesMarkdownExporterTests
{
    // A real CommonMark renderer with the usual extensions (tables, emphasis extras, task lists…).
    private static readonly MarkdownPipeline Pipeline = new MarkdownPipelineBuilder()
        .UsePipeTables().UseEmphasisExtras().UseTaskLists().UseAutoIdentifiers().Build();

    private static Note NoteWith(string text, string reference = "N-4F7K2", int minutes = 0, NoteUser? author = null) => new()
    {
        Id = minutes + 1,
        Reference = reference,
        GroupId = RoadmapWorkingGroups.Benevoles.Id,
        Text = text,
        Author = author ?? People.Marie,
        ConversationId = "a:conv-1",
        CreatedUtc = new DateTimeOffset(2025, 3, 14, 9, 30, 0, TimeSpan.Zero).AddMinutes(minutes),
        IdempotencyKey = $"k{minutes}",
    };

    [GeneratedRegex("<[^>]+>")]
    private static partial Regex Tag();

    private static string VisibleText(string html) => WebUtility.HtmlDecode(Tag().Replace(html, " "));

    private static List<string> Tags(string html) => [.. Tag().Matches(html).Select(m => m.Value.Split(' ', '>')[0].TrimStart('<', '/'))];

    [Fact]
    public void The_digest_gives_the_group_the_period_and_each_note_with_its_dates_and_author()
    {
        var notes = new[]
        {
            NoteWith("Première réunion.") with { ReferenceDate = new DateOnly(2025, 3, 20) },
            NoteWith("Seconde réunion.", "N-7HK3M", minutes: 60 * 24 * 5) with { EditedUtc = new DateTimeOffset(2025, 3, 19, 10, 0, 0, TimeSpan.Zero), EditedBy = People.Marie },
        };

        var markdown = NotesMarkdownExporter.Render(RoadmapWorkingGroups.Benevoles, notes);

        Assert.StartsWith("# Notes du groupe de travail « Les bénévoles acteurs de l'accompagnement numérique sur nos territoire ? »\n", markdown);
        Assert.Contains("2 notes déposées du 14/03/2025 au 19/03/2025 (heures de Paris).", markdown);
        Assert.Contains("## N-4F7K2 — 14/03/2025 à 10:30", markdown);
        Assert.Contains("- Date concernée : jeudi 20 mars 2025", markdown);
        Assert.Contains("- Modifiée le 19/03/2025 à 11:00 par Marie Lefèvre", markdown);
        Assert.Contains("> Seconde réunion.", markdown);
        Assert.True(markdown.IndexOf("N-4F7K2", StringComparison.Ordinal) < markdown.IndexOf("N-7HK3M", StringComparison.Ordinal));
    }

    [Fact]
    public void A_summer_note_is_dated_in_paris_time_two_hours_ahead_of_utc_and_counted_in_the_singular()
    {
        var summer = NoteWith("Réunion d'été.") with { CreatedUtc = new DateTimeOffset(2025, 7, 14, 22, 15, 0, TimeSpan.Zero) };

        var markdown = NotesMarkdownExporter.Render(RoadmapWorkingGroups.Benevoles, [summer]);

        Assert.Contains("1 note déposée le 15/07/2025 (heures de Paris).", markdown);
        Assert.Contains("## N-4F7K2 — 15/07/2025 à 00:15", markdown);
    }

    [Fact]
    public void An_empty_group_says_so()
    {
        var markdown = NotesMarkdownExporter.Render(RoadmapWorkingGroups.Domicile, []);

        Assert.Contains("Aucune note n'a été déposée pour ce groupe.", markdown);
    }

    [Theory]
    [InlineData("[cliquez ici](https://exemple.invalid/phishing)")]
    [InlineData("![image](https://exemple.invalid/x.png)")]
    [InlineData("<script>alert('x')</script>")]
    [InlineData("<img src=x onerror=alert(1)>")]
    [InlineData("<https://exemple.invalid>")]
    [InlineData("[lien][1]\n\n[1]: https://exemple.invalid")]
    [InlineData("**gras** _italique_ `code` ~~barré~~")]
    [InlineData("# Titre\n## Sous-titre\n> citation\n- puce\n+ puce\n* puce\n1. liste\n2) liste\n---\n===\n| a | b |\n|---|---|")]
    [InlineData("&lt;b&gt; &amp; &#60;script&#62;")]
    [InlineData("- [ ] tâche\n    code indenté ?\n\\*échappé\\*")]
    [InlineData("Avant\n\n    code indenté ?\n\n\tavec une tabulation")]
    public void A_note_cannot_add_links_images_html_or_formatting_and_reads_as_typed(string text)
    {
        var html = Markdown.ToHtml(NotesMarkdownExporter.Render(RoadmapWorkingGroups.Benevoles, [NoteWith(text)]), Pipeline);
        var quote = html[html.IndexOf("<blockquote>", StringComparison.Ordinal)..];

        Assert.DoesNotContain("<a ", html);
        Assert.DoesNotContain("<img", html);
        Assert.DoesNotContain("<script", html);
        // Inside the quote: paragraphs and line breaks only.
        Assert.All(Tags(quote), tag => Assert.Contains(tag, new[] { "blockquote", "p", "br" }));
        // What readers see is what the author typed (line by line).
        char[] blanks = [' ', '\n', '\t', '\u00A0'];
        var visible = string.Join(" ", VisibleText(quote).Split(blanks, StringSplitOptions.RemoveEmptyEntries));
        var typed = string.Join(" ", text.Split(blanks, StringSplitOptions.RemoveEmptyEntries));
        Assert.Equal(typed, visible);
    }

    [Fact]
    public void Text_escaped_for_a_card_or_a_message_keeps_its_lines_and_shows_as_typed()
    {
        const string text = "# pas un titre\n[lien](https://exemple.invalid) <b>x</b>\n1. pas une liste";

        var escaped = MarkdownText.Escape(text);
        var html = Markdown.ToHtml(escaped, Pipeline);

        Assert.Equal(3, escaped.Split('\n').Length);
        Assert.All(Tags(html), tag => Assert.Contains(tag, new[] { "p" }));
        Assert.Equal(text.Replace('\n', ' '), string.Join(" ", VisibleText(html).Split((char[])[' ', '\n'], StringSplitOptions.RemoveEmptyEntries)));
    }

    [Fact]
    public void Line_breaks_and_paragraphs_of_a_note_are_kept()
    {
        var html = Markdown.ToHtml(NotesMarkdownExporter.Render(RoadmapWorkingGroups.Benevoles, [NoteWith("Ligne 1\nLigne 2\n\nParagraphe 2")]), Pipeline);

        Assert.Contains("<p>Ligne 1<br />\nLigne 2</p>\n<p>Paragraphe 2</p>", html);
    }

    [Fact]
    public void Names_and_titles_from_users_are_escaped_too()
    {
        var author = new NoteUser("msteams", "29:x", DisplayName: "[Support](https://exemple.invalid) <b>x</b>");

        var html = Markdown.ToHtml(NotesMarkdownExporter.Render(new WorkingGroup("group:x", "Titre *important*"), [NoteWith("ok", author: author)]), Pipeline);

        Assert.DoesNotContain("<a ", html);
        Assert.DoesNotContain("<em>", html);
        Assert.DoesNotContain("<b>", html);
        Assert.Contains("Auteur : [Support](https://exemple.invalid) &lt;b&gt;x&lt;/b&gt;", html);
        Assert.Contains("Titre *important*", html);
    }
}
