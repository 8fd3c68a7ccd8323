using System.Text.Json;
using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Generation;

/// <summary>
/// The JSON object the model returns when it maps a loose question to one of the engine's question kinds.
/// The type gives the structured-output schema; <see cref="Read"/> parses whatever came back defensively.
/// </summary>
internal sealed record UnderstandingReply(string Kind, IReadOnlyList<string> Entities, string? Detail)
{
    public const string NoKind = "none";

    public const string OutOfScope = "the model found the question out of scope";

    private const int MaxEntities = 5;
    private const int MaxNameLength = 100;

    /// <summary>
    /// The interpretation to hand to the engine, or null with the reason: not JSON, no kind, "none", a kind the
    /// engine does not know, or an entity that neither the question nor the conversation's context
    /// (<paramref name="context"/>: the names the model was shown) mentions — the model must not bring its own.
    /// </summary>
    public static Interpretation? Read(string? text, string question, IReadOnlyList<QuestionKindDescription> kinds, out string reason) =>
        Read(text, question, kinds, null, out reason);

    public static Interpretation? Read(string? text, string question, IReadOnlyList<QuestionKindDescription> kinds, ConversationEntities? context, out string reason)
    {
        if (!TryParse(text, out var reply))
        {
            reason = "the understanding reply is not the expected JSON object";
            return null;
        }

        if (string.Equals(reply.Kind, NoKind, StringComparison.OrdinalIgnoreCase))
        {
            reason = OutOfScope;
            return null;
        }

        var kind = kinds.FirstOrDefault(k => string.Equals(k.Kind, reply.Kind, StringComparison.OrdinalIgnoreCase));
        if (kind is null)
        {
            reason = $"the model named an unknown question kind '{Truncate(reply.Kind)}'";
            return null;
        }

        var entities = reply.Entities.Select(e => e.Trim()).Where(e => e.Length > 0).Distinct(StringComparer.OrdinalIgnoreCase).ToList();
        if (entities.Count > MaxEntities || entities.Any(e => e.Length > MaxNameLength))
        {
            reason = "the understanding reply has too many or too long entities";
            return null;
        }

        if (entities.FirstOrDefault(e => !IsMentioned(e, question) && !IsInContext(e, context)) is { } stranger)
        {
            reason = context is { IsEmpty: false }
                ? $"the model gave an entity neither the question nor the conversation mentions '{Truncate(stranger)}'"
                : $"the model gave an entity the question does not mention '{Truncate(stranger)}'";
            return null;
        }

        var detail = string.IsNullOrWhiteSpace(reply.Detail) ? null : Truncate(reply.Detail.Trim());
        reason = $"understood as {kind.Kind}";
        return new Interpretation(kind.Kind, entities, detail);
    }

    private static bool TryParse(string? text, out UnderstandingReply reply)
    {
        reply = new UnderstandingReply("", [], null);
        var start = text?.IndexOf('{') ?? -1;
        var end = text?.LastIndexOf('}') ?? -1;
        if (text is null || start < 0 || end < start)
        {
            return false;
        }

        try
        {
            using var json = JsonDocument.Parse(text.AsMemory(start, end - start + 1));
            if (json.RootElement.ValueKind != JsonValueKind.Object)
            {
                return false;
            }

            string? kind = null;
            string? detail = null;
            var entities = new List<string>();
            foreach (var property in json.RootElement.EnumerateObject())
            {
                switch (property.Name.ToLowerInvariant())
                {
                    case "kind" when property.Value.ValueKind == JsonValueKind.String:
                        kind = property.Value.GetString();
                        break;
                    case "detail" when property.Value.ValueKind == JsonValueKind.String:
                        detail = property.Value.GetString();
                        break;
                    case "entities" when property.Value.ValueKind == JsonValueKind.Array:
                        entities.AddRange(property.Value.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.String).Select(e => e.GetString()!));
                        break;
                    case "entities" when property.Value.ValueKind == JsonValueKind.String:
                        entities.Add(property.Value.GetString()!);
                        break;
                }
            }

            if (string.IsNullOrWhiteSpace(kind))
            {
                return false;
            }

            reply = new UnderstandingReply(kind.Trim(), entities, detail);
            return true;
        }
        catch (JsonException)
        {
            return false;
        }
    }

    // "Chollet" → "Cholet", "b6" → "B.6", "les Mauges" → "Mauges Communauté": the whole entity written without
    // separators, or one of its own words give or take a typo, must be in the question.
    private static bool IsMentioned(string entity, string question)
    {
        var compactEntity = TextNormalizer.Compact(entity);
        if (compactEntity.Length > 0 && TextNormalizer.Compact(question).Contains(compactEntity, StringComparison.Ordinal))
        {
            return true;
        }

        // An entity made of everyday words only ("France Services", "conseiller numérique") names nobody.
        var names = TextNormalizer.Tokenize(entity)
            .Select(t => t.Text)
            .Where(w => w.Length >= 3 && !FrenchWords.StopWords.Contains(w) && !FrenchWords.CommonWords.Contains(w))
            .ToList();
        var questionWords = TextNormalizer.Tokenize(question).Select(t => t.Text).ToList();
        return names.Count == 0 || names.Any(w => questionWords.Any(q => EditDistance.Bounded(w, q, Tolerance(w)) <= Tolerance(w)));
    }

    // "Candé" for the context's "Candé", "B.6" for its "action B.6": the context's name, or a part of it, as written.
    private static bool IsInContext(string entity, ConversationEntities? context)
    {
        var compactEntity = TextNormalizer.Compact(entity);
        return compactEntity.Length >= 2 && context is not null
            && context.Names.Select(TextNormalizer.Compact).Any(name => name == compactEntity || (compactEntity.Length >= 3 && name.Contains(compactEntity, StringComparison.Ordinal)));
    }

    private static int Tolerance(string word) => word.Length switch
    {
        < 5 => 0,
        < 8 => 1,
        _ => 2,
    };

    private static string Truncate(string text) => text.Length <= MaxNameLength ? text : text[..MaxNameLength];
}
