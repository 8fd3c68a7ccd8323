using Mednum49.Knowledge.Loading.Yaml;
using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Loading;

/// <summary>Territory files: the EPCI fiche, then its subdivisions, places, staff and example actions.</summary>
internal sealed partial class KnowledgeBaseReader
{
    internal static readonly IReadOnlyList<string> SubdivisionKinds =
        ["bassin", "polarite", "sous-polarite", "micro-territoire", "pole", "commune-nouvelle"];

    public List<Territory> Territories { get; } = [];

    public List<Subdivision> Subdivisions { get; } = [];

    public List<Place> Places { get; } = [];

    public List<StaffEntry> Staff { get; } = [];

    public List<ExampleAction> Examples { get; } = [];

    /// <summary>Subdivision communes that carry a note (a former commune, or one in another EPCI today).</summary>
    public Dictionary<(string SubdivisionId, string CommuneId), (string File, int Line)> SubdivisionCommuneLines { get; } = [];

    private TerritoryDraft? ReadTerritoryHeader(MapReader block, FileScope scope)
    {
        var id = ReadId(block, KnowledgeIds.Territory, "territory", "territory:cholet-agglomeration");
        var draft = new TerritoryDraft(id ?? "", block, KnowledgeIds.LocalPart(id ?? ""));
        draft.Name = block.RequiredText("name", "\"Cholet Agglomération\"");
        draft.Aliases = block.TextList("aliases");
        draft.EpciId = Reference(block, draft.Id, "epci", block.Ref("epci"), KnowledgeIds.Epci) ?? "";
        if (draft.EpciId.Length == 0)
        {
            block.Error(block.Line, "the field 'epci' is missing: add the official EPCI, e.g. epci: epci:200071678 (see geography/epcis.yaml).");
        }

        if (!block.Has("anjou_numerique_member"))
        {
            block.Error(block.Line, "the field 'anjou_numerique_member' is missing: add true or false.");
        }

        draft.IsMember = block.Bool("anjou_numerique_member");
        if (block.Map("population") is { } population)
        {
            var value = population.Int("value");
            var asWritten = population.RequiredText("as_written", "\"35 300 habitants\"");
            var year = population.Int("year");
            population.RejectUnknownFields();
            if (value is null)
            {
                population.Error(population.Line, "the field 'value' is missing: add the number, e.g. value: 35300");
            }
            else
            {
                draft.Population = new PopulationFigure(value.Value, asWritten, year);
            }
        }

        draft.CommunesCount = block.Int("communes_count");
        draft.CommunesCountNote = block.Text("communes_count_note");
        draft.SubdivisionsCount = block.Int("subdivisions_count");
        draft.SubdivisionsCountNote = block.Text("subdivisions_count_note");
        draft.CoverAll = block.Bool("subdivisions_cover_all_communes");
        draft.FranceServicesCount = block.Int("france_services_count");
        draft.FranceServicesNote = block.Text("france_services_note");
        foreach (var field in new[] { "communes_count", "subdivisions_count", "france_services_count", "subdivisions_cover_all_communes" })
        {
            RememberLine(draft.Id, block, field);
        }

        draft.Figures = block.TextList("figures");
        draft.Summary = block.RequiredText("summary", "\"…\"");
        draft.Note = block.Text("note");
        if (block.Map("diagnostic") is { } diagnostic)
        {
            diagnostic.What = $"{block.What} (diagnostic)";
            var by = Reference(diagnostic, draft.Id, "by", diagnostic.Ref("by"), ActorKinds);
            var byNote = diagnostic.Text("by_note");
            var date = diagnostic.Text("date");
            var summary = diagnostic.RequiredText("summary", "\"…\"");
            var findings = diagnostic.TextList("findings");
            diagnostic.RejectUnknownFields();
            draft.Diagnostic = new Diagnostic(by, byNote, date, summary, findings);
        }

        draft.Offer = block.Text("offer");
        draft.Dynamics = block.Text("dynamics");
        draft.Actors = ActorRoles(block, draft.Id);
        draft.IsPartial = block.Bool("partial");
        draft.PartialNote = block.Text("partial_note");
        if (draft.IsPartial && draft.PartialNote is null)
        {
            block.Error(block.LineOf("partial"), "'partial: true' needs a 'partial_note' that says, in French, what the document leaves out.");
        }

        draft.Section = SectionOf(block, scope);
        block.RejectUnknownFields();
        return id is null ? null : draft;
    }

