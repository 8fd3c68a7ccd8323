using System.Collections.Concurrent;
using System.Text.RegularExpressions;
using Mednum49.Knowledge.Loading.Yaml;
using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Loading;

/// <summary>
/// Reads every YAML file of a knowledge-base folder into entities, collecting every error instead of stopping at the
/// first. Which entities a file holds is given by its top-level keys (<c>actions:</c>, <c>territory:</c>…), so a
/// deployment may organise its files as it likes. Cross-checks happen afterwards, in <see cref="KnowledgeBaseValidator"/>.
/// </summary>
internal sealed partial class KnowledgeBaseReader
{
    private const string SlugPattern = "[a-z0-9]+(?:-[a-z0-9]+)*";

    private static readonly ConcurrentDictionary<(string Kind, string Local), Regex> IdPatterns = new();

    private readonly List<KnowledgeBaseError> _errors = [];
    private readonly Dictionary<string, Definition> _definitions = new(StringComparer.Ordinal);
    private readonly List<PendingReference> _references = [];
    private readonly List<PendingSection> _sections = [];
    private readonly Dictionary<(string Id, string Field), (string File, int Line)> _fieldLines = [];

    public List<KnowledgeBaseError> Errors => _errors;

    /// <summary>Files whose YAML syntax is broken: their entities are missing, so cross-file checks would only add noise.</summary>
    public List<string> UnreadableFiles { get; } = [];

    public IReadOnlyDictionary<string, Definition> Definitions => _definitions;

    public IReadOnlyList<PendingReference> References => _references;

    public IReadOnlyList<PendingSection> Sections => _sections;

    /// <summary>Where an entity is defined, and where a given field of it is written (for precise error lines).</summary>
    public (string File, int Line) Locate(string id, string? field = null) =>
        field is not null && _fieldLines.TryGetValue((id, field), out var at) ? at
        : _definitions.TryGetValue(id, out var definition) ? (definition.File, definition.Line)
        : ("", 0);

    public void ReadFolder(string folder)
    {
        var files = Directory.EnumerateFiles(folder, "*.*", SearchOption.AllDirectories)
            .Where(f => f.EndsWith(".yaml", StringComparison.OrdinalIgnoreCase) || f.EndsWith(".yml", StringComparison.OrdinalIgnoreCase))
            .Where(f => !IsVocabulary(Path.GetRelativePath(folder, f))) // the conversation's words, not knowledge
            .Order(StringComparer.Ordinal)
            .ToList();

        foreach (var path in files)
        {
            var file = Path.GetRelativePath(folder, path).Replace('\\', '/');
            string text;
            try
            {
                text = File.ReadAllText(path);
            }
            catch (IOException e)
            {
                _errors.Add(new(file, 0, $"The file cannot be read: {e.Message}"));
                continue;
            }

            ReadFile(file, text);
        }
    }

    private static bool IsVocabulary(string relativePath) =>
        relativePath.Replace('\\', '/').StartsWith("vocabulary/", StringComparison.OrdinalIgnoreCase);

    public void ReadFile(string file, string text)
    {
        using var reader = new StringReader(text);
        var root = YamlTreeReader.Read(reader, file, _errors);
        if (root is null)
        {
            UnreadableFiles.Add(file);
            return;
        }

        if (root is not YamlMappingAt top)
        {
            _errors.Add(new(file, root.Line, "The file should start with top-level keys such as 'actions:' or 'territory:', not with a list or a single value."));
            return;
        }

        var scope = new FileScope(file, new MapReader(top, file, _errors, file));
        ReadTopLevel(scope);
    }

