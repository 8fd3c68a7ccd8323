using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Loading;
using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Tests.Support;

namespace Mednum49.Knowledge.Tests.Places;

/// <summary>
/// How mediators name the places of a real file: abbreviations, names without their kind, a quartier, the name of the
/// organisation that runs it, a commune said by its first words, off-domain words in a detail question
/// (Places/Fixtures/wordings: fictitious phones 01 99 00 01 xx and addresses « … rue Fictive »).
/// </summary>
public sealed class OpenPlaceWordingTests
{
    private static readonly Lazy<KnowledgeBase> Loaded = new(() =>
        KnowledgeBaseLoader.Load(EmbeddedKnowledgeBase.Folder, Path.Combine(AppContext.BaseDirectory, "Places", "Fixtures", "wordings")).KnowledgeBase
        ?? throw new InvalidOperationException("The embedded knowledge base is invalid."));

    private static readonly Lazy<AnswerEngine> Engine = new(() => new AnswerEngine(new FixedKnowledgeBaseProvider(Loaded.Value), null, new FixedClock(PlacesFixtures.Now)));

    private static Answer Ask(string question) => Engine.Value.Ask(question);

    [Theory]
    [InlineData("téléphone de l'EPN de Longué", "01 99 00 01 02")]
    [InlineData("téléphone de l'espace public numérique de Beaufort", "01 99 00 01 01")]
    [InlineData("numéro de l'EPN de Beaufort", "01 99 00 01 01")]
    [InlineData("numéro du CS Le Tempo Fictif", "01 99 00 01 13")]
    [InlineData("numéro de la bibliothèque de Ste Gemmes", "01 99 00 01 11")]
    [InlineData("le mail de la FS Fictive de Tiercé", "fs@tierce.exemple.test")]
    public void Abbreviations_in_the_question_or_in_the_files_name_find_the_place(string question, string phone)
    {
        EmbeddedEngine.AssertSays(Ask(question), phone);
    }

    [Theory]
    [InlineData("téléphone des Ateliers Fictifs", "01 99 00 01 03")]
    [InlineData("les Ateliers Fictifs c'est payant ?", "Payant")]
    [InlineData("tel du Tempo Fictif", "01 99 00 01 13")]
    public void A_place_named_without_its_kind_is_found(string question, string expected)
    {
        EmbeddedEngine.AssertSays(Ask(question), expected);
    }

    [Fact]
    public void Of_names_found_whole_the_one_the_question_says_more_of_wins()
    {
        var answer = Ask("tel relais mairie Quartier Imaginaire");

        Assert.Empty(answer.Choices);
        EmbeddedEngine.AssertSays(answer, "01 99 00 01 04");
    }

    [Theory]
    [InlineData("à quelle heure ouvre la mairie de Tiercé ?", "8 h 30")]
    [InlineData("quel est le tarif aux Ateliers Fictifs ?", "Payant")]
    public void Off_domain_words_in_a_question_about_a_place_still_get_its_detail(string question, string expected)
    {
        EmbeddedEngine.AssertSays(Ask(question), expected);
    }

    [Fact]
    public void Accessibility_is_answered_from_the_specific_support_the_place_gives()
    {
        EmbeddedEngine.AssertSays(Ask("la médiathèque de Baugé est-elle accessible aux personnes handicapées ?"), "Accueil adapté", "Handicaps moteurs", "Surdité");
    }

    [Fact]
    public void A_place_the_roadmap_does_not_describe_named_alone_with_its_commune_gives_its_contacts_and_becomes_the_subject()
    {
        var first = Ask("la médiathèque de Baugé");
        EmbeddedEngine.AssertSays(first, "01 99 00 01 07");

        EmbeddedEngine.AssertSays(Engine.Value.Ask("c'est où ?", first.Context), "7 rue Fictive");
    }

    [Fact]
    public void A_roadmap_place_is_linked_only_to_the_places_of_the_file_that_resemble_it_most()
    {
        Assert.Equal(["w-chamard"], Loaded.Value.OpenData.Of("place:mediatheque-elie-chamard").Select(p => p.Id));

        var first = Ask("médiathèque Élie Chamard");
        var services = Engine.Value.Ask("quels services ?", first.Context);
        Assert.Empty(services.Choices);
        EmbeddedEngine.AssertSays(services, "Médiathèque Élie Chamard", "Aide aux démarches administratives");
    }

