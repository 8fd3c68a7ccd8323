using System.Globalization;
using Mednum49.Knowledge.Loading.Yaml;
using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Loading;

/// <summary>The needs vocabulary (needs.yaml) and the figures of the document's running text (figures.yaml).</summary>
internal sealed partial class KnowledgeBaseReader
{
    public List<Need> Needs { get; } = [];

    public List<Figure> Figures { get; } = [];

    private void ReadNeed(MapReader block, FileScope scope)
    {
        _ = scope;
        var id = ReadId(block, KnowledgeIds.Need, "need", "need:demarches-administratives");
        var name = block.RequiredText("name", "\"Démarches administratives\"");
        var phrase = block.Text("for") ?? name;
        var description = block.Text("description") ?? "";
        var words = block.TextList("words");
        var structures = block.TextList("structures");
        var topics = Topics(block, id ?? "");
        var services = block.TextList("services");
        var servicesV1 = block.TextList("services_v1");
        var isPublic = block.Bool("public");
        foreach (var structure in structures.Where(s => !NeedStructures.All.Contains(s)))
        {
            block.Error(block.LineOf("structures"), $"'{structure}' is not a kind of structure: use {string.Join(", ", NeedStructures.All)}.");
        }

        if (words.Count == 0)
        {
            block.Error(block.Line, "a need needs 'words': the words people type for it, e.g. words: [caf, \"carte grise\"]");
        }

        block.RejectUnknownFields();
        if (id is not null)
        {
            Needs.Add(new Need(id, name, phrase, description, words, structures, topics, services, servicesV1, isPublic));
        }
    }

    private void ReadFigure(MapReader block, FileScope scope)
    {
        var id = ReadId(block, KnowledgeIds.Figure, "figure", "figure:alm-communes-sans-offre");
        var about = Reference(block, id ?? "", "about", block.Ref("about"), AnyKind);
        if (about is null)
        {
            block.Error(block.Line, "the field 'about' is missing: add the id the figure is about, e.g. about: territory:angers-loire-metropole");
        }

        var valueText = block.RequiredText("value", "31600");
        var counts = block.RequiredText("counts", "\"habitants des communes sans offre de médiation numérique\"");
        var asWritten = block.RequiredText("as_written", "\"Enfin 10 communes (31 600hab. au total) …\"");
        var words = block.TextList("words");
        var section = SectionOf(block, scope);
        if (!decimal.TryParse(valueText.Replace(" ", "", StringComparison.Ordinal).Replace(',', '.'), NumberStyles.Number, CultureInfo.InvariantCulture, out var value))
        {
            block.Error(block.LineOf("value"), $"'{valueText}' is not a number: write the figure's value in digits, e.g. value: 31600");
        }

        block.RejectUnknownFields();
        if (id is not null && about is not null)
        {
            Figures.Add(new Figure(id, about, value, counts, asWritten, words, section));
        }
    }
}
