using Mednum49.Bot.Channels;
using Mednum49.Bot.Commands;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// <c>export &lt;groupe&gt;</c>: every note of a group as a CSV table (French Excel) and a Markdown digest, for the same
/// people who may read them, in personal conversations only. How the files travel depends on the channel:
/// <list type="bullet">
/// <item>Teams: a file consent card per file; on "accept" the file goes to the user's OneDrive
/// (<see cref="NotesFileConsentMiddleware"/>). Bots cannot attach files inline in Teams chats.</item>
/// <item>Web Chat, Direct Line, the Emulator: both files inline in the message (<c>data:</c> URIs), up to
/// <see cref="MaxInlineBytes"/>; beyond, the text digest.</item>
/// <item>Slack and the others: the digest as text (<see cref="NoteDigest"/>).</item>
/// </list>
/// </summary>
public sealed class NotesExportCommand(
    INoteStore store,
    NoteGroupChoices groups,
    NotesAccessPolicy access,
    NoteReaders readers,
    TimeProvider clock) : ICommandHandler
{
    /// <summary>Both files together, before base64: the message stays well under Direct Line's activity size limit.</summary>
    public const int MaxInlineBytes = 150_000;

    private static readonly HashSet<string> InlineFileChannels = new(StringComparer.OrdinalIgnoreCase)
    {
        Microsoft.Bot.Connector.Channels.Webchat,
        Microsoft.Bot.Connector.Channels.Directline,
        Microsoft.Bot.Connector.Channels.Emulator,
    };

    /// <summary>True when files of <paramref name="size"/> bytes in all can travel inline in a message on this channel.</summary>
    public static bool TakesInlineFiles(string channelId, long size) => InlineFileChannels.Contains(channelId) && size <= MaxInlineBytes;

    public async Task<bool> TryHandleAsync(BotTurn turn, CancellationToken cancellationToken)
    {
        if (NoteCommands.ParseExport(turn.Text) is not { } groupText)
        {
            return false;
        }

        foreach (var reply in await RepliesAsync(turn, groupText, cancellationToken))
        {
            await turn.Context.SendActivityAsync(reply, cancellationToken);
        }

        return true;
    }

    private async Task<IReadOnlyList<IMessageActivity>> RepliesAsync(BotTurn turn, string groupText, CancellationToken cancellationToken)
    {
        var channel = turn.Channel;
        if (channel.Conversation != ConversationKind.Personal)
        {
            return [NoteReply.Message(NoteTexts.ExportOnlyInPersonalChat, channel)];
        }

        var reader = await readers.IdentifyAsync(turn.Context, cancellationToken);
        var readable = access.ReadableGroups(reader, groups.Groups);
        if (readable.Count == 0)
        {
            return [NoteReply.Message(NotesMessages.ReadDenied, channel)];
        }

        var group = groupText.Length == 0 ? null : groups.Resolve(groupText);
        if (group is null)
        {
            return [NotesReadCommand.GroupChoices(groupText.Length == 0 ? NoteTexts.WhichGroupToExport : NoteTexts.UnknownGroup, readable, NoteCommands.Export).For(channel)];
        }

        if (!access.CanExport(reader, group.Id))
        {
            return [NoteReply.Message(NotesMessages.ReadDenied, channel)];
        }

        var notes = await store.ListAllByGroupAsync(group.Id, cancellationToken);
        var files = await NoteExportFiles.CreateAsync(group, notes, clock.GetUtcNow(), cancellationToken);

        if (string.Equals(channel.ChannelId, Microsoft.Bot.Connector.Channels.Msteams, StringComparison.OrdinalIgnoreCase))
        {
            return
            [
                MessageFactory.Text(NoteTexts.ExportConsent(group, notes.Count)),
                .. files.Select(file => (IMessageActivity)MessageFactory.Attachment(TeamsFileConsent.ConsentCard(
                    file, group, file.Format == NoteExportFiles.Csv ? NoteTexts.ExportCsvDescription : NoteTexts.ExportMarkdownDescription))),
            ];
        }

        if (TakesInlineFiles(channel.ChannelId, files.Sum(f => f.Content.LongLength)))
        {
            var message = MessageFactory.Text(NoteTexts.ExportReady(group, notes.Count));
            message.Attachments = [.. files.Select(f => f.Inline())];
            return [message];
        }

        return [NoteDigest.Create(group, notes, channel)];
    }
}
