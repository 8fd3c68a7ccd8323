using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Microsoft.Bot.Schema;
using Newtonsoft.Json;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Channels;

public sealed class IncomingTextTests
{
    private static readonly JObject Button = CardActions.Submit("Conseillers numériques", "Quels conseillers numériques à Cholet Agglomération ?");

    [Fact]
    public void A_Teams_button_click_arrives_as_its_query()
    {
        // Teams turns the messageBack into a message: Text = msteams.text, Value = msteams.value.
        var teams = (JObject)Button["data"]!["msteams"]!;
        var activity = Message("msteams", text: (string?)teams["text"], value: teams["value"]);

        Assert.Equal("Quels conseillers numériques à Cholet Agglomération ?", IncomingText.Of(activity));
    }

    [Fact]
    public void A_Web_Chat_submit_with_empty_text_arrives_as_its_query()
    {
        // Web Chat, Direct Line and the Emulator send Action.Submit as an empty message whose value is the data.
        var activity = Message("webchat", text: null, value: Button["data"]!.DeepClone());

        Assert.Equal("Quels conseillers numériques à Cholet Agglomération ?", IncomingText.Of(activity));
    }

    [Fact]
    public void A_submit_that_went_through_the_wire_is_read_the_same_way()
    {
        var wire = JsonConvert.SerializeObject(Message("emulator", text: "", value: Button["data"]));
        var activity = JsonConvert.DeserializeObject<Activity>(wire)!;

        Assert.Equal("Quels conseillers numériques à Cholet Agglomération ?", IncomingText.Of(activity));
    }

    [Theory]
    [InlineData("""{"mednum49Query":"Qui porte l'action B.6 ?"}""", "Qui porte l'action B.6 ?")]
    [InlineData("""  {"mednum49Query":"  Qui porte\nl'action B.6 ?  "}""", "Qui porte l'action B.6 ?")]
    public void A_value_given_as_a_JSON_string_is_read_too(string value, string expected)
    {
        Assert.Equal(expected, IncomingText.Of(Message("msteams", text: null, value: value)));
    }

    [Fact]
    public void A_value_given_as_a_plain_object_is_read_too()
    {
        var activity = Message("test", text: null, value: new Dictionary<string, object> { [CardActions.QueryProperty] = "groupes" });

        Assert.Equal("groupes", IncomingText.Of(activity));
    }

    [Theory]
    [InlineData(null)]
    [InlineData("not json")]
    [InlineData("{broken")]
    [InlineData("""{"other":"form field"}""")]
    [InlineData("""{"mednum49Query":42}""")]
    [InlineData("""{"mednum49Query":"   "}""")]
    public void Without_a_query_in_the_value_the_typed_text_is_used_without_the_bot_mention(string? value)
    {
        var activity = Message("msteams", text: "<at>Mednum49</at> Qui porte l'action B.6 ?", value: value is null ? null : value.StartsWith('{') && value.EndsWith('}') ? JObject.Parse(value) : value);
        activity.Entities = [new Entity("mention") { Properties = JObject.Parse("""{"mentioned":{"id":"bot-1","name":"Mednum49"},"text":"<at>Mednum49</at>"}""") }];

        Assert.Equal("Qui porte l'action B.6 ?", IncomingText.Of(activity));
    }

    [Fact]
    public void A_message_without_text_nor_query_gives_an_empty_text()
    {
        Assert.Equal("", IncomingText.Of(Message("webchat", text: null, value: JObject.Parse("""{"note":"texte"}"""))));
    }

    private static Activity Message(string channelId, string? text, object? value) => new(ActivityTypes.Message)
    {
        ChannelId = channelId,
        Text = text,
        Value = value,
        Recipient = new ChannelAccount("bot-1", "Mednum49"),
        From = new ChannelAccount("user-1", "Médiatrice"),
        Conversation = new ConversationAccount(id: "conv-1"),
    };
}
