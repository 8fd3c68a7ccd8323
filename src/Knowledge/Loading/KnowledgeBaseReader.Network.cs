using Mednum49.Knowledge.Loading.Yaml;
using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Loading;

/// <summary>Organisations, people, governance and context: who the network is and how it works.</summary>
internal sealed partial class KnowledgeBaseReader
{
    internal static readonly IReadOnlyList<string> OrganisationKinds =
    [
        "etat", "collectivite", "syndicat-mixte", "protection-sociale", "federation", "reseau", "association",
        "union-departementale", "service-public", "entreprise", "education",
    ];

    internal const string SignedRoadmap = "roadmap";
    internal const string SignedAgreement = "agreement";

    public List<Organisation> Organisations { get; } = [];

    public List<OrganisationUnit> Units { get; } = [];

    public List<Person> People { get; } = [];

    public List<GovernanceInstance> Instances { get; } = [];

    public List<(CooperationAgreement Agreement, string File, int Line)> Agreements { get; } = [];

    public List<ContextFact> Context { get; } = [];

    private void ReadOrganisation(MapReader block, FileScope scope)
    {
        var id = ReadId(block, KnowledgeIds.Organisation, "organisation", "org:anjou-numerique");
        var name = block.RequiredText("name", "\"Anjou Numérique\"");
        var fullName = block.Text("full_name");
        var aliases = block.TextList("aliases");
        var kind = ReadChoice(block, "kind", OrganisationKinds, required: true);
        var parent = Reference(block, id ?? "", "parent", block.Ref("parent"), KnowledgeIds.Organisation);
        var member = block.Bool("member");
        var description = block.RequiredText("description", "\"…\"");
        var commitments = block.TextList("commitments");
        var topics = Topics(block, id ?? "");
        var territories = ReferenceList(block, id ?? "", "territories", KnowledgeIds.Territory);
        var section = SectionOf(block, scope);

        var unitIds = new List<string>();
        foreach (var unitBlock in block.Maps("units"))
        {
            var unitId = ReadId(unitBlock, KnowledgeIds.Unit, "unit", "unit:bibliopole");
            var unitName = unitBlock.RequiredText("name", "\"BiblioPôle\"");
            var unitAliases = unitBlock.TextList("aliases");
            var unitDescription = unitBlock.Text("description");
            var unitTopics = Topics(unitBlock, unitId ?? "");
            var unitSection = SectionOf(unitBlock, new FileScope(scope.File, scope.Top) { Section = section });
            unitBlock.RejectUnknownFields();
            if (unitId is not null && id is not null)
            {
                unitIds.Add(unitId);
                Units.Add(new OrganisationUnit(unitId, id, unitName, unitAliases, unitDescription, unitTopics, unitSection));
            }
        }

        block.RejectUnknownFields();
        if (id is not null)
        {
            Organisations.Add(new Organisation(id, name, fullName, aliases, kind, parent, member, description, commitments, topics, territories, unitIds, section));
        }
    }

    private void ReadPerson(MapReader block, FileScope scope)
    {
        var id = ReadId(block, KnowledgeIds.Person, "person", "person:brault-thomas");
        var lastName = block.RequiredText("last_name", "BRAULT");
        var firstName = block.RequiredText("first_name", "Thomas");
        var structureRef = block.Ref("structure");
        var structure = Reference(block, id ?? "", "structure", structureRef, KnowledgeIds.Organisation, KnowledgeIds.Place, KnowledgeIds.Commune, KnowledgeIds.Territory);
        if (structure is null)
        {
            block.Error(block.Line, "the field 'structure' is missing: add the id of the organisation, place or commune the person belongs to, e.g. structure: org:francas");
        }

        var unit = Reference(block, id ?? "", "unit", block.Ref("unit"), KnowledgeIds.Unit);
        var structureAsWritten = block.Text("structure_as_written");
        var function = block.Text("function");
        var participant = block.Bool("participant");
        var signed = block.TextList("signed");
        foreach (var value in signed.Where(s => s is not SignedRoadmap and not SignedAgreement))
        {
            block.Error(block.LineOf("signed"), $"'signed' may only contain '{SignedRoadmap}' and/or '{SignedAgreement}', not '{value}'.");
        }

        if (!participant && signed.Count == 0)
        {
            block.Error(block.Line, $"a person must be a participant (participant: true) or a signatory (signed: [{SignedRoadmap}]).");
        }

        if (block.Has("email") || block.Has("phone"))
        {
            block.Error(block.Line, "the source gives no e-mail or phone number: do not add one here (the bot only repeats the roadmap).");
        }

        block.Text("email");
        block.Text("phone");
        var section = SectionOf(block, scope);
        block.RejectUnknownFields();
        if (id is not null && structure is not null)
        {
            People.Add(new Person(id, lastName, firstName, structure, unit, structureAsWritten, function, participant,
                signed.Contains(SignedRoadmap), signed.Contains(SignedAgreement), section));
            if (unit is not null)
            {
                _leadUnits.Add((block.File, block.LineOf("unit"), block.What, structure, unit));
            }
        }
    }