    private void ReadTerritoryParts(MapReader top, FileScope scope)
    {
        var parts = new[] { "subdivisions", "places", "staff", "examples" };
        if (scope.Territory is null)
        {
            foreach (var part in parts.Where(top.Has))
            {
                if (!top.Has("territory"))
                {
                    top.Error(top.LineOf(part), $"'{part}' belong to a territory: this file needs a 'territory:' block (see territories/*.yaml).");
                }

                top.Node(part);
            }

            return;
        }

        var territory = scope.Territory;
        var slug = territory.Slug;
        var local = $"{System.Text.RegularExpressions.Regex.Escape(slug)}/{SlugPattern}";

        foreach (var block in top.Maps("subdivisions"))
        {
            ReadSubdivision(block, scope, territory, local);
        }

        foreach (var block in top.Maps("places"))
        {
            ReadPlace(block, scope, territory);
        }

        foreach (var block in top.Maps("staff"))
        {
            ReadStaff(block, scope, territory, local);
        }

        foreach (var block in top.Maps("examples"))
        {
            ReadExample(block, scope, territory, local);
        }
    }

    private void ReadSubdivision(MapReader block, FileScope scope, TerritoryDraft territory, string local)
    {
        var id = ReadId(block, KnowledgeIds.Subdivision, "subdivision", $"subdivision:{territory.Slug}/vihierois", local);
        var from = id ?? "";
        var name = block.RequiredText("name", "\"Vihierois\"");
        var aliases = block.TextList("aliases");
        var kind = ReadChoice(block, "kind", SubdivisionKinds, required: true);
        var parent = Reference(block, from, "parent", block.Ref("parent"), KnowledgeIds.Subdivision);
        var centre = Reference(block, from, "centre", block.Ref("centre"), CommuneKinds);

        var communes = new List<SubdivisionCommune>();
        if (block.Node("communes") is { } communesNode)
        {
            var items = communesNode is YamlSequenceAt sequence ? sequence.Items : [communesNode];
            foreach (var item in items)
            {
                switch (item)
                {
                    case YamlScalarAt { IsNull: false } scalar:
                        communes.Add(new SubdivisionCommune(Reference(block, from, "communes", new RefAt(scalar.Value.Trim(), scalar.Line), CommuneKinds)!));
                        SubdivisionCommuneLines.TryAdd((from, scalar.Value.Trim()), (block.File, scalar.Line));
                        break;
                    case YamlMappingAt mapping:
                        var entry = new MapReader(mapping, block.File, _errors, $"{block.What} (communes)");
                        var commune = Reference(entry, from, "communes", entry.Ref("commune"), CommuneKinds);
                        var communeNote = entry.RequiredText("note", "\"Listée par le document en 2023 ; …\"");
                        entry.RejectUnknownFields();
                        if (commune is null)
                        {
                            entry.Error(entry.Line, "a commune with a note needs 'commune: <commune or former-commune id>' and 'note: <why>'.");
                            break;
                        }

                        communes.Add(new SubdivisionCommune(commune, communeNote));
                        SubdivisionCommuneLines.TryAdd((from, commune), (block.File, entry.LineOf("commune")));
                        break;
                    default:
                        block.Error(item.Line, "each item of 'communes' should be a commune id (commune:49099), or a block with 'commune:' and 'note:'.");
                        break;
                }
            }
        }

        var complete = block.Bool("communes_complete", defaultValue: true);
        var description = block.Text("description");
        var note = block.Text("note");
        var structuration = block.Text("structuration");
        var offer = block.Text("offer");
        var dynamics = block.Text("dynamics");
        var carriedBy = ReferenceList(block, from, "carried_by", ActorKinds);
        var actors = ActorRoles(block, from);
        var topics = Topics(block, from);
        var section = SectionOf(block, scope);
        if (!complete && communes.Count == 0 && note is null && description is null)
        {
            block.Error(block.Line, "the document lists no commune for this subdivision: say so in a 'note' (in French).");
        }

        block.RejectUnknownFields();
        if (id is null)
        {
            return;
        }

        territory.SubdivisionIds.Add(id);
        Subdivisions.Add(new Subdivision(id, territory.Id, name, aliases, kind, parent, centre, communes, complete, description, note,
            structuration, offer, dynamics, carriedBy, actors, topics, section));
    }