    private void ReadTopLevel(FileScope scope)
    {
        var top = scope.Top;
        scope.Section = top.Text("section");
        if (top.Has("section"))
        {
            _sections.Add(new PendingSection(scope.File, top.LineOf("section"), scope.File, scope.Section ?? ""));
        }

        top.Text("as_of"); // geography files record the date of the official data; informational

        if (top.Map("document") is { } document)
        {
            ReadDocument(document, scope);
        }

        // A territory file: the territory first, so that its subdivisions, places… know where they belong.
        var territory = top.Map("territory") is { } territoryBlock ? ReadTerritoryHeader(territoryBlock, scope) : null;
        scope.Territory = territory;

        foreach (var block in top.Maps("axes"))
        {
            ReadAxis(block, scope);
        }

        foreach (var block in top.Maps("actions"))
        {
            ReadAction(block, scope);
        }

        foreach (var block in top.Maps("working_groups"))
        {
            ReadWorkingGroup(block, scope);
        }

        foreach (var block in top.Maps("organisations"))
        {
            ReadOrganisation(block, scope);
        }

        foreach (var block in top.Maps("people"))
        {
            ReadPerson(block, scope);
        }

        foreach (var block in top.Maps("topics"))
        {
            ReadTopic(block, scope);
        }

        foreach (var block in top.Maps("instances"))
        {
            ReadInstance(block, scope);
        }

        if (top.Map("agreement") is { } agreement)
        {
            ReadAgreement(agreement, scope);
        }

        foreach (var block in top.Maps("context"))
        {
            ReadContextFact(block, scope);
        }

        ReadTerritoryParts(top, scope);
        ReadOpenData(top);

        foreach (var block in top.Maps("epcis"))
        {
            ReadEpci(block, scope);
        }

        foreach (var block in top.Maps("communes"))
        {
            ReadCommune(block, scope);
        }

        foreach (var block in top.Maps("former_communes"))
        {
            ReadFormerCommune(block, scope);
        }

        foreach (var block in top.Maps("document_spellings"))
        {
            ReadDocumentSpelling(block, scope);
        }

        foreach (var block in top.Maps("history"))
        {
            ReadHistoricalFact(block, scope);
        }

        foreach (var block in top.Maps("needs"))
        {
            ReadNeed(block, scope);
        }

        foreach (var block in top.Maps("figures"))
        {
            ReadFigure(block, scope);
        }

        if (territory is not null)
        {
            FinishTerritory(territory);
        }

        if (!_topLevelKeys.Any(top.Has))
        {
            top.Error(top.Line, $"this file defines nothing the knowledge base knows. Its top-level keys should be among: {string.Join(", ", _topLevelKeys)}.");
            return;
        }

        top.RejectUnknownFields();
    }

    private static readonly string[] _topLevelKeys =
    [
        "document", "axes", "actions", "working_groups", "organisations", "people", "topics", "instances", "agreement",
        "context", "territory", "subdivisions", "places", "staff", "examples", "epcis", "communes", "former_communes",
        "document_spellings", "history", "needs", "figures",
        "open_data_links", "place_details", "place_kind_words", "open_place_kinds",
    ];

    /// <summary>
    /// Reads the <c>id</c> of an entry, checks its form and that it is not already used, and names the entry by it in
    /// later errors. Returns null when the id is missing or malformed (the entry is then skipped).
    /// </summary>
    private string? ReadId(MapReader block, string kind, string label, string example, string? localPattern = null)
    {
        var id = block.Text("id");
        if (id is null)
        {
            block.Error(block.Line, $"the field 'id' is missing: add it, e.g. id: {example}");
            return null;
        }

        block.What = $"{label} '{id}'";
        var pattern = IdPatterns.GetOrAdd((kind, localPattern ?? SlugPattern),
            key => new Regex($"^{Regex.Escape(key.Kind)}:(?:{key.Local})$", RegexOptions.CultureInvariant));
        if (!pattern.IsMatch(id))
        {
            block.Error(block.LineOf("id"), $"the id should look like '{example}' (the kind '{kind}:', then lowercase letters, digits and hyphens, no accents or spaces).");
            return null;
        }

        if (_definitions.TryGetValue(id, out var first))
        {
            block.Error(block.LineOf("id"), $"the id '{id}' is already used in {first.File}:{first.Line}. Each id must be unique: rename one of them.");
            return null;
        }

        _definitions[id] = new Definition(id, kind, block.File, block.LineOf("id"));
        return id;
    }

