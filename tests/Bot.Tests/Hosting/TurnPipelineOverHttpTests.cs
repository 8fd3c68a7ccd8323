using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Mednum49.Bot.Adapters;
using Mednum49.Bot.Notes;
using Mednum49.Bot.Notes.Conversation;
using Mednum49.Bot.Questions;
using Mednum49.Bot.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace Mednum49.Bot.Tests.Hosting;

/// <summary>
/// The turn pipeline over HTTP with the real host (authentication off, as with the Emulator): limits before work,
/// 400 for activities that cannot be answered, and faults that lose nothing — a client that gives up mid-turn, forged
/// form values, junk file consent answers — with the conversation's dialog still there afterwards.
/// </summary>
[Collection(RealHostCollection.Name)]
public sealed class TurnPipelineOverHttpTests : RealHostTests
{
    private const string Conversation = "conv-pipeline";

    private JsonObject Message(string text, string? id = null, Uri? serviceUrl = null) =>
        ActivityPayloads.EmulatorMessage(serviceUrl ?? Channel.ServiceUrl, text, Conversation, id);

    private async Task PostAsync(JsonObject activity)
    {
        var response = await Client.PostAsJsonAsync("/api/messages", activity);
        Assert.True(response.IsSuccessStatusCode, $"POST /api/messages answered {(int)response.StatusCode}");
    }

    /// <summary>Starts the step-by-step note dialog and answers its first question: it then waits for the note's text.</summary>
    private async Task StartNoteDialogAsync()
    {
        await PostAsync(Message("note pas à pas"));
        await Channel.NextAnswerAsync();
        await PostAsync(Message("bénévoles"));
        Assert.StartsWith("Écrivez votre note", (await Channel.NextAnswerAsync()).Text ?? "", StringComparison.Ordinal);
    }

    /// <summary>The dialog is still waiting for the text: finishing it saves the note, once.</summary>
    private async Task AssertTheDialogGoesOnAsync(string text, string? id = null)
    {
        // The text, no date, then "oui" to the confirmation that shows the text.
        await PostAsync(Message(text, id));
        await Channel.NextAnswerAsync();
        await PostAsync(Message("non"));
        Assert.Contains(text, JsonOf(await Channel.NextAnswerAsync()), StringComparison.Ordinal);
        await PostAsync(Message("oui"));
        await Channel.NextAnswerAsync();
        var note = Assert.Single(await Host.Services.GetRequiredService<INoteStore>().ListAllByGroupAsync("group:benevoles"));
        Assert.Equal(text, note.Text);
    }

