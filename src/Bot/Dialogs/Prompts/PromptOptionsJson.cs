using Microsoft.Bot.Schema;
using Newtonsoft.Json;

namespace Mednum49.Bot.Dialogs.Prompts;

/// <summary>
/// Prompt options as one JSON string in the prompt's state: the dialog state holds only plain values, and each
/// read gives fresh activities (sending an activity stamps it with ids and addresses).
/// </summary>
internal static class PromptOptionsJson
{
    private static readonly JsonSerializerSettings Settings = new()
    {
        TypeNameHandling = TypeNameHandling.None,
        NullValueHandling = NullValueHandling.Ignore,
        DateParseHandling = DateParseHandling.None,
    };

    public static string Serialize(PromptOptions options) => JsonConvert.SerializeObject(new Persisted
    {
        Prompt = AsActivity(options.Prompt),
        RetryPrompt = AsActivity(options.RetryPrompt),
        Help = AsActivity(options.Help),
        Choices = [.. options.Choices],
        Style = options.Style,
        MaxAttempts = options.MaxAttempts,
        Validations = options.Validations is null ? null : new Dictionary<string, string>(options.Validations),
    }, Settings);

    public static PromptOptions Deserialize(string? json)
    {
        var persisted = string.IsNullOrEmpty(json) ? new Persisted() : JsonConvert.DeserializeObject<Persisted>(json, Settings) ?? new Persisted();
        return new PromptOptions
        {
            Prompt = persisted.Prompt,
            RetryPrompt = persisted.RetryPrompt,
            Help = persisted.Help,
            Choices = persisted.Choices ?? [],
            Style = persisted.Style,
            MaxAttempts = persisted.MaxAttempts,
            Validations = persisted.Validations,
        };
    }

    private static Activity? AsActivity(IMessageActivity? activity) => activity switch
    {
        null => null,
        Activity concrete => concrete,
        _ => throw new ArgumentException("Prompt activities must be Microsoft.Bot.Schema.Activity instances (MessageFactory creates them)."),
    };

    private sealed class Persisted
    {
        public Activity? Prompt { get; set; }

        public Activity? RetryPrompt { get; set; }

        public Activity? Help { get; set; }

        public List<Choice>? Choices { get; set; }

        public ListStyle Style { get; set; }

        public int MaxAttempts { get; set; } = 3;

        public Dictionary<string, string>? Validations { get; set; }
    }
}
