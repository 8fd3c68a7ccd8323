using Mednum49.Bot.Cards;
using Mednum49.Bot.Notes;
using Mednum49.Bot.Notes.Conversation;
using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Answering;
using Microsoft.Extensions.DependencyInjection;

namespace Mednum49.Bot.Tests.WebChat;

/// <summary>
/// The page at <c>/</c> in a real browser (Debian's Chromium driven by playwright-core): the official Web Chat client on
/// the local Direct Line, rendering the bot's cards, suggested actions and forms as a person sees them.
/// </summary>
[Collection(RealHostCollection.Name)]
public sealed class WebChatBrowserTests(WebChatBrowserFixture fixture) : IClassFixture<WebChatBrowserFixture>
{
    private const string BocageQuestion = "Qui s'occupe du Bocage ?";

    private BrowserDriver Browser => fixture.Browser;

    private IAnswerService Answers => fixture.Host.Services.GetRequiredService<IAnswerService>();

    [BrowserFact]
    public async Task The_page_welcomes_in_french_and_answers_a_territory_question_with_a_rendered_card()
    {
        await Browser.OpenAsync(fixture.Address);

        var banner = await Browser.WaitForTextAsync(WebChatPage.Banner, "Mednum49");
        Assert.Contains("Maine-et-Loire", banner);
        Assert.Equal("fr", (string?)await Browser.EvaluateAsync("document.documentElement.lang"));
        Assert.Equal(WelcomeCard.DefaultExamples, await Browser.TextsAsync(WebChatPage.Examples));
        // Web Chat renders the card's Markdown with typographic apostrophes: look for words without one.
        await Browser.WaitForTextAsync(WebChatPage.Card, "Bonjour, je suis");

        await AskAsync(BocageQuestion);
        var answer = await Browser.WaitForTextAsync(WebChatPage.Card, "Anjou Numérique");

        Assert.Contains("Bocage", answer);
        await SaveScreenshotAsync("webchat-answer.png");
        Assert.Empty(await Browser.ProblemsAsync());
    }

    [BrowserFact]
    public async Task Clicking_a_suggested_follow_up_asks_it_and_shows_its_answer()
    {
        await Browser.OpenAsync(fixture.Address);
        await AskAsync(BocageQuestion);
        await Browser.WaitForTextAsync(WebChatPage.Card, "Anjou Numérique");
        var followUps = (await Answers.AskAsync(BocageQuestion)).FollowUps;
        Assert.NotEmpty(followUps);
        var followUp = followUps[0];

        await Browser.ClickAsync(WebChatPage.SuggestedAction, followUp.Label);

        await Browser.WaitForTextAsync(WebChatPage.UserBubble, followUp.Query);
        var expected = await Answers.AskAsync(followUp.Query);
        Assert.True(expected.Found, followUp.Query);
        await Browser.WaitForTextAsync(WebChatPage.Card, Typographic(expected.Title));
    }

    [BrowserFact]
    public async Task The_note_form_is_filled_and_submitted_and_its_confirmation_gives_the_reference()
    {
        await Browser.OpenAsync(fixture.Address);
        await Browser.WaitForTextAsync(WebChatPage.Card, "Bonjour, je suis");
        var groups = fixture.Host.Services.GetRequiredService<IWorkingGroupDirectory>().All();
        var group = groups[0];
        var text = $"Note du test navigateur {Guid.NewGuid():N}";

        await AskAsync("note");
        await Browser.WaitForTextAsync(WebChatPage.Card, NoteTexts.FormSubmit);
        await Browser.ClickAsync($"{WebChatPage.Card} label", Typographic(group.Title));
        await Browser.FillAsync($"{WebChatPage.Card} textarea", text);
        await Browser.ClickAsync(WebChatPage.CardButton, NoteTexts.FormSubmit);

        var confirmation = await Browser.WaitForTextAsync(WebChatPage.Bubble, "Sa référence");
        var reference = System.Text.RegularExpressions.Regex.Match(confirmation, @"N-[0-9A-Z]{5}").Value;
        Assert.NotEmpty(reference);
        var note = await fixture.Host.Services.GetRequiredService<INoteStore>().GetAsync(reference);
        Assert.NotNull(note);
        Assert.Equal(text, note.Text);
        Assert.Equal(group.Id, note.GroupId);
        Assert.Equal("directline", note.Author.ChannelId);
    }