    /// <summary>Records a reference to check once every file is read.</summary>
    private string? Reference(MapReader block, string fromId, string field, RefAt? target, params string[] kinds)
    {
        if (target is null)
        {
            return null;
        }

        _references.Add(new PendingReference(block.File, target.Line, fromId, block.What, field, target.Id, kinds));
        return target.Id;
    }

    private IReadOnlyList<string> ReferenceList(MapReader block, string fromId, string field, params string[] kinds) =>
        [.. block.RefList(field).Select(r => Reference(block, fromId, field, r, kinds)!)];

    private IReadOnlyList<string> Topics(MapReader block, string fromId) => ReferenceList(block, fromId, "topics", KnowledgeIds.Topic);

    private string SectionOf(MapReader block, FileScope scope, bool required = true)
    {
        var section = block.Text("section") ?? scope.Section;
        if (section is null)
        {
            if (required)
            {
                block.Error(block.Line, "no 'section': say where this comes from in the document, on the entry (section: \"…\") or once at the top of the file.");
            }

            return "";
        }

        // A section inherited from the top of the file is checked once, there.
        if (block.Has("section"))
        {
            _sections.Add(new PendingSection(block.File, block.LineOf("section"), block.What, section));
        }

        return section;
    }

    private void RememberLine(string id, MapReader block, string field)
    {
        if (block.Has(field))
        {
            _fieldLines[(id, field)] = (block.File, block.LineOf(field));
        }
    }

    private List<ActorRole> ActorRoles(MapReader block, string fromId)
    {
        var roles = new List<ActorRole>();
        foreach (var entry in block.Maps("actors"))
        {
            entry.What = $"{block.What} (actors)";
            var actor = Reference(entry, fromId, "actors", entry.Ref("ref"), ActorKinds);
            var role = entry.RequiredText("role", "\"Porte la France Services.\"");
            if (actor is null)
            {
                entry.Error(entry.Line, "each actor needs 'ref: <id>' (an organisation, unit, place, commune or territory) and 'role: <what it does>'.");
            }

            entry.RejectUnknownFields();
            if (actor is not null)
            {
                roles.Add(new ActorRole(actor, role));
            }
        }

        return roles;
    }

    /// <summary>The kinds that can act: carry an action, run a place, employ staff, sit in an instance.</summary>
    internal static readonly string[] ActorKinds =
        [KnowledgeIds.Organisation, KnowledgeIds.Unit, KnowledgeIds.Place, KnowledgeIds.Commune, KnowledgeIds.Territory];

    internal static readonly string[] CommuneKinds = [KnowledgeIds.Commune, KnowledgeIds.FormerCommune];

    internal static readonly string[] AnyKind =
    [
        KnowledgeIds.Axis, KnowledgeIds.Action, KnowledgeIds.Group, KnowledgeIds.Organisation, KnowledgeIds.Unit,
        KnowledgeIds.Person, KnowledgeIds.Topic, KnowledgeIds.Instance, KnowledgeIds.Agreement, KnowledgeIds.Fact,
        KnowledgeIds.Territory, KnowledgeIds.Subdivision, KnowledgeIds.Place, KnowledgeIds.Staff, KnowledgeIds.Example,
        KnowledgeIds.Epci, KnowledgeIds.Commune, KnowledgeIds.FormerCommune,
    ];

    /// <summary>What the reader knows about the file it is reading.</summary>
    private sealed class FileScope(string file, MapReader top)
    {
        public string File => file;

        public MapReader Top => top;

        /// <summary>The file's default <c>section</c>.</summary>
        public string? Section { get; set; }

        public TerritoryDraft? Territory { get; set; }
    }
}

/// <summary>Where an id is defined.</summary>
internal sealed record Definition(string Id, string Kind, string File, int Line);

/// <summary>A reference written in a file, checked once every file is read.</summary>
internal sealed record PendingReference(string File, int Line, string FromId, string FromWhat, string Field, string TargetId, IReadOnlyList<string> AllowedKinds);

/// <summary>A <c>section</c> value, checked against the sections listed in the document file.</summary>
internal sealed record PendingSection(string File, int Line, string What, string Section);
