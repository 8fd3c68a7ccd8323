namespace Mednum49.Bot.Notes;

/// <summary>Channel ids as people know them, for exports.</summary>
public static class NoteChannels
{
    private static readonly Dictionary<string, string> Names = new(StringComparer.OrdinalIgnoreCase)
    {
        ["msteams"] = "Teams",
        ["slack"] = "Slack",
        ["webchat"] = "Web Chat",
        ["directline"] = "Direct Line",
        ["emulator"] = "Emulator",
        ["console"] = "Console",
    };

    public static string DisplayName(string channelId) => Names.TryGetValue(channelId, out var name) ? name : channelId;
}
