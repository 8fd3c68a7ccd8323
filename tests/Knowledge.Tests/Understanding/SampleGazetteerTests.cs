using Mednum49.Knowledge.Benchmarks;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Tests.Understanding;

/// <summary>The matcher on about 2 000 real names: every commune and former commune of Maine-et-Loire and the roadmap's names.</summary>
public sealed class SampleGazetteerTests
{
    private static readonly EntityMatcher Matcher = EntityMatcher.Build(SampleKnowledge.Gazetteer());

    [Theory]
    [InlineData("Qui s'occupe du Vihierois ?", "polarite:vihierois")]
    [InlineData("qui s occupe du vihierrois", "polarite:vihierois")]
    [InlineData("Quelles France Services dans Anjou Bleu Communauté ?", "epci:abc")]
    [InlineData("conseiller numerique segre", "former:49331")]
    [InlineData("Dans quel bassin est Brain-sur-Allonnes ?", "commune:49041")]
    [InlineData("polarites cholet agglo", "epci:cholet")]
    [InlineData("Y a-t-il un conseiller numérique à Sèvremoine ?", "commune:49301")]
    [InlineData("Qui s'occupe de l'Entente-Vallée ?", "bassin:entente-vallee")]
    [InlineData("Qui est le contact des Francas ?", "organisation:francas")]
    [InlineData("Combien d'habitants à Angers Loire Métropole ?", "epci:alm")]
    [InlineData("mairie de montreuil bellay", "place:mairie-49215")]
    [InlineData("vihiers", "former:49373")]
    public void Orientation_questions_find_their_entity(string question, string entityId) =>
        Assert.Contains(Matcher.Match(question), m => m.Entities.Any(e => e.EntityId == entityId));

    [Theory]
    [InlineData("Quels sont les horaires d'ouverture de la mairie ?")]
    [InlineData("je voudrais aider ma grand-mère à faire ses démarches en ligne")]
    [InlineData("où trouver un ordinateur gratuit pour un demandeur d'emploi")]
    [InlineData("comment prendre rendez-vous avec une conseillère")]
    [InlineData("les ateliers pour les seniors sont-ils payants")]
    [InlineData("quelle structure propose des permanences le samedi matin")]
    [InlineData("je cherche une formation sur la cybersécurité pour les associations")]
    [InlineData("y a-t-il des bénévoles disponibles dans le secteur")]
    [InlineData("besoin d'une imprimante et d'un scanner")]
    [InlineData("les personnes âgées isolées en milieu rural, quelle chance")]
    [InlineData("on cherche des financements pour un projet de fablab à la campagne")]
    [InlineData("parentalité et écrans chez les ados, c'est la première fois")]
    [InlineData("le français, les champions et la couture")]
    public void Everyday_questions_are_never_corrected_into_a_place_or_a_person(string question) =>
        Assert.DoesNotContain(Matcher.Match(question), m => m.Exactness == MatchExactness.Fuzzy);
}
