using Mednum49.Bot.Storage;
using Mednum49.Bot.Tests.Support;
using static Mednum49.Bot.Tests.Dialogs.SampleRegistrationDialog;

namespace Mednum49.Bot.Tests.Dialogs;

/// <summary>The bot restarts (new process: new adapter, storage, state and dialogs) while a dialog waits on a prompt.</summary>
public sealed class DialogRestartTests : IDisposable
{
    private readonly TempDatabase _file = new();

    public void Dispose() => _file.Dispose();

    private DialogTestBot NewProcess() => new(new SqliteStorage(_file.Open()), Create());

    [Fact]
    public async Task A_dialog_waiting_on_a_prompt_continues_after_a_restart_on_the_same_database()
    {
        var before = NewProcess();
        await before.Flow(before.Adapter("restart", WaterfallDialogTests.Sunday))
            .Send("inscription").AssertReply(WaterfallDialogTests.GroupPromptText)
            .Send("le groupe sur le reconditionnement").AssertReply(NoteQuestion)
            .Send("Avec deux collègues").AssertReply(DateQuestion)
            .StartTestAsync();

        var after = NewProcess();
        await after.Flow(after.Adapter("restart", WaterfallDialogTests.Sunday))
            .Send("lundi à 9h30").AssertReply(reply => Assert.StartsWith(ConfirmQuestion("Reconditionnement", "2026-11-30 09:30:00"), reply.AsMessageActivity().Text))
            .StartTestAsync();

        var again = NewProcess();
        await again.Flow(again.Adapter("restart", WaterfallDialogTests.Sunday))
            .Send("ouais").AssertReply(Saved("Reconditionnement", "Avec deux collègues", "2026-11-30 09:30:00"))
            .StartTestAsync();
    }

    [Fact]
    public async Task A_prompts_attempts_survive_a_restart()
    {
        var before = NewProcess();
        await before.Flow(before.Adapter("attempts"))
            .Send("inscription").AssertReply(WaterfallDialogTests.GroupPromptText)
            .Send("la piscine").AssertReply(_ => { })
            .Send("le cinéma").AssertReply(_ => { })
            .StartTestAsync();

        var after = NewProcess();
        await after.Flow(after.Adapter("attempts"))
            .Send("la plage").AssertReply(Mednum49.Bot.Dialogs.DialogMessages.GaveUp).AssertReply(NoGroup)
            .StartTestAsync();
    }

    [Fact]
    public async Task The_stored_dialog_state_holds_only_plain_values()
    {
        var bot = NewProcess();
        await bot.Flow(bot.Adapter("plain"))
            .Send("inscription").AssertReply(WaterfallDialogTests.GroupPromptText)
            .StartTestAsync();

        await using var connection = await _file.Open().OpenAsync();
        await using var query = connection.CreateCommand();
        query.CommandText = "SELECT value FROM bot_state WHERE key = 'test/conversations/plain';";
        var json = (string)(await query.ExecuteScalarAsync())!;

        var types = System.Text.RegularExpressions.Regex.Matches(json, "\"\\$type\":\"([^\"]+)\"").Select(m => m.Groups[1].Value).Distinct().ToList();
        Assert.All(types, type => Assert.True(
            type.StartsWith("Mednum49.Bot.Dialogs.Dialog", StringComparison.Ordinal) || type.StartsWith("System.Collections.Generic.", StringComparison.Ordinal),
            $"unexpected type in stored state: {type}"));
        Assert.Contains(GroupQuestion, json);
    }
}
