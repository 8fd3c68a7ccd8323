using System.Text.Json.Nodes;

namespace Mednum49.Bot.Tests.Support;

/// <summary>Bot Framework activities as a channel POSTs them to /api/messages (raw JSON, as on the wire).</summary>
public static class ActivityPayloads
{
    public static JsonObject EmulatorMessage(Uri serviceUrl, string text, string conversationId = "conv-1", string? id = null) => new()
    {
        ["type"] = "message",
        ["id"] = id ?? Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-29T09:00:00.000Z",
        ["localTimestamp"] = "2026-11-29T10:00:00.000+01:00",
        ["localTimezone"] = "Europe/Paris",
        ["channelId"] = "emulator",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Mediatrice", ["role"] = "user" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "Mednum49", ["role"] = "bot" },
        ["textFormat"] = "plain",
        ["locale"] = "fr-FR",
        ["text"] = text,
    };

    public static JsonObject EmulatorMembersAdded(Uri serviceUrl, string conversationId = "conv-1") => new()
    {
        ["type"] = "conversationUpdate",
        ["id"] = Guid.NewGuid().ToString("N"),
        ["timestamp"] = "2026-11-29T09:00:00.000Z",
        ["channelId"] = "emulator",
        ["serviceUrl"] = serviceUrl.ToString(),
        ["from"] = new JsonObject { ["id"] = "user-1", ["name"] = "Mediatrice" },
        ["conversation"] = new JsonObject { ["id"] = conversationId },
        ["recipient"] = new JsonObject { ["id"] = "bot-1", ["name"] = "Mednum49" },
        ["membersAdded"] = new JsonArray(
            new JsonObject { ["id"] = "bot-1", ["name"] = "Mednum49" },
            new JsonObject { ["id"] = "user-1", ["name"] = "Mediatrice" }),
    };
}
