using System.Text.Json;

namespace Mednum49.Bot.Cli;

/// <summary>
/// One input line of <c>ask --jsonl</c>: a JSON object <c>{"conversation": "&lt;id&gt;", "question": "&lt;text&gt;"}</c>
/// (a turn of that conversation), or plain text (a question on its own). A line that starts like an object but is not
/// one is read as plain text, so nothing typed is lost.
/// </summary>
internal static class AskInput
{
    public static (string? Conversation, string Question) Read(string line)
    {
        var text = line.Trim();
        if (!text.StartsWith('{') || !text.EndsWith('}'))
        {
            return (null, text);
        }

        try
        {
            using var json = JsonDocument.Parse(text);
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return (null, text);
            }

            var conversation = Value(json.RootElement, "conversation");
            var question = Value(json.RootElement, "question") ?? "";
            return (string.IsNullOrWhiteSpace(conversation) ? null : conversation, question.Trim());
        }
        catch (JsonException)
        {
            return (null, text);
        }
    }

    // Ids may be written as numbers ({"conversation": 3}); anything else is not a value.
    private static string? Value(JsonElement root, string name) =>
        root.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.String => value.GetString(),
                JsonValueKind.Number => value.GetRawText(),
                _ => null,
            }
            : null;
}
