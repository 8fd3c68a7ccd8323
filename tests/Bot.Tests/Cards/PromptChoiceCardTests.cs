using Mednum49.Bot.Cards;
using Mednum49.Bot.Channels;
using Mednum49.Bot.Dialogs.Prompts;
using Mednum49.Knowledge.Answering;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Adapters;
using Microsoft.Bot.Schema;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Tests.Cards;

/// <summary>A dialog's choice prompt shown as a card: its buttons must come back recognised by the prompt.</summary>
public sealed class PromptChoiceCardTests
{
    private static readonly IReadOnlyList<Choice> Choices = [new("Anjou Bleu Communauté", ["ABC"]), new("Cholet Agglomération"), new("Saumur Val de Loire")];

    [Fact]
    public void A_prompt_button_carries_the_value_for_the_prompt_and_as_the_query_for_Teams_and_Web_Chat()
    {
        var button = CardActions.PromptAnswer(new AnswerChoice("Cholet", "Cholet Agglomération"));

        var data = (JObject)button["data"]!;
        Assert.Equal("Cholet Agglomération", (string?)data[ChoiceRecognizer.CardValueProperty]);
        Assert.Equal("Cholet Agglomération", (string?)data[CardActions.QueryProperty]);
        Assert.Equal("messageBack", (string?)data["msteams"]!["type"]);
        Assert.Equal("Cholet Agglomération", (string?)data["msteams"]!["text"]);
        Assert.Equal("Cholet", (string?)data["msteams"]!["displayText"]);
        Assert.Equal("Cholet Agglomération", (string?)data["msteams"]!["value"]![ChoiceRecognizer.CardValueProperty]);
    }

    [Theory]
    [InlineData("webchat")]
    [InlineData("msteams")]
    public void Each_button_of_the_presented_card_is_recognised_by_the_prompt_as_its_choice(string channel)
    {
        var question = Present(channel);

        var card = (JObject)Assert.Single(question.Attachments).Content;
        var buttons = CardJson.Buttons(card);
        Assert.Equal(Choices.Select(c => c.Display), buttons.Select(b => (string)b["title"]!));
        for (var i = 0; i < buttons.Count; i++)
        {
            // Web Chat posts the data as the value with no text; Teams posts msteams.text and msteams.value.
            var (text, value) = channel == "webchat"
                ? ("", buttons[i]["data"]!)
                : ((string)buttons[i]["data"]!["msteams"]!["text"]!, buttons[i]["data"]!["msteams"]!["value"]!);
            var found = ChoiceRecognizer.Recognize(text, value.DeepClone(), Choices);
            Assert.Equal(new FoundChoice(Choices[i].Value, i, ChoiceMatch.CardValue), found);
        }
    }

    [Fact]
    public void On_a_text_channel_the_choices_are_numbered_to_answer_with_a_number()
    {
        var question = Present("console");

        Assert.Empty(question.Attachments ?? []);
        Assert.Equal("Quelle intercommunalité ?\n1. Anjou Bleu Communauté\n2. Cholet Agglomération\n3. Saumur Val de Loire\n" + AnswerTextReply.ChoicesHint, question.Text);
    }

    [Fact]
    public void List_style_none_sends_the_question_as_given()
    {
        var adapter = new TestAdapter();
        var question = MessageFactory.Text("Déjà une carte");

        Assert.Same(question, new ChannelChoicePresenter().Present(new TurnContext(adapter, adapter.MakeActivity("x")), question, Choices, ListStyle.None));
    }

    private static IMessageActivity Present(string channel)
    {
        var adapter = new TestAdapter(channel);
        var incoming = adapter.MakeActivity("territoire");
        incoming.ChannelId = channel;
        incoming.Conversation = new ConversationAccount(conversationType: "personal", id: "c");
        return new ChannelChoicePresenter().Present(new TurnContext(adapter, incoming), MessageFactory.Text("Quelle intercommunalité ?"), Choices, ListStyle.Auto);
    }
}