    private void ReadPlace(MapReader block, FileScope scope, TerritoryDraft territory)
    {
        var id = ReadId(block, KnowledgeIds.Place, "place", "place:france-services-lys-haut-layon");
        var from = id ?? "";
        var name = block.RequiredText("name", "\"France Services de Lys-Haut-Layon\"");
        var aliases = block.TextList("aliases");
        var kind = ReadChoice(block, "kind", PlaceKinds.All, required: true);
        var commune = Reference(block, from, "commune", block.Ref("commune"), CommuneKinds);
        var subdivision = Reference(block, from, "subdivision", block.Ref("subdivision"), KnowledgeIds.Subdivision);
        var operators = ReferenceList(block, from, "operators", ActorKinds);
        var operatorAsWritten = block.Text("operator_as_written");
        var itinerant = block.Bool("itinerant");
        var since = block.Text("since");
        var closed = block.Text("closed");
        var area = block.Text("area");
        var serves = ReferenceList(block, from, "serves", KnowledgeIds.Territory, KnowledgeIds.Subdivision, KnowledgeIds.Commune, KnowledgeIds.FormerCommune);
        var servesNote = block.Text("serves_note");
        var description = block.RequiredText("description", "\"…\"");
        var topics = Topics(block, from);
        var section = SectionOf(block, scope);
        RememberLine(from, block, "commune");
        RememberLine(from, block, "subdivision");
        block.RejectUnknownFields();
        if (id is null)
        {
            return;
        }

        territory.PlaceIds.Add(id);
        Places.Add(new Place(id, territory.Id, name, aliases, kind, commune, subdivision, operators, operatorAsWritten, itinerant, since, closed,
            area, serves, servesNote, description, topics, section));
    }

    private void ReadStaff(MapReader block, FileScope scope, TerritoryDraft territory, string local)
    {
        var id = ReadId(block, KnowledgeIds.Staff, "staff entry", $"staff:{territory.Slug}/conseiller-anjou-numerique", local);
        var from = id ?? "";
        var role = ReadChoice(block, "role", StaffRoles.All, required: true);
        var roleAsWritten = block.RequiredText("role_as_written", "\"conseillère numérique\"");
        var count = block.Int("count");
        if (count is <= 0)
        {
            block.Error(block.LineOf("count"), "'count' should be 1 or more; leave it out when the document does not say how many.");
        }

        var employer = Reference(block, from, "employer", block.Ref("employer"), ActorKinds);
        var unitAsWritten = block.Text("unit_as_written");
        var places = ReferenceList(block, from, "places", KnowledgeIds.Place);
        var communes = ReferenceList(block, from, "communes", CommuneKinds);
        var subdivisions = ReferenceList(block, from, "subdivisions", KnowledgeIds.Subdivision);
        var area = block.Text("area");
        var since = block.Text("since");
        var until = block.Text("until");
        var period = block.Text("period");
        var status = ReadChoice(block, "status", StaffStatus.All, required: false, StaffStatus.Active);
        var statusNote = block.Text("status_note");
        if (status == StaffStatus.Ended && statusNote is null)
        {
            block.Error(block.LineOf("status"), "'status: ended' needs a 'status_note' saying when and why (in French).");
        }

        var description = block.Text("description");
        var section = SectionOf(block, scope);
        block.RejectUnknownFields();
        if (id is null)
        {
            return;
        }

        territory.StaffIds.Add(id);
        Staff.Add(new StaffEntry(id, territory.Id, role, roleAsWritten, count, employer, unitAsWritten, places, communes, subdivisions,
            area, since, until, period, status, statusNote, description, section));
    }