    [Fact]
    public void A_place_whose_name_holds_the_organisation_named_answers_for_it()
    {
        EmbeddedEngine.AssertSays(Ask("numéro de Familles Rurales à Seiches"), "01 99 00 01 10");
    }

    [Fact]
    public void The_kind_named_picks_the_place_of_that_kind_in_the_commune_named()
    {
        var answer = Ask("numéro de la mairie de Durtal");

        EmbeddedEngine.AssertSays(answer, "01 99 00 01 06");
        Assert.DoesNotContain("01 99 00 01 12", AnswerText.Render(answer), StringComparison.Ordinal);
    }

    [Fact]
    public void Of_two_communes_named_by_the_question_the_one_it_names_more_of_wins()
    {
        var answer = Ask("tel mairie de montigne-les-rairies ?");

        Assert.Empty(answer.Choices);
        EmbeddedEngine.AssertSays(answer, "01 99 00 01 15");
    }

    [Fact]
    public void The_whole_name_of_a_place_alone_gives_its_contacts_though_one_of_its_words_names_the_department()
    {
        var first = Ask("Cyber Seniors Fictifs 49");
        EmbeddedEngine.AssertSays(first, "01 99 00 01 16", "16 rue Fictive");

        EmbeddedEngine.AssertSays(Engine.Value.Ask("c'est pour qui ?", first.Context), "Seniors");
    }

    [Theory]
    [InlineData("France Services ?")]
    [InlineData("médiathèque ?")]
    public void A_kind_of_place_alone_is_still_a_roadmap_question(string question)
    {
        Assert.Equal(AnswerText.Render(EmbeddedEngine.Ask(question)), AnswerText.Render(Ask(question)));
    }

    [Theory]
    [InlineData("tel de la médiatèque de Baugé", "01 99 00 01 07")]
    [InlineData("numéro des Ateliers Fictiffs", "01 99 00 01 03")]
    public void A_word_of_a_name_typed_with_one_typo_is_read_as_that_word(string question, string phone)
    {
        EmbeddedEngine.AssertSays(Ask(question), phone);
    }

    [Fact]
    public void A_word_of_a_commune_is_never_read_as_a_typo_of_a_places_name()
    {
        // « sainte » is one letter from « saint » (Médiathèque Saint-Fictif) but names Sainte-Gemmes-sur-Loire.
        EmbeddedEngine.AssertSays(Ask("numéro de la bibliothèque de Ste Gemmes"), "01 99 00 01 11");
    }

    [Theory]
    [InlineData("numéro de la médiathèque de Doué")]
    [InlineData("numéro de la médiathèque du Segréen")]
    public void A_kind_asked_in_a_territory_without_such_a_place_is_not_answered_with_other_communes_places(string question)
    {
        var answer = Ask(question);

        Assert.DoesNotContain(answer.Places, p => p.Contact is not null && p.Name.Contains("Médiathèque", StringComparison.Ordinal));
    }

    [Fact]
    public void A_place_named_by_its_kind_words_in_the_bassin_named_is_found()
    {
        // « Brissac » is read as the bassin of Brissac Loire Aubance, where the place is (Brissac-Quincé).
        EmbeddedEngine.AssertSays(Ask("numéro de l'atelier numérique seniors de Brissac"), "01 99 00 01 19");
    }

    [Theory]
    [InlineData("y a-t-il une bibliothèque à Sainte-Gemmes-sur-Loire ?", "Oui, à Sainte-Gemmes-sur-Loire", "01 99 00 01 11")]
    [InlineData("une médiathèque à Seiches ?", "Oui, à Seiches", "Espace culturel Le Fictif")]
    [InlineData("combien de médiathèques à Durtal ?", "2 médiathèques à Durtal", "01 99 00 01 18")]
    public void A_kind_of_structure_the_roadmap_does_not_name_in_the_commune_is_answered_from_the_files_first(string question, string first, string detail)
    {
        var answer = Ask(question);

        Assert.StartsWith(first, answer.Summary, StringComparison.Ordinal);
        EmbeddedEngine.AssertSays(answer, detail, "La feuille de route ne signale pas de médiathèque");
    }

    [Fact]
    public void Without_open_data_a_kind_the_roadmap_does_not_name_stays_a_plain_no()
    {
        var answer = EmbeddedEngine.Ask("y a-t-il une bibliothèque à Sainte-Gemmes-sur-Loire ?");

        Assert.DoesNotContain("Oui", answer.Summary ?? "", StringComparison.Ordinal);
        EmbeddedEngine.AssertSays(answer, "La feuille de route ne signale pas de médiathèque");
    }
}
