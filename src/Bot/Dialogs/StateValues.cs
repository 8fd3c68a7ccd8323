using System.Globalization;
using Newtonsoft.Json.Linq;

namespace Mednum49.Bot.Dialogs;

/// <summary>
/// Reads dialog state as it comes back from storage: integers as <see cref="long"/>, and (with a storage that does
/// not keep type names) dictionaries as JObject.
/// </summary>
internal static class StateValues
{
    public static int GetInt(IDictionary<string, object?> state, string key) =>
        state.TryGetValue(key, out var value) && value is not null ? Convert.ToInt32(value, CultureInfo.InvariantCulture) : 0;

    public static string? GetString(IDictionary<string, object?> state, string key) =>
        state.TryGetValue(key, out var value) ? value?.ToString() : null;

    public static Dictionary<string, object?> GetDictionary(IDictionary<string, object?> state, string key)
    {
        switch (state.TryGetValue(key, out var value) ? value : null)
        {
            case Dictionary<string, object?> dictionary:
                return dictionary;
            case JObject json:
                var converted = json.ToObject<Dictionary<string, object?>>() ?? [];
                state[key] = converted;
                return converted;
            default:
                var created = new Dictionary<string, object?>();
                state[key] = created;
                return created;
        }
    }
}
