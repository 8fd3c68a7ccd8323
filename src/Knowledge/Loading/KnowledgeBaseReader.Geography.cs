using Mednum49.Knowledge.Loading.Yaml;
using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Loading;

/// <summary>The official geography (generated from the CSV), the document's spellings of it, and dated facts.</summary>
internal sealed partial class KnowledgeBaseReader
{
    public List<Epci> Epcis { get; } = [];

    public List<Commune> Communes { get; } = [];

    public List<FormerCommune> FormerCommunes { get; } = [];

    public List<(string Of, DocumentSpelling Spelling, string File, int Line)> Spellings { get; } = [];

    public List<HistoricalFact> History { get; } = [];

    private void ReadEpci(MapReader block, FileScope scope)
    {
        var id = ReadId(block, KnowledgeIds.Epci, "EPCI", "epci:200071678", "[0-9]{9}");
        var name = block.RequiredText("name", "\"Cholet Agglomération\"");
        var siren = block.RequiredText("siren", "\"200071678\"");
        var section = SectionOf(block, scope);
        block.RejectUnknownFields();
        if (id is not null && siren != KnowledgeIds.LocalPart(id))
        {
            block.Error(block.LineOf("siren"), $"the SIREN '{siren}' does not match the id '{id}': they must be the same number.");
        }

        if (id is not null)
        {
            Epcis.Add(new Epci(id, siren, name, section));
        }
    }

    private void ReadCommune(MapReader block, FileScope scope)
    {
        var id = ReadId(block, KnowledgeIds.Commune, "commune", "commune:49099", "[0-9]{5}");
        var name = block.RequiredText("name", "\"Cholet\"");
        var postalCodes = block.TextList("postal_codes");
        var epci = Reference(block, id ?? "", "epci", block.Ref("epci"), KnowledgeIds.Epci);
        if (epci is null)
        {
            block.Error(block.Line, "the field 'epci' is missing: add the EPCI of the commune, e.g. epci: epci:200071678");
        }

        var population = block.Int("population_2024");
        if (population is null)
        {
            block.Error(block.Line, "the field 'population_2024' is missing: add the municipal population, e.g. population_2024: 53936");
        }

        var section = SectionOf(block, scope);
        block.RejectUnknownFields();
        if (id is not null)
        {
            Communes.Add(new Commune(id, KnowledgeIds.LocalPart(id), name, postalCodes, epci ?? "", population ?? 0, [], section));
        }
    }

    private void ReadFormerCommune(MapReader block, FileScope scope)
    {
        var id = ReadId(block, KnowledgeIds.FormerCommune, "former commune", "former-commune:49373", "[0-9]{5}");
        var name = block.RequiredText("name", "\"Vihiers\"");
        var type = ReadChoice(block, "type", ["COMD", "COMA"], required: true);
        var commune = Reference(block, id ?? "", "commune", block.Ref("commune"), KnowledgeIds.Commune);
        if (commune is null)
        {
            block.Error(block.Line, "the field 'commune' is missing: add the commune it belongs to today, e.g. commune: commune:49373");
        }

        var postalCode = block.Text("postal_code");
        var section = SectionOf(block, scope);
        block.RejectUnknownFields();
        if (id is not null)
        {
            FormerCommunes.Add(new FormerCommune(id, KnowledgeIds.LocalPart(id), name, type, commune ?? "", postalCode, [], section));
        }
    }

    private void ReadDocumentSpelling(MapReader block, FileScope scope)
    {
        block.What = "document spelling";
        var of = Reference(block, "", "of", block.Ref("of"), CommuneKinds);
        if (of is null)
        {
            block.Error(block.Line, "the field 'of' is missing: add the commune this spelling designates, e.g. of: commune:49221");
        }
        else
        {
            block.What = $"document spelling of '{of}'";
        }

        var spellings = block.TextList("spellings");
        if (spellings.Count == 0)
        {
            block.Error(block.Line, "'spellings' should list how the document writes the name, e.g. spellings: [\"Moulherne\"]");
        }

        var section = SectionOf(block, scope);
        block.RejectUnknownFields();
        if (of is not null)
        {
            Spellings.AddRange(spellings.Select(s => (of, new DocumentSpelling(s, section), block.File, block.LineOf("spellings"))));
        }
    }

    private void ReadHistoricalFact(MapReader block, FileScope scope)
    {
        block.What = "historical fact";
        var about = Reference(block, "", "about", block.Ref("about"), AnyKind);
        if (about is null)
        {
            block.Error(block.Line, "the field 'about' is missing: add the id the fact is about, e.g. about: former-commune:49321");
        }

        var date = block.RequiredText("date", "\"2024-01-01\"");
        var text = block.RequiredText("text", "\"…\"");
        var section = SectionOf(block, scope);
        block.RejectUnknownFields();
        if (about is not null)
        {
            History.Add(new HistoricalFact(about, date, text, section));
        }
    }
}