    [Fact]
    public async Task A_body_declared_over_the_limit_is_refused_with_413_and_no_turn()
    {
        var padding = new string('x', 300 * 1024);
        var activity = Message("Qui porte l'action B.6 ?");
        activity["padding"] = padding;

        var response = await Client.PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
        // The next request is answered first: the refused one never reached the bot.
        await PostAsync(Message("aide"));
        Assert.Contains("aide", JsonOf(await Channel.NextMessageAsync()), StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public async Task A_streamed_body_without_length_is_cut_at_the_limit_with_413()
    {
        // Chunked: the size is only known by reading, and reading stops at the limit. (Small enough over it that the
        // client has sent it all when the server answers and closes; the 25 MB case is in bench/load.)
        var chunks = new StreamContent(new RepeatingStream(Encoding.UTF8.GetBytes("{\"type\":\"message\",\"text\":\""), 300 * 1024));
        chunks.Headers.ContentType = new System.Net.Http.Headers.MediaTypeHeaderValue("application/json");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/messages") { Content = chunks };
        request.Headers.TransferEncodingChunked = true;

        var response = await Client.SendAsync(request);

        Assert.Equal(HttpStatusCode.RequestEntityTooLarge, response.StatusCode);
    }

    public static TheoryData<string> UnanswerableActivities() => new() { "no serviceUrl", "relative serviceUrl", "ftp serviceUrl", "no conversation", "empty conversation id" };

    [Theory]
    [MemberData(nameof(UnanswerableActivities))]
    public async Task An_activity_that_cannot_be_answered_gets_400_not_500(string problem)
    {
        var activity = Message("bonjour");
        switch (problem)
        {
            case "no serviceUrl": activity.Remove("serviceUrl"); break;
            case "relative serviceUrl": activity["serviceUrl"] = "/v3/"; break;
            case "ftp serviceUrl": activity["serviceUrl"] = "ftp://127.0.0.1/"; break;
            case "no conversation": activity.Remove("conversation"); break;
            default: activity["conversation"] = new JsonObject { ["id"] = "" }; break;
        }

        var response = await Client.PostAsJsonAsync("/api/messages", activity);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.DoesNotContain("Exception", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_question_over_the_length_cap_gets_a_polite_answer()
    {
        var pasted = string.Join(' ', Enumerable.Repeat("Qui porte l'action B.6 ?", 40));

        await PostAsync(Message(pasted));

        Assert.Equal(QuestionLimits.TooLong, (await Channel.NextAnswerAsync()).Text);
    }

    [Fact]
    public async Task A_deterministic_answer_comes_without_a_typing_indicator()
    {
        await PostAsync(Message("Qui porte l'action B.6 ?"));
        var welcome = await Channel.NextAsync();
        var answer = await Channel.NextAsync();
        await PostAsync(Message("aide"));
        var help = await Channel.NextAsync();

        // The Emulator shows typing indicators: none was sent, since the engine answers at once.
        Assert.Equal(["message", "message", "message"], new[] { welcome.Type ?? "", answer.Type ?? "", help.Type ?? "" });
        Assert.True(welcome.IsWelcome);
    }

    [Fact]
    public async Task A_form_with_a_forged_submission_id_is_refused_politely_and_the_dialog_goes_on()
    {
        await StartNoteDialogAsync();

        await PostAsync(Message("", id: null) .With("value", new JsonObject
        {
            [NoteForm.FormProperty] = NoteForm.FormName,
            [NoteForm.SubmissionIdProperty] = new string('a', 600),
            [NoteFields.Group] = "group:benevoles",
            [NoteFields.Text] = "Texte du formulaire falsifié",
        }));

        Assert.Equal(NoteTexts.FormExpired, (await Channel.NextAnswerAsync()).Text);
        await AssertTheDialogGoesOnAsync("Texte tape apres le formulaire");
    }

    public static TheoryData<string> JunkFileConsentValues() => new()
    {
        "\"junk\"",
        "[1,2,3]",
        "{\"action\":\"accept\",\"context\":\"x\"}",
        "{\"action\":{\"a\":1},\"uploadInfo\":\"nope\",\"context\":{\"mednum49Export\":\"notes\",\"group\":\"group:benevoles\",\"format\":\"csv\"}}",
        "{\"action\":\"accept\",\"uploadInfo\":{\"uploadUrl\":42},\"context\":{\"mednum49Export\":\"notes\",\"group\":[],\"format\":\"csv\"}}",
    };

    [Theory]
    [MemberData(nameof(JunkFileConsentValues))]
    public async Task A_junk_file_consent_answer_gets_a_polite_200_and_the_dialog_goes_on(string value)
    {
        await StartNoteDialogAsync();
        var invoke = Message("");
        invoke.Remove("text");
        invoke["type"] = "invoke";
        invoke["name"] = TeamsFileConsent.InvokeName;
        invoke["value"] = JsonNode.Parse(value);

        var response = await Client.PostAsJsonAsync("/api/messages", invoke);

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal(NoteTexts.ConsentExpired, (await Channel.NextAnswerAsync()).Text);
        await AssertTheDialogGoesOnAsync("Texte tape apres la reponse de fichier");
    }

    [Fact]
    public async Task A_client_that_aborts_mid_turn_gets_no_apology_and_loses_nothing()
    {
        await StartNoteDialogAsync();
        await using var slowConnector = await GatedConnector.StartAsync();
        using var giveUp = new CancellationTokenSource();

        // The text of the note: the bot's reply is held by the connector, and the client gives up meanwhile.
        var posting = Client.PostAsJsonAsync("/api/messages", Message("Texte du message interrompu", id: "interrupted-1", serviceUrl: slowConnector.ServiceUrl), giveUp.Token);
        await slowConnector.FirstReply.WaitAsync(TimeSpan.FromSeconds(30));
        await giveUp.CancelAsync();
        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => posting);
        slowConnector.Release();

        // The channel delivers the same activity again: it is processed (the cancelled turn did not keep its claim),
        // on the dialog as it was before the cancelled turn, and the note is saved once.
        await AssertTheDialogGoesOnAsync("Texte du message interrompu", id: "interrupted-1");
        await Host.DisposeAsync();
        Assert.DoesNotContain(slowConnector.Received, a => (string?)a["text"] == TurnErrorHandler.Apology);
        Assert.Single(slowConnector.Received);
    }

    private static string JsonOf(CapturedActivity activity) => activity.Body.ToJsonString();

    /// <summary>A stream of a prefix then 'x' up to a length: a large body that never sits in the test's memory.</summary>
    private sealed class RepeatingStream(byte[] prefix, long length) : Stream
    {
        private long _position;

        public override bool CanRead => true;
        public override bool CanSeek => false;
        public override bool CanWrite => false;
        public override long Length => throw new NotSupportedException();
        public override long Position { get => _position; set => throw new NotSupportedException(); }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var n = (int)Math.Min(count, length - _position);
            for (var i = 0; i < n; i++)
            {
                buffer[offset + i] = _position + i < prefix.Length ? prefix[_position + i] : (byte)'x';
            }

            _position += n;
            return n;
        }

        public override void Flush() { }
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();
        public override void Write(byte[] buffer, int offset, int count) => throw new NotSupportedException();
    }
}

internal static class JsonObjectExtensions
{
    public static JsonObject With(this JsonObject json, string property, JsonNode value)
    {
        json[property] = value;
        return json;
    }
}
