using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace Mednum49.Knowledge.Loading.Yaml;

/// <summary>
/// Reads one YAML file into <see cref="YamlNodeAt"/> nodes that keep their line numbers. Never throws for bad content:
/// syntax errors, duplicate keys and unsupported constructs become <see cref="KnowledgeBaseError"/>s.
/// </summary>
internal sealed class YamlTreeReader
{
    private readonly IParser _parser;
    private readonly string _file;
    private readonly List<KnowledgeBaseError> _errors;
    private readonly Dictionary<string, YamlNodeAt> _anchors = new(StringComparer.Ordinal);
    private int _lastGoodLine = 1;

    private YamlTreeReader(TextReader text, string file, List<KnowledgeBaseError> errors)
    {
        _parser = new Parser(text);
        _file = file;
        _errors = errors;
    }

    /// <summary>The root node of the file, or null (with the reason in <paramref name="errors"/>) when its syntax is broken.</summary>
    public static YamlNodeAt? Read(TextReader text, string file, List<KnowledgeBaseError> errors)
    {
        // A duplicate key or an unknown alias is reported but the rest of the file is still read; a syntax error
        // stops the reading of the file (what follows it cannot be trusted).
        return new YamlTreeReader(text, file, errors).ReadDocument();
    }

    private YamlNodeAt? ReadDocument()
    {
        try
        {
            _parser.MoveNext();
            Take<StreamStart>();
            if (_parser.Current is StreamEnd)
            {
                _errors.Add(new(_file, 1, "The file is empty: write its content, or delete the file."));
                return null;
            }

            Take<DocumentStart>();
            var root = ReadNode();
            Take<DocumentEnd>();
            if (_parser.Current is not StreamEnd)
            {
                _errors.Add(new(_file, LineOf(_parser.Current), "The file holds more than one YAML document: remove the '---' line, one file holds one document."));
            }

            return root;
        }
        catch (YamlException e)
        {
            _errors.Add(new(_file, (int)Math.Max(1, e.Start.Line), $"The YAML is not valid here: {Describe(e)} Check the indentation, that each 'key: value' has its colon, and that quotes and [ ] lists are closed."));
            return null;
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            // YamlDotNet's scanner throws these on some malformed input (e.g. an unclosed "[" list).
            _errors.Add(new(_file, _lastGoodLine + 1, "The YAML is not valid near this line: an unclosed [ ] or { } list, or a misplaced quote?"));
            return null;
        }
    }

    private YamlNodeAt ReadNode()
    {
        var current = _parser.Current ?? throw new InvalidOperationException("Unexpected end of the YAML stream.");
        switch (current)
        {
            case Scalar scalar:
                Advance();
                return Remember(scalar, new YamlScalarAt(scalar.Value, scalar.Style == ScalarStyle.Plain, LineOf(scalar)));

            case SequenceStart start:
            {
                Advance();
                var items = new List<YamlNodeAt>();
                while (_parser.Current is not SequenceEnd)
                {
                    items.Add(ReadNode());
                }

                Advance();
                return Remember(start, new YamlSequenceAt(items, LineOf(start)));
            }

            case MappingStart start:
            {
                Advance();
                var entries = new List<KeyValuePair<YamlScalarAt, YamlNodeAt>>();
                var seen = new Dictionary<string, int>(StringComparer.Ordinal);
                while (_parser.Current is not MappingEnd)
                {
                    var keyNode = ReadNode();
                    var value = ReadNode();
                    if (keyNode is not YamlScalarAt key)
                    {
                        _errors.Add(new(_file, keyNode.Line, "A key must be a simple word followed by a colon (e.g. 'name:')."));
                        continue;
                    }

                    if (seen.TryGetValue(key.Value, out var firstLine))
                    {
                        _errors.Add(new(_file, key.Line, $"The key '{key.Value}' appears twice in the same block (first on line {firstLine}): keep only one."));
                        continue;
                    }

                    seen[key.Value] = key.Line;
                    entries.Add(new(key, value));
                }

                Advance();
                return Remember(start, new YamlMappingAt(entries, LineOf(start)));
            }

            case AnchorAlias alias:
                Advance();
                if (_anchors.TryGetValue(alias.Value.Value, out var anchored))
                {
                    return anchored;
                }

                _errors.Add(new(_file, LineOf(alias), $"The alias '*{alias.Value.Value}' refers to no '&{alias.Value.Value}' above it."));
                return new YamlScalarAt("", true, LineOf(alias));

            default:
                throw new YamlException(current.Start, current.End, $"Unexpected {current.GetType().Name}.");
        }
    }

    private YamlNodeAt Remember(NodeEvent node, YamlNodeAt read)
    {
        if (!node.Anchor.IsEmpty)
        {
            _anchors[node.Anchor.Value] = read;
        }

        return read;
    }

    private void Take<T>()
        where T : ParsingEvent
    {
        if (_parser.Current is not T)
        {
            var at = _parser.Current;
            throw new YamlException(at?.Start ?? Mark.Empty, at?.End ?? Mark.Empty, $"Expected {typeof(T).Name}, found {at?.GetType().Name ?? "the end of the file"}.");
        }

        Advance();
    }

    private void Advance()
    {
        if (_parser.Current is { } current)
        {
            _lastGoodLine = LineOf(current);
        }

        _parser.MoveNext();
    }

    private static int LineOf(ParsingEvent? e) => e is null ? 1 : (int)Math.Max(1, e.Start.Line);

    private static string Describe(YamlException e)
    {
        // YamlDotNet prefixes its messages with the position, which the error already carries.
        var message = e.Message;
        var close = message.IndexOf("): ", StringComparison.Ordinal);
        return (message.StartsWith('(') && close > 0 ? message[(close + 3)..] : message).TrimEnd('.') + ".";
    }
}