    [BrowserFact]
    public async Task A_follow_up_question_is_answered_about_the_territory_of_the_previous_question()
    {
        // The follow-up names no place: it must be read in the context of the conversation (the Bocage, in Cholet
        // Agglomération), as the explicit question about that place is answered, not as the question alone is.
        const string followUp = "et les conseillers numériques ?";
        var inContext = new[]
        {
            (await Answers.AskAsync("Quels conseillers numériques dans le Bocage ?")).Title,
            (await Answers.AskAsync("Quels conseillers numériques dans Cholet Agglomération ?")).Title,
        };
        var alone = (await Answers.AskAsync(followUp)).Title;
        Assert.DoesNotContain(alone, inContext);

        await Browser.OpenAsync(fixture.Address);
        await AskAsync(BocageQuestion);
        await Browser.WaitForTextAsync(WebChatPage.Card, "Anjou Numérique");
        await AskAsync(followUp);
        await Browser.WaitForTextAsync(WebChatPage.UserBubble, followUp);

        var cards = await WaitForCardCountAsync(3);
        var last = cards[^1];
        Assert.True(inContext.Any(title => last.Contains(Typographic(title), StringComparison.Ordinal)), $"The follow-up was answered with: {last}");
    }

    [BrowserFact]
    public async Task The_page_is_usable_at_a_phone_width()
    {
        await Browser.OpenAsync(fixture.Address, width: 390, height: 844);
        await Browser.WaitForTextAsync(WebChatPage.Card, "Bonjour, je suis");
        await AskAsync(BocageQuestion);
        await Browser.WaitForTextAsync(WebChatPage.Card, "Anjou Numérique");

        // Nothing wider than the screen: no sideways scrolling, and the send box fits.
        Assert.True((bool?)await Browser.EvaluateAsync("document.documentElement.scrollWidth <= window.innerWidth"));
        Assert.True((bool?)await Browser.EvaluateAsync(
            $"(() => {{ const r = document.querySelector('{WebChatPage.SendBox.Replace("\"", "\\\"", StringComparison.Ordinal)}').getBoundingClientRect(); return r.left >= 0 && r.right <= window.innerWidth && r.bottom <= window.innerHeight; }})()"));
        await SaveScreenshotAsync("webchat-phone.png");
    }

    private async Task AskAsync(string question) => await Browser.FillAsync(WebChatPage.SendBox, question, press: "Enter");

    private async Task<IReadOnlyList<string>> WaitForCardCountAsync(int count)
    {
        var texts = await Browser.TextsAsync(WebChatPage.Card);
        for (var attempt = 0; attempt < 150 && texts.Count < count; attempt++)
        {
            await Task.Delay(200);
            texts = await Browser.TextsAsync(WebChatPage.Card);
        }

        Assert.True(texts.Count >= count, $"{texts.Count} cards on the page, {count} expected: {string.Join(" | ", texts)}");
        return texts;
    }

    // Web Chat renders Markdown text with typographic apostrophes.
    private static string Typographic(string text) => text.Replace('\'', '\u2019');

    /// <summary>Beside the test binaries, and in <c>MEDNUM49_SCREENSHOTS</c> when set (how docs/images is refreshed).</summary>
    private async Task SaveScreenshotAsync(string name)
    {
        var path = Path.Combine(AppContext.BaseDirectory, name);
        // Web Chat scrolls to the newest activity smoothly: let it settle.
        await Browser.EvaluateAsync("new Promise(done => setTimeout(done, 1000))");
        await Browser.ScreenshotAsync(path);
        Assert.True(new FileInfo(path).Length > 10_000, "the screenshot is empty");
        if (Environment.GetEnvironmentVariable("MEDNUM49_SCREENSHOTS") is { Length: > 0 } folder)
        {
            File.Copy(path, Path.Combine(folder, name), overwrite: true);
        }
    }
}
