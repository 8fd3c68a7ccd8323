using Newtonsoft.Json;

namespace Mednum49.Bot.Storage;

/// <summary>
/// How bot state is turned into JSON: the settings of the SDK's own <c>MemoryStorage</c> in 4.23.1 (type names
/// everywhere, so typed state such as the dialog stack comes back with its types), so that unit tests on
/// MemoryStorage and the bot on SQLite see the same objects.
/// </summary>
internal static class StateJson
{
    public static JsonSerializer CreateSerializer() => new()
    {
        TypeNameHandling = TypeNameHandling.All,
        ReferenceLoopHandling = ReferenceLoopHandling.Error,
        NullValueHandling = NullValueHandling.Include,
        // A string that looks like a date stays a string (MemoryStorage never re-parses its JSON text).
        DateParseHandling = DateParseHandling.None,
    };
}