    private void ReadInstance(MapReader block, FileScope scope)
    {
        var id = ReadId(block, KnowledgeIds.Instance, "instance", "instance:comite-de-pilotage");
        var name = block.RequiredText("name", "\"Comité de pilotage\"");
        var aliases = block.TextList("aliases");
        var frequency = block.RequiredText("frequency", "\"une fois par an\"");
        var perYear = block.Int("meetings_per_year");
        var composition = block.RequiredText("composition", "\"…\"");
        var role = block.RequiredText("role", "\"…\"");
        var members = ReferenceList(block, id ?? "", "members", ActorKinds);
        var membersNote = block.Text("members_note");
        var section = SectionOf(block, scope);
        block.RejectUnknownFields();
        if (id is not null)
        {
            Instances.Add(new GovernanceInstance(id, name, aliases, frequency, perYear, composition, role, members, membersNote, section));
        }
    }

    private void ReadAgreement(MapReader block, FileScope scope)
    {
        var id = ReadId(block, KnowledgeIds.Agreement, "agreement", "agreement:accord-de-cooperation");
        var name = block.RequiredText("name", "\"Accord de coopération de la Mednum49\"");
        var aliases = block.TextList("aliases");
        var summary = block.RequiredText("summary", "\"…\"");
        var previous = block.Text("previous_period");
        var objectives = block.TextList("objectives");
        var principles = block.TextList("principles");
        var terms = block.RequiredText("commitment_terms", "\"…\"");
        var funded = Reference(block, id ?? "", "funded_structure", block.Ref("funded_structure"), KnowledgeIds.Organisation);
        var instances = ReferenceList(block, id ?? "", "instances", KnowledgeIds.Instance);
        var communication = block.RequiredText("communication", "\"…\"");
        var duration = block.RequiredText("duration", "\"trois ans\"");
        var years = block.Int("duration_years");
        if (years is null)
        {
            block.Error(block.Line, "the field 'duration_years' is missing: add it, e.g. duration_years: 3");
        }

        var renewal = block.RequiredText("renewal", "\"…\"");
        var amendment = block.RequiredText("amendment", "\"…\"");
        var withdrawal = block.RequiredText("withdrawal", "\"…\"");
        var deadline = block.Text("withdrawal_deadline");
        var joining = block.RequiredText("joining", "\"…\"");
        var joiningInstance = Reference(block, id ?? "", "joining_instance", block.Ref("joining_instance"), KnowledgeIds.Instance);
        var section = SectionOf(block, scope);
        block.RejectUnknownFields();
        if (id is not null)
        {
            Agreements.Add((new CooperationAgreement(id, name, aliases, summary, previous, objectives, principles, terms, funded, instances,
                communication, duration, years ?? 0, renewal, amendment, withdrawal, deadline, joining, joiningInstance, section), block.File, block.Line));
        }
    }

    private void ReadContextFact(MapReader block, FileScope scope)
    {
        var id = ReadId(block, KnowledgeIds.Fact, "context fact", "fact:france-relance");
        var title = block.RequiredText("title", "\"Le plan « France Relance »\"");
        var aliases = block.TextList("aliases");
        var text = block.RequiredText("text", "\"…\"");
        var items = block.TextList("items");
        var figures = block.TextList("figures");
        var about = ReferenceList(block, id ?? "", "about", AnyKind);
        var topics = Topics(block, id ?? "");
        var section = SectionOf(block, scope);
        block.RejectUnknownFields();
        if (id is not null)
        {
            Context.Add(new ContextFact(id, title, aliases, text, items, figures, about, topics, section));
        }
    }

    /// <summary>A value from a fixed list (a kind, a role): anything else is reported with the allowed values.</summary>
    private static string ReadChoice(MapReader block, string field, IReadOnlyList<string> allowed, bool required, string? defaultValue = null)
    {
        var value = block.Text(field);
        if (value is null)
        {
            if (required)
            {
                block.Error(block.Line, $"the field '{field}' is missing: add one of {string.Join(", ", allowed)}.");
            }

            return defaultValue ?? "";
        }

        if (!allowed.Contains(value))
        {
            block.Error(block.LineOf(field), $"'{field}' is '{value}', which is not one of: {string.Join(", ", allowed)}.");
        }

        return value;
    }
}
