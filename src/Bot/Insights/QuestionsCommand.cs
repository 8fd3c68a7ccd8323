using Mednum49.Bot.Channels;
using Mednum49.Bot.Commands;
using Mednum49.Bot.Dialogs;
using Mednum49.Bot.Notes;
using Mednum49.Bot.Notes.Conversation;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.Extensions.Options;

namespace Mednum49.Bot.Insights;

/// <summary>
/// <c>questions</c> and <c>questions export</c>, for the coordinators of the notes (<see cref="NotesAccessPolicy"/>),
/// in personal chat only: the most frequent questions of the last <c>Insights:ReportDays</c> (30) days the bot failed
/// or that got a 👎, grouped by normalised text; the export is the CSV of every event, delivered as the notes' exports
/// are (a file consent card in Teams, an inline file in Web Chat and the Emulator, the list as text elsewhere).
/// "questions" followed by anything else is a question for the engine.
/// </summary>
public sealed class QuestionsCommand(
    IInsightStore store,
    NotesAccessPolicy access,
    NoteReaders readers,
    IOptions<InsightsOptions> options,
    TimeProvider clock) : ICommandHandler
{
    public const string Word = "questions";
    public const string ExportWord = "export";

    /// <summary>How many questions the list shows.</summary>
    public const int MaxListed = 10;

    /// <summary>True for "questions" (the list), false for "questions export", null when the text is not this command.</summary>
    public static bool? Parse(string? text)
    {
        if (!CommandText.TryMatch(text, Word, out var argument))
        {
            return null;
        }

        return argument.Length == 0 ? true : FrenchText.Normalize(argument) == ExportWord ? false : null;
    }

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        if (Parse(turn.Text) is not { } list)
        {
            return false;
        }

        foreach (var reply in await RepliesAsync(turn, list, cancellationToken))
        {
            await turn.Context.SendActivityAsync(reply, cancellationToken);
        }

        return true;
    }

    private async Task<IReadOnlyList<IMessageActivity>> RepliesAsync(BotTurn turn, bool list, CancellationToken cancellationToken)
    {
        var channel = turn.Channel;
        if (channel.Conversation != ConversationKind.Personal)
        {
            return [ReplyFactory.Message(channel, [InsightsMessages.OnlyInPersonalChat])];
        }

        if (!access.IsCoordinator(await readers.IdentifyAsync(turn.Context, cancellationToken)))
        {
            return [ReplyFactory.Message(channel, [InsightsMessages.Denied])];
        }

        var days = options.Value.ReportDays;
        var now = clock.GetUtcNow();
        var events = await store.ListAsync(now.AddDays(-days), cancellationToken);
        var notice = options.Value.Enabled ? [] : new[] { InsightsMessages.Disabled };
        if (list || events.Count == 0)
        {
            return [List(channel, events, days, notice)];
        }

        var csv = await InsightsCsvExporter.ToBytesAsync(events, cancellationToken);
        var name = InsightsCsvExporter.FileName(now);
        if (AnswerFeedback.IsTeams(channel.ChannelId))
        {
            return
            [
                MessageFactory.Text(InsightsMessages.ExportConsent(events.Count, days)),
                MessageFactory.Attachment(InsightsExportConsent.ConsentCard(name, csv.LongLength, days)),
            ];
        }

        if (NotesExportCommand.TakesInlineFiles(channel.ChannelId, csv.LongLength))
        {
            var message = MessageFactory.Text(InsightsMessages.ExportReady(events.Count, days));
            message.Attachments = [new NoteExportFile(name, InsightsCsvExporter.ContentType, csv, NoteExportFiles.Csv).Inline()];
            return [message];
        }

        return [List(channel, events, days, [InsightsMessages.ExportAsText, .. notice])];
    }

    private static IMessageActivity List(ChannelCapabilities channel, IReadOnlyList<InsightEvent> events, int days, IEnumerable<string> notice)
    {
        if (events.Count == 0)
        {
            return ReplyFactory.Message(channel, [.. notice, InsightsMessages.Nothing(days)]);
        }

        var all = InsightsReport.TopQuestions(events);
        var top = all.Take(MaxListed).ToList();
        return ReplyFactory.Message(
            channel,
            [.. notice, InsightsMessages.Heading(top.Count, all.Count, days)],
            top.Select(InsightsMessages.Line),
            [InsightsMessages.ExportHint]);
    }
}