    private void ReadExample(MapReader block, FileScope scope, TerritoryDraft territory, string local)
    {
        var id = ReadId(block, KnowledgeIds.Example, "example action", $"example:{territory.Slug}/forum-inclusion-numerique", local);
        var from = id ?? "";
        var title = block.RequiredText("title", "\"Un forum de l'inclusion numérique\"");
        var aliases = block.TextList("aliases");
        var year = block.Text("year");
        var description = block.RequiredText("description", "\"…\"");
        var actors = ReferenceList(block, from, "actors", ActorKinds);
        var places = ReferenceList(block, from, "places", KnowledgeIds.Place);
        var communes = ReferenceList(block, from, "communes", CommuneKinds);
        var subdivisions = ReferenceList(block, from, "subdivisions", KnowledgeIds.Subdivision);
        var topics = Topics(block, from);
        var section = SectionOf(block, scope);
        block.RejectUnknownFields();
        if (id is null)
        {
            return;
        }

        territory.ExampleIds.Add(id);
        Examples.Add(new ExampleAction(id, territory.Id, title, year, description, actors, places, communes, subdivisions, topics, section, aliases));
    }

    private void FinishTerritory(TerritoryDraft draft) =>
        Territories.Add(new Territory(draft.Id, draft.Name, draft.Aliases, draft.EpciId, draft.IsMember, draft.Population,
            draft.CommunesCount, draft.CommunesCountNote, draft.SubdivisionsCount, draft.SubdivisionsCountNote, draft.CoverAll,
            draft.FranceServicesCount, draft.FranceServicesNote, draft.Figures, draft.Summary, draft.Note, draft.Diagnostic,
            draft.Offer, draft.Dynamics, draft.Actors, draft.IsPartial, draft.PartialNote, draft.SubdivisionIds, draft.PlaceIds,
            draft.StaffIds, draft.ExampleIds, draft.Section));

    /// <summary>A territory while its file is being read: its parts are added as they come.</summary>
    private sealed class TerritoryDraft(string id, MapReader block, string slug)
    {
        public string Id => id;

        public MapReader Block => block;

        public string Slug => slug;

        public string Name { get; set; } = "";

        public IReadOnlyList<string> Aliases { get; set; } = [];

        public string EpciId { get; set; } = "";

        public bool IsMember { get; set; }

        public PopulationFigure? Population { get; set; }

        public int? CommunesCount { get; set; }

        public string? CommunesCountNote { get; set; }

        public int? SubdivisionsCount { get; set; }

        public string? SubdivisionsCountNote { get; set; }

        public bool CoverAll { get; set; }

        public int? FranceServicesCount { get; set; }

        public string? FranceServicesNote { get; set; }

        public IReadOnlyList<string> Figures { get; set; } = [];

        public string Summary { get; set; } = "";

        public string? Note { get; set; }

        public Diagnostic? Diagnostic { get; set; }

        public string? Offer { get; set; }

        public string? Dynamics { get; set; }

        public IReadOnlyList<ActorRole> Actors { get; set; } = [];

        public bool IsPartial { get; set; }

        public string? PartialNote { get; set; }

        public string Section { get; set; } = "";

        public List<string> SubdivisionIds { get; } = [];

        public List<string> PlaceIds { get; } = [];

        public List<string> StaffIds { get; } = [];

        public List<string> ExampleIds { get; } = [];
    }
}
