using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Mednum49.Bot.Tests.Support;
using Mednum49.Knowledge.Answering;

namespace Mednum49.Bot.Tests.Channels;

/// <summary>
/// « … et N autres » in a text channel, over HTTP as Slack delivers messages, with the real engine and the bot's
/// conversation state: the reply says to answer « suite », and « suite » brings the next page, then says nothing is left.
/// </summary>
[Collection(RealHostCollection.Name)]
public sealed class SlackPagesOverHttpTests : RealHostTests
{
    private async Task<string> AskAsync(string id, string text)
    {
        var response = await Client.PostAsJsonAsync("/api/messages", TeamsActivities.SlackMessage(Channel.ServiceUrl, id, text));
        Assert.True(response.IsSuccessStatusCode, $"POST /api/messages answered {(int)response.StatusCode}");
        var answer = await Channel.NextAnswerAsync();
        Assert.Equal(id, answer.ReplyToId);
        Assert.Empty(answer.Body["attachments"]?.AsArray() ?? []);
        return answer.SlackText ?? "";
    }

    [Fact]
    public async Task A_long_list_ends_with_how_to_see_the_rest_and_suite_shows_it_page_after_page()
    {
        var first = await AskAsync("slack-pages-1", "quels sont les groupes de travail ?");

        Assert.Contains("Recherche de financement", first, StringComparison.Ordinal);
        Assert.DoesNotContain("Accompagnement à domicile", first, StringComparison.Ordinal);
        Assert.Contains($"… et 2 autres : {AnswerPages.MoreHint}", first, StringComparison.Ordinal);

        var thanks = await AskAsync("slack-pages-2", "merci");
        Assert.Contains("Avec plaisir", thanks, StringComparison.Ordinal);

        var rest = await AskAsync("slack-pages-3", "la suite");
        Assert.Contains("Promouvoir un numérique responsable", rest, StringComparison.Ordinal);
        Assert.Contains("Accompagnement à domicile", rest, StringComparison.Ordinal);
        Assert.DoesNotContain("Recherche de financement", rest, StringComparison.Ordinal);
        Assert.DoesNotContain(AnswerPages.MoreHint, rest, StringComparison.Ordinal);

        var end = await AskAsync("slack-pages-4", "suite");
        Assert.Contains("rien de plus", end, StringComparison.Ordinal);
    }
}
