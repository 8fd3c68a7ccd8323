using Mednum49.Knowledge.Loading.Yaml;
using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Places;

namespace Mednum49.Knowledge.Loading;

/// <summary>
/// What the knowledge base says about the open-data places files: explicit links from a file's places to the roadmap's
/// places and organisations (<c>open_data_links:</c>), and the words that ask for a place's details
/// (<c>place_details:</c>).
/// </summary>
internal sealed partial class KnowledgeBaseReader
{
    public List<OpenDataLink> OpenDataLinks { get; } = [];

    public List<PlaceDetailWords> PlaceDetails { get; } = [];

    /// <summary>Words of places' names that say what kind of place it is (<c>place_kind_words:</c>).</summary>
    public List<string> PlaceKindWords { get; } = [];

    /// <summary>How an open-data place shows its kind of structure (<c>open_place_kinds:</c>).</summary>
    public List<OpenPlaceKind> OpenPlaceKinds { get; } = [];

    private void ReadOpenData(MapReader top)
    {
        foreach (var block in top.Maps("open_data_links"))
        {
            block.What = "open-data link";
            var entity = Reference(block, "", "ref", block.Ref("ref"), KnowledgeIds.Place, KnowledgeIds.Organisation);
            var names = block.TextList("names");
            var ids = block.TextList("ids");
            var insee = block.Text("code_insee");
            block.RejectUnknownFields();
            if (entity is null)
            {
                block.Error(block.Line, "the field 'ref' is missing: add the place or organisation of the knowledge base, e.g. ref: place:france-services-cande");
            }
            else if (names.Count == 0 && ids.Count == 0)
            {
                block.Error(block.Line, "give the place's name as the open-data file writes it (names: [\"…\"]) or its id there (ids: [\"…\"])");
            }
            else
            {
                OpenDataLinks.Add(new OpenDataLink(entity, names, ids, insee, block.File, block.Line));
            }
        }

        PlaceKindWords.AddRange(top.TextList("place_kind_words"));

        foreach (var block in top.Maps("open_place_kinds"))
        {
            block.What = "open place kind";
            var kind = block.RequiredText("kind", "mediatheques");
            var names = block.TextList("names");
            var typologies = block.TextList("typologies");
            block.RejectUnknownFields();
            if (names.Count == 0 && typologies.Count == 0)
            {
                block.Error(block.Line, "give the words of the places' names (names: [médiathèque]) or the standard's typologies (typologies: [BIB])");
            }
            else
            {
                OpenPlaceKinds.Add(new OpenPlaceKind(kind, names, typologies));
            }
        }

        foreach (var block in top.Maps("place_details"))
        {
            block.What = "place detail";
            var detail = block.RequiredText("detail", "phone");
            var phrases = block.TextList("phrases");
            var notAfter = block.TextList("not_after");
            block.RejectUnknownFields();
            if (!Enum.TryParse<PlaceDetail>(detail, ignoreCase: true, out var kind))
            {
                block.Error(block.LineOf("detail"), $"unknown detail '{detail}': use one of {string.Join(", ", Enum.GetNames<PlaceDetail>().Select(n => n.ToLowerInvariant()))}.");
            }
            else if (phrases.Count == 0)
            {
                block.Error(block.Line, "'phrases' should list the words that ask for this detail, e.g. phrases: [téléphone, numéro]");
            }
            else
            {
                PlaceDetails.Add(new PlaceDetailWords(kind, phrases, notAfter));
            }
        }
    }
}
