using Mednum49.Bot.Channels;
using Mednum49.Bot.Commands;

namespace Mednum49.Bot.Tests.Commands;

public sealed class CommandTextTests
{
    [Theory]
    [InlineData("territoire Candé", "Candé")]
    [InlineData("Territoire Candé", "Candé")]
    [InlineData("TERRITOIRE candé", "candé")]
    [InlineData("térritoire Candé", "Candé")]
    [InlineData("territoire : Candé", "Candé")]
    [InlineData("Territoire: Saumur Val de Loire.", "Saumur Val de Loire")]
    [InlineData("  territoire   Candé  ", "Candé")]
    [InlineData("territoire - Candé !", "Candé")]
    public void The_command_word_is_recognised_at_the_start_whatever_its_case_and_accents(string text, string argument)
    {
        Assert.True(CommandText.TryMatch(text, "territoire", out var found));
        Assert.Equal(argument, found);
    }

    [Theory]
    [InlineData("territoire")]
    [InlineData("Territoire :")]
    [InlineData("territoire …")]
    [InlineData("territoire !!!")]
    [InlineData("territoire ?")]
    [InlineData("Territoire?")]
    public void A_command_without_a_meaningful_argument_has_an_empty_one(string text)
    {
        Assert.True(CommandText.TryMatch(text, "territoire", out var argument));
        Assert.Equal("", argument);
    }

    [Theory]
    [InlineData("actions pour les jeunes ?")]
    [InlineData("actions pour les jeunes")]
    [InlineData("action B.6 ?")]
    [InlineData("Quelle action pour B.6")]
    [InlineData("l'action B.6")]
    [InlineData("actionB.6")]
    [InlineData("")]
    public void A_question_or_a_text_not_starting_with_the_word_is_not_the_command(string text)
    {
        Assert.False(CommandText.TryMatch(text, "action", out _));
    }

    [Fact]
    public void An_argument_as_long_as_a_sentence_is_a_question_not_a_name()
    {
        var sentence = "territoire " + string.Join(' ', Enumerable.Repeat("de la Loire", 10));

        Assert.False(CommandText.TryMatch(sentence, "territoire", out _));
        Assert.True(CommandText.TryMatch("territoire Saumur Val de Loire", "territoire", out _));
    }

    [Fact]
    public void Aliases_count_as_the_command_word()
    {
        Assert.True(CommandText.TryMatch("contact CAF", "contacts", out var subject, "contact"));
        Assert.Equal("CAF", subject);
        Assert.False(CommandText.TryMatch("contact CAF", "contacts", out _));
    }

    [Theory]
    [InlineData("note", true)]
    [InlineData("notes GTN49", true)]
    [InlineData("Mes notes", true)]
    [InlineData("export GTN49", true)]
    [InlineData("aide", true)]
    [InlineData("territoire Candé", false)]
    [InlineData("Candé", false)]
    [InlineData("Notre-Dame-d'Allençon", false)]
    public void Another_command_is_recognised_so_that_a_prompt_does_not_take_it_for_an_answer(string text, bool isOther)
    {
        Assert.Equal(isOther, CommandText.StartsWithOtherCommand(text, "territoire"));
    }

    [Theory]
    [InlineData("territoire Candé", "Candé")]
    [InlineData("Candé", "Candé")]
    [InlineData("  Saumur.  ", "Saumur")]
    public void A_reply_to_a_prompt_may_repeat_the_command_word(string text, string argument)
    {
        Assert.Equal(argument, CommandText.ArgumentOf(text, "territoire"));
    }

    [Theory]
    [InlineData("aide", true)]
    [InlineData("Aide", true)]
    [InlineData("AIDE", true)]
    [InlineData("aide ?", true)]
    [InlineData("?", true)]
    [InlineData("help", true)]
    [InlineData("Que sais-tu faire ?", true)]
    [InlineData("que savez-vous faire", true)]
    [InlineData("quelles commandes ?", true)]
    [InlineData("aide aux démarches en ligne à Candé", false)]
    [InlineData("Qui aide les seniors ?", false)]
    public void Help_is_the_whole_message(string text, bool isHelp)
    {
        Assert.Equal(isHelp, HelpCommand.IsHelpRequest(text));
    }

    [Theory]
    [InlineData("groupes", true)]
    [InlineData("Groupes de travail", true)]
    [InlineData("les groupes ?", true)]
    [InlineData("liste des groupes de travail", true)]
    [InlineData("groupes qui travaillent sur le reconditionnement", false)]
    [InlineData("notes GTN49", false)]
    public void Groups_is_the_whole_message_too(string text, bool isGroups)
    {
        Assert.Equal(isGroups, GroupsCommand.IsGroupsRequest(text));
    }

    [Theory]
    [InlineData(ConversationKind.Personal, BotCommandScopes.Personal)]
    [InlineData(ConversationKind.Channel, BotCommandScopes.Team)]
    [InlineData(ConversationKind.GroupChat, BotCommandScopes.GroupChat)]
    public void Each_conversation_kind_has_its_command_scope(ConversationKind kind, BotCommandScopes scope)
    {
        Assert.Equal(scope, CommandScope.Of(kind));
    }
}
