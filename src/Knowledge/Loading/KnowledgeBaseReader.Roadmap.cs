using Mednum49.Knowledge.Loading.Yaml;
using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Loading;

internal sealed partial class KnowledgeBaseReader
{
    public List<(SourceDocument Document, string File, int Line)> Documents { get; } = [];

    public List<Axis> Axes { get; } = [];

    public List<RoadmapAction> Actions { get; } = [];

    public List<WorkingGroup> WorkingGroups { get; } = [];

    public List<Topic> TopicList { get; } = [];

    private void ReadDocument(MapReader block, FileScope scope)
    {
        block.What = "document";
        var title = block.RequiredText("title", "\"Feuille de route…\"");
        var network = block.RequiredText("network", "Mednum49");
        var period = block.RequiredText("period", "\"2023-2025\"");
        int? axes = null, actionsAndGroups = null;
        if (block.Map("announced") is { } announced)
        {
            axes = announced.Int("axes");
            actionsAndGroups = announced.Int("actions_and_working_groups");
            announced.RejectUnknownFields();
            if (axes is not null)
            {
                _fieldLines[("document", "axes")] = (block.File, announced.LineOf("axes"));
            }

            if (actionsAndGroups is not null)
            {
                _fieldLines[("document", "actions_and_working_groups")] = (block.File, announced.LineOf("actions_and_working_groups"));
            }
        }

        var sections = block.TextList("sections");
        if (sections.Count == 0)
        {
            block.Error(block.Line, "'sections' should list every section entries may cite, one '- \"…\"' line each.");
        }

        block.RejectUnknownFields();
        Documents.Add((new SourceDocument(title, network, period, axes ?? 0, actionsAndGroups ?? 0, sections), scope.File, block.Line));
    }

    private void ReadAxis(MapReader block, FileScope scope)
    {
        var id = ReadId(block, KnowledgeIds.Axis, "axis", "axis:A", "[A-Z]");
        var title = block.RequiredText("title", "\"Former et sensibiliser les acteurs\"");
        var aliases = block.TextList("aliases");
        var themes = block.TextList("themes");
        var summary = block.RequiredText("summary", "\"…\"");
        var topics = Topics(block, id ?? "");
        var section = SectionOf(block, scope);
        block.RejectUnknownFields();
        if (id is not null)
        {
            Axes.Add(new Axis(id, KnowledgeIds.LocalPart(id), title, aliases, themes, summary, topics, section));
        }
    }

    private void ReadAction(MapReader block, FileScope scope)
    {
        var id = ReadId(block, KnowledgeIds.Action, "action", "action:B.6", @"[A-Z](?:\.[0-9]+)+(?:\.[a-z])?");
        var code = id is null ? "" : KnowledgeIds.LocalPart(id);
        var parent = Reference(block, id ?? "", "parent", block.Ref("parent"), KnowledgeIds.Action);
        var theme = block.Text("theme");
        var title = block.RequiredText("title", "\"Formation des décideurs\"");
        var aliases = block.TextList("aliases");
        var leadAsWritten = block.Text("lead_as_written");
        var leads = ReadLeads(block, id ?? "");
        var summary = block.RequiredText("summary", "\"…\"");
        var topics = Topics(block, id ?? "");
        var section = SectionOf(block, scope);
        RememberLine(id ?? "", block, "theme");
        RememberLine(id ?? "", block, "parent");
        block.RejectUnknownFields();
        if (id is null)
        {
            return;
        }

        Actions.Add(new RoadmapAction(id, code, $"{KnowledgeIds.Axis}:{code[0]}", parent, theme, title, aliases, leadAsWritten, leads, false, summary, topics, section));
    }

    private void ReadWorkingGroup(MapReader block, FileScope scope)
    {
        var id = ReadId(block, KnowledgeIds.Group, "working group", "group:accompagnement-a-domicile");
        var axis = Reference(block, id ?? "", "axis", block.Ref("axis"), KnowledgeIds.Axis);
        if (axis is null)
        {
            block.Error(block.Line, "the field 'axis' is missing: add it, e.g. axis: axis:E");
        }

        var theme = block.Text("theme");
        var title = block.RequiredText("title", "\"Accompagnement à domicile\"");
        var aliases = block.TextList("aliases");
        var leadAsWritten = block.Text("lead_as_written");
        var leads = ReadLeads(block, id ?? "");
        var summary = block.RequiredText("summary", "\"…\"");
        var topics = Topics(block, id ?? "");
        var territories = ReferenceList(block, id ?? "", "territories", KnowledgeIds.Territory);
        var section = SectionOf(block, scope);
        RememberLine(id ?? "", block, "theme");
        block.RejectUnknownFields();
        if (id is not null)
        {
            WorkingGroups.Add(new WorkingGroup(id, axis ?? "", theme, title, aliases, leadAsWritten, leads, summary, topics, territories, section));
        }
    }

    private List<Lead> ReadLeads(MapReader block, string fromId)
    {
        var leads = new List<Lead>();
        foreach (var entry in block.Maps("leads"))
        {
            entry.What = $"{block.What} (leads)";
            var organisation = Reference(entry, fromId, "org", entry.Ref("org"), KnowledgeIds.Organisation);
            var unit = Reference(entry, fromId, "unit", entry.Ref("unit"), KnowledgeIds.Unit);
            entry.RejectUnknownFields();
            if (organisation is null)
            {
                entry.Error(entry.Line, "each lead needs 'org: <organisation id>' (and 'unit: <unit id>' when the document names the unit).");
                continue;
            }

            leads.Add(new Lead(organisation, unit));
            if (unit is not null)
            {
                _leadUnits.Add((entry.File, entry.LineOf("unit"), entry.What, organisation, unit));
            }
        }

        return leads;
    }

    /// <summary>Lead units, to check that each belongs to its lead organisation.</summary>
    private readonly List<(string File, int Line, string What, string OrganisationId, string UnitId)> _leadUnits = [];

    public IReadOnlyList<(string File, int Line, string What, string OrganisationId, string UnitId)> LeadUnits => _leadUnits;

    private void ReadTopic(MapReader block, FileScope scope)
    {
        var id = ReadId(block, KnowledgeIds.Topic, "topic", "topic:gens-du-voyage");
        var name = block.RequiredText("name", "\"Gens du voyage\"");
        var synonyms = block.TextList("synonyms");
        var section = SectionOf(block, scope, required: false);
        block.RejectUnknownFields();
        if (id is not null)
        {
            TopicList.Add(new Topic(id, name, synonyms, section));
        }
    }
}
