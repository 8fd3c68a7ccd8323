using System.Globalization;

namespace Mednum49.Knowledge.Loading.Yaml;

/// <summary>A reference to another entity, with the line it is written on.</summary>
internal sealed record RefAt(string Id, int Line);

/// <summary>
/// Typed, forgiving access to the fields of one YAML block (an action, a place…). A missing required field, a value of
/// the wrong type or an unknown field (a typo) is reported with the file, the line and what to write instead; the
/// reader always returns something so that every error of the file is found in one pass.
/// </summary>
internal sealed class MapReader(YamlMappingAt map, string file, List<KnowledgeBaseError> errors, string what)
{
    private readonly HashSet<string> _asked = new(StringComparer.Ordinal);

    public int Line => map.Line;

    public string File => file;

    /// <summary>How errors name this block, e.g. "action 'action:B.6'". Updated once the id is known.</summary>
    public string What { get; set; } = what;

    public bool Has(string key) => Find(key) is { } node && node is not YamlScalarAt { IsNull: true };

    public int LineOf(string key) => Find(key)?.Line ?? map.Line;

    public YamlNodeAt? Node(string key)
    {
        _asked.Add(key);
        return Find(key) is { } node && node is not YamlScalarAt { IsNull: true } ? node : null;
    }

    public string? Text(string key)
    {
        switch (Node(key))
        {
            case null:
                return null;
            case YamlScalarAt scalar:
                var text = scalar.Value.Trim();
                return text.Length == 0 ? null : text;
            case var other:
                Error(other.Line, $"'{key}' should be a single text value, not a list or a block.");
                return null;
        }
    }

    public string RequiredText(string key, string example)
    {
        var text = Text(key);
        if (text is null && Find(key) is not YamlSequenceAt and not YamlMappingAt)
        {
            Error(map.Line, $"the field '{key}' is missing or empty: add it, e.g. {key}: {example}");
        }

        return text ?? "";
    }

    public int? Int(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return null;
        }

        if (node is YamlScalarAt scalar && int.TryParse(scalar.Value.Trim(), NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        Error(node.Line, $"'{key}' should be a whole number written with digits only (e.g. {key}: 45), not '{Shown(node)}'.");
        return null;
    }

    public bool Bool(string key, bool defaultValue = false)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return defaultValue;
            case YamlScalarAt { Value: "true" or "True" or "yes" or "oui" }:
                return true;
            case YamlScalarAt { Value: "false" or "False" or "no" or "non" }:
                return false;
            default:
                Error(node.Line, $"'{key}' should be true or false, not '{Shown(node)}'.");
                return defaultValue;
        }
    }

    /// <summary>A list of texts: <c>[a, b]</c> or one "- item" a line. A single text is accepted as a one-item list.</summary>
    public IReadOnlyList<string> TextList(string key)
    {
        switch (Node(key))
        {
            case null:
                return [];
            case YamlScalarAt scalar:
                return [scalar.Value.Trim()];
            case YamlSequenceAt sequence:
                var items = new List<string>();
                foreach (var item in sequence.Items)
                {
                    if (item is YamlScalarAt { IsNull: false } text && text.Value.Trim().Length > 0)
                    {
                        items.Add(text.Value.Trim());
                    }
                    else
                    {
                        Error(item.Line, $"each item of '{key}' should be a single text value.");
                    }
                }

                return items;
            case var other:
                Error(other.Line, $"'{key}' should be a list, e.g. {key}: [first, second].");
                return [];
        }
    }

    public RefAt? Ref(string key)
    {
        var node = Node(key);
        switch (node)
        {
            case null:
                return null;
            case YamlScalarAt scalar:
                return new RefAt(scalar.Value.Trim(), scalar.Line);
            default:
                Error(node.Line, $"'{key}' should be one id (e.g. {key}: org:anjou-numerique), not a list or a block.");
                return null;
        }
    }

    public IReadOnlyList<RefAt> RefList(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return [];
        }

        if (node is YamlScalarAt single)
        {
            return [new RefAt(single.Value.Trim(), single.Line)];
        }

        var refs = new List<RefAt>();
        foreach (var item in Items(key, node))
        {
            if (item is YamlScalarAt { IsNull: false } scalar)
            {
                refs.Add(new RefAt(scalar.Value.Trim(), scalar.Line));
            }
            else
            {
                Error(item.Line, $"each item of '{key}' should be one id, e.g. org:anjou-numerique.");
            }
        }

        return refs;
    }

    public MapReader? Map(string key)
    {
        switch (Node(key))
        {
            case null:
                return null;
            case YamlMappingAt block:
                return new MapReader(block, file, errors, $"{What} ({key})");
            case var other:
                Error(other.Line, $"'{key}' should be a block of 'field: value' lines, indented under '{key}:'.");
                return null;
        }
    }

    /// <summary>The blocks of a list of blocks ("- id: …" entries).</summary>
    public IReadOnlyList<MapReader> Maps(string key)
    {
        var node = Node(key);
        if (node is null)
        {
            return [];
        }

        var blocks = new List<MapReader>();
        var index = 0;
        foreach (var item in Items(key, node))
        {
            index++;
            if (item is YamlMappingAt block)
            {
                blocks.Add(new MapReader(block, file, errors, $"entry {index} of '{key}'"));
            }
            else
            {
                Error(item.Line, $"each entry of '{key}' should be a block of 'field: value' lines starting with '- '.");
            }
        }

        return blocks;
    }

    /// <summary>Reports the fields nobody asked for: usually a typo ('titel' for 'title').</summary>
    public void RejectUnknownFields()
    {
        foreach (var (key, _) in map.Entries)
        {
            if (!_asked.Contains(key.Value))
            {
                Error(key.Line, $"unknown field '{key.Value}'. The fields allowed here are: {string.Join(", ", _asked.Order(StringComparer.Ordinal))}.");
            }
        }
    }

    public void Error(int line, string message) => errors.Add(new KnowledgeBaseError(file, line, $"{What}: {message}"));

    private IEnumerable<YamlNodeAt> Items(string key, YamlNodeAt node)
    {
        if (node is YamlSequenceAt sequence)
        {
            return sequence.Items;
        }

        Error(node.Line, $"'{key}' should be a list: one '- ' line per item, or [first, second].");
        return [];
    }

    private YamlNodeAt? Find(string key) => map.Entries.FirstOrDefault(e => e.Key.Value == key).Value;

    private static string Shown(YamlNodeAt node) => node is YamlScalarAt s ? s.Value : "a list or a block";
}
