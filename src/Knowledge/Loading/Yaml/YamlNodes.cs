namespace Mednum49.Knowledge.Loading.Yaml;

/// <summary>A YAML node with the line it starts on (1-based), so every error can name its line.</summary>
internal abstract record YamlNodeAt(int Line);

/// <summary>A scalar. <see cref="IsPlain"/> is false when it was quoted: a quoted "null" is a string.</summary>
internal sealed record YamlScalarAt(string Value, bool IsPlain, int Line) : YamlNodeAt(Line)
{
    public bool IsNull => IsPlain && Value is "" or "~" or "null" or "Null" or "NULL";
}

internal sealed record YamlSequenceAt(IReadOnlyList<YamlNodeAt> Items, int Line) : YamlNodeAt(Line);

internal sealed record YamlMappingAt(IReadOnlyList<KeyValuePair<YamlScalarAt, YamlNodeAt>> Entries, int Line) : YamlNodeAt(Line);
