using Mednum49.Knowledge.Loading;
using Mednum49.Knowledge.Tests.Support;

namespace Mednum49.Knowledge.Tests.Loading;

/// <summary>Each kind of mistake a coordinator can make is reported with its file and line, and never loads half a base.</summary>
public sealed class BrokenFileTests : IDisposable
{
    private readonly KnowledgeBaseCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    private KnowledgeBaseError SingleError(string file)
    {
        var result = KnowledgeBaseLoader.Load(_copy.Folder);
        Assert.False(result.IsValid);
        Assert.Null(result.KnowledgeBase);
        var error = Assert.Single(result.Errors);
        Assert.Equal(file, error.File);
        return error;
    }

    [Fact]
    public void A_duplicate_id_is_reported_where_it_is_reused_with_where_it_was_first_defined()
    {
        const string file = "roadmap/actions.yaml";
        var first = _copy.LineOf(file, "id: action:B.6$");
        var line = _copy.Replace(file, "id: action:B.7", "id: action:B.6");

        var result = KnowledgeBaseLoader.Load(_copy.Folder);

        var error = Assert.Single(result.Errors, e => e.Message.Contains("already used", StringComparison.Ordinal));
        Assert.Equal(file, error.File);
        Assert.Equal(line, error.Line);
        Assert.Contains($"{file}:{first}", error.Message);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void A_dangling_reference_names_the_unknown_id_where_to_look_and_the_closest_id()
    {
        const string file = "territories/cholet-agglomeration.yaml";
        var line = _copy.Replace(file, "carried_by: [org:anjou-numerique]", "carried_by: [org:anjou-numerik]");

        var error = SingleError(file);

        Assert.Equal(line, error.Line);
        Assert.Contains("subdivision 'subdivision:cholet-agglomeration/bocage' refers to unknown organisation 'org:anjou-numerik'", error.Message);
        Assert.Contains("organisations.yaml", error.Message);
        Assert.Contains("Did you mean 'org:anjou-numerique'?", error.Message);
        Assert.StartsWith($"{file}:{line}: ", error.ToString());
    }

    [Fact]
    public void A_reference_to_the_wrong_kind_of_entity_says_what_was_expected()
    {
        const string file = "territories/vallees-du-haut-anjou.yaml";
        var line = _copy.Replace(file, "operators: [org:msa]", "operators: [topic:france-services]");

        var error = SingleError(file);

        Assert.Equal(line, error.Line);
        Assert.Contains("'operators' expects a organisation or organisation unit or place or commune or territory, but 'topic:france-services' is a topic", error.Message);
    }

    [Fact]
    public void An_unclosed_list_is_reported_as_bad_yaml_near_its_line_without_crashing()
    {
        const string file = "topics.yaml";
        var line = _copy.Replace(file, "synonyms: [bénévole, bénévoles,", "synonyms: [bénévole, bénévoles\n    oops: [");

        var result = KnowledgeBaseLoader.Load(_copy.Folder);

        var error = Assert.Single(result.Errors, e => e.File == file);
        Assert.InRange(error.Line, line, line + 3);
        Assert.Contains("YAML", error.Message);
        Assert.False(result.IsValid);
    }

    [Fact]
    public void Bad_indentation_is_reported_as_bad_yaml_with_its_line()
    {
        const string file = "governance.yaml";
        var line = _copy.Replace(file, "    frequency: \"trois fois par an\"", "      frequency: \"trois fois par an\"\n  role: x");

        var error = SingleError(file);

        Assert.InRange(error.Line, line, line + 2);
        Assert.Contains("The YAML is not valid", error.Message);
    }

    [Fact]
    public void A_missing_required_field_is_reported_on_its_entry_with_an_example()
    {
        const string file = "roadmap/actions.yaml";
        var entry = _copy.LineOf(file, "- id: action:C.1$");
        _copy.Replace(file, "    title: \"Formation des décideurs\"\n", "");

        var error = SingleError(file);

        Assert.Equal(entry, error.Line);
        Assert.Contains("action 'action:C.1': the field 'title' is missing", error.Message);
        Assert.Contains("title: ", error.Message);
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_reported_on_its_line()
    {
        const string file = "territories/saumur-val-de-loire.yaml";
        var line = _copy.Replace(file, "communes_count: 45", "communes_count: quarante-cinq");

        var error = SingleError(file);

        Assert.Equal(line, error.Line);
        Assert.Contains("'communes_count' should be a whole number", error.Message);
    }

    [Fact]
    public void A_misspelt_field_is_reported_with_the_fields_allowed_there()
    {
        const string file = "roadmap/axes.yaml";
        var line = _copy.Replace(file, "    summary: >-\n      Tester", "    sumary: >-\n      Tester");

        var result = KnowledgeBaseLoader.Load(_copy.Folder);

        Assert.False(result.IsValid);
        var unknown = Assert.Single(result.Errors, e => e.Message.Contains("unknown field 'sumary'", StringComparison.Ordinal));
        Assert.Equal(line, unknown.Line);
        Assert.Contains("summary", unknown.Message);
        Assert.Contains(result.Errors, e => e.Message.Contains("the field 'summary' is missing", StringComparison.Ordinal));
    }

    [Fact]
    public void A_key_written_twice_in_the_same_block_is_reported_on_the_second()
    {
        const string file = "organisations.yaml";
        var line = _copy.Replace(file, "    kind: reseau\n    parent:", "    kind: reseau\n    kind: association\n    parent:") + 1;

        var error = SingleError(file);

        Assert.Equal(line, error.Line);
        Assert.Contains("'kind' appears twice", error.Message);
    }

    [Fact]
    public void A_section_that_is_not_in_the_document_is_reported_with_the_closest_one()
    {
        const string file = "territories/mauges-communaute.yaml";
        var line = _copy.Replace(file, "section: \"Annexe 3 — Mauges Communauté\"", "section: \"Annexe 3 — Mauge Communauté\"");

        var error = SingleError(file);

        Assert.Equal(line, error.Line);
        Assert.Contains("Did you mean \"Annexe 3 — Mauges Communauté\"?", error.Message);
    }

    [Fact]
    public void A_commune_of_another_epci_in_a_subdivision_needs_a_dated_note()
    {
        const string file = "territories/saumur-val-de-loire.yaml";
        var line = _copy.Replace(file, "      - commune:49003   # Tuffalun", "      - commune:49099   # Cholet\n      - commune:49003   # Tuffalun");

        var error = SingleError(file);

        Assert.Equal(line, error.Line);
        Assert.Contains("belongs to another EPCI today", error.Message);
    }

    [Fact]
    public void A_commune_left_out_of_subdivisions_that_cover_the_whole_territory_is_named()
    {
        const string file = "territories/saumur-val-de-loire.yaml";
        _copy.Replace(file, "      - commune:49221   # Mouliherne (« Moulherne »)\n", "");
        var line = _copy.LineOf(file, "subdivisions_cover_all_communes: true");

        var error = SingleError(file);

        Assert.Equal(line, error.Line);
        Assert.Contains("commune:49221 (Mouliherne)", error.Message);
    }

    [Fact]
    public void A_declared_count_that_the_files_contradict_is_reported_unless_explained()
    {
        const string file = "territories/saumur-val-de-loire.yaml";
        var line = _copy.Replace(file, "france_services_count: 4", "france_services_count: 5");

        var error = SingleError(file);

        Assert.Equal(line, error.Line);
        Assert.Contains("france_services_count is 5 but there are 4", error.Message);
        Assert.Contains("france_services_note", error.Message);
    }

    [Fact]
    public void The_roadmap_is_checked_against_the_32_actions_and_groups_the_document_announces()
    {
        const string file = "roadmap/working-groups.yaml";
        var text = _copy.Read(file);
        var start = text.IndexOf("  - id: group:accompagnement-a-domicile", StringComparison.Ordinal);
        _copy.Write(file, text[..start]);
        var line = _copy.LineOf("document.yaml", "actions_and_working_groups: 32");

        var error = SingleError("document.yaml");

        Assert.Equal(line, error.Line);
        Assert.Contains("announces 32 actions and working groups but the knowledge base has 31", error.Message);
    }

    [Fact]
    public void A_contact_detail_that_the_source_does_not_give_is_refused()
    {
        const string file = "people/participants.yaml";
        var entry = _copy.LineOf(file, "- id: person:brault-thomas$");
        _copy.Replace(file, "    structure_as_written: \"Les Francas\"", "    email: \"thomas@example.org\"\n    structure_as_written: \"Les Francas\"");

        var error = SingleError(file);

        Assert.Equal(entry, error.Line);
        Assert.Contains("no e-mail or phone number", error.Message);
    }

    [Fact]
    public void Every_error_of_every_file_is_reported_in_one_pass()
    {
        var first = _copy.Replace("roadmap/actions.yaml", "org: org:francas", "org: org:franca");
        var second = _copy.Replace("territories/anjou-loir-et-sarthe.yaml", "kind: sous-polarite", "kind: sous-polarité");

        var result = KnowledgeBaseLoader.Load(_copy.Folder);

        Assert.Equal(2, result.Errors.Count);
        Assert.Contains(result.Errors, e => e.File == "roadmap/actions.yaml" && e.Line == first);
        Assert.Contains(result.Errors, e => e.File == "territories/anjou-loir-et-sarthe.yaml" && e.Line == second && e.Message.Contains("sous-polarite", StringComparison.Ordinal));
    }

    [Fact]
    public void A_file_that_is_not_a_knowledge_base_file_is_reported()
    {
        _copy.Write("notes.yaml", "todo: relire la fiche de Cholet\n");

        var error = SingleError("notes.yaml");

        Assert.Contains("defines nothing the knowledge base knows", error.Message);
    }
}
