using Mednum49.Knowledge.Answering;
using Mednum49.Knowledge.Benchmarks;
using Mednum49.Knowledge.Places;
using Mednum49.Knowledge.Tests.Support;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Tests.Places;

/// <summary>
/// The places' name index on the fixtures plus 1 000 generated fictitious places (« Médiathèque de test N »,
/// « France Services de test N »… over real communes): thousands of names share « test », « france », « service »,
/// « numérique ». The index must score only the places that can reach the asked score and give exactly what scoring
/// every place gave (<see cref="Reference"/>, the former matcher, kept here as the oracle).
/// </summary>
public sealed class OpenPlaceMatcherTests
{
    private const double Threshold = OpenPlaceRouter.NameThreshold;

    private static readonly Lazy<OpenPlaces> Sample = new(() =>
    {
        var kb = PlacesFixtures.KnowledgeBase;
        var file = Path.Combine(Path.GetTempPath(), $"matcher-places-{Guid.NewGuid():N}.csv");
        try
        {
            SamplePlaces.Write(file, kb, 1_000);
            var generated = OpenPlaces.Link(kb, PlacesLoader.Load(file), kb.OpenDataLinks);
            var all = kb.OpenData.All.Concat(generated).ToList();
            return OpenPlaces.Create(all, PlacesLoadResult.Empty, null);
        }
        finally
        {
            File.Delete(file);
        }
    });

    private static OpenPlaces Open => Sample.Value;

    private static string[] Words(string question) => [.. TextNormalizer.Tokenize(question).Select(t => t.Text)];

    public static TheoryData<string, string[]> Questions => new()
    {
        { "Médiathèque de test 42", [] },
        { "la médiathèque de test 42 à Candé", ["commune:49054"] },
        { "France Services", [] },
        { "France Services de Candé", ["commune:49054"] },
        { "France Services d'Allonnes", ["commune:49002"] },
        { "test", [] },
        { "centre social", [] },
        { "espace numérique à Vihiers", ["commune:49373", "former-commune:49373"] },
        { "espace numérique de test 1001", [] },
        { "tiers lieu de l'exemple", [] },
        { "Médiathèque Imaginaire", [] },
        { "médiathèque à Trélazé", ["commune:49353"] },
        { "services civiques numériques", [] },
        { "les démarches administratives à Angers", ["commune:49007"] },
        { "espace numérique de test", [] },
        { "France Services de test 3", [] },
    };

    [Theory]
    [MemberData(nameof(Questions))]
    public void Scoring_only_the_places_that_can_reach_the_score_gives_what_scoring_every_place_gave(string question, string[] communes)
    {
        var communeIds = communes.ToHashSet(StringComparer.Ordinal);

        var indexed = Open.Matcher.Match(Words(question), communeIds, Threshold);
        var expected = new Reference(Open.All).Match(Words(question), communeIds).Where(m => m.Score >= Threshold || m.CommuneNamed).ToList();

        Assert.Equal(expected.Select(m => (m.Place.Id, m.Score, m.CommuneNamed)), indexed.Select(m => (m.Place.Id, m.Score, m.CommuneNamed)));
    }

    [Theory]
    [MemberData(nameof(Questions))]
    public void Without_a_minimum_score_every_place_that_shares_a_word_is_returned(string question, string[] communes)
    {
        var communeIds = communes.ToHashSet(StringComparer.Ordinal);

        var all = Open.Matcher.Match(Words(question), communeIds);
        var expected = new Reference(Open.All).Match(Words(question), communeIds);

        Assert.Equal(expected.Select(m => (m.Place.Id, m.Score)).Order(), all.Select(m => (m.Place.Id, m.Score)).Order());
    }

    [Theory]
    [InlineData("test")]
    [InlineData("médiathèque de test")]
    [InlineData("espace numérique")]
    [InlineData("services civiques numériques")]
    public void Common_words_alone_score_a_handful_of_places_among_the_hundreds_that_hold_them_and_match_none(string question)
    {
        var sharing = Open.All.Count(p => OpenPlaceMatcher.Words(p.Name).Intersect(Words(question).Select(w => w.TrimEnd('s'))).Any());

        Assert.True(sharing >= 100, $"the sample should have many places sharing « {question} », has {sharing}");
        Assert.InRange(Open.Matcher.CountScored(Words(question), new HashSet<string>(), Threshold), 0, 10);
        // Only names with nothing else distinctive (« Médiathèque de test 5 »: a one-digit number is no word) match.
        Assert.All(Open.Matcher.Match(Words(question), new HashSet<string>(), Threshold), m => Assert.Matches(@" \d$", m.Place.Name));
    }

    [Fact]
    public void A_distinctive_name_is_found_with_few_places_scored()
    {
        var words = Words("téléphone de la Médiathèque de test 40");

        var matches = Open.Matcher.Match(words, new HashSet<string>(), Threshold);

        Assert.Contains(matches, m => m.Place.Name == "Médiathèque de test 40" && m.Score >= 0.99);
        Assert.All(matches, m => Assert.Matches(@"(test 40| \d)$", m.Place.Name));
        Assert.InRange(Open.Matcher.CountScored(words, new HashSet<string>(), Threshold), 1, 5);
    }

    [Fact]
    public void A_name_made_only_of_common_words_is_still_found()
    {
        var matches = Open.Matcher.Match(Words("France Services"), new HashSet<string>(), Threshold);

        // « France Services de test 3 » may follow: a one-digit number is no distinctive word.
        Assert.Equal(["fixture-fs-allonnes", "fixture-fs-cande"], matches.TakeWhile(m => m.Score >= 0.99).Select(m => m.Place.Id).Order());
    }

    [Fact]
    public void A_place_of_a_named_commune_sharing_only_a_common_word_is_offered()
    {
        var matches = Open.Matcher.Match(Words("espace numérique à Vihiers"), new HashSet<string>(StringComparer.Ordinal) { "commune:49373", "former-commune:49373" }, Threshold);

        Assert.Contains(matches, m => m.Place.Id == "fixture-espace-vihiers" && m.CommuneNamed);
        Assert.All(matches, m => Assert.True(m.CommuneNamed || m.Score >= Threshold));
    }

    /// <summary>The matcher as it was before the index: every place that shares a word is scored.</summary>
    private sealed class Reference(IReadOnlyList<OpenPlace> places)
    {
        public List<OpenPlaceMatch> Match(IEnumerable<string> words, IReadOnlySet<string> communeIds)
        {
            var communeWords = places.Select(p => OpenPlaceMatcher.Words(p.CommuneName).ToArray()).ToArray();
            var nameWords = places.Select((p, i) => OpenPlaceMatcher.Words(p.Name).Except(communeWords[i]).Concat(p.IsFranceServices ? ["france", "service"] : []).Distinct(StringComparer.Ordinal).ToArray()).ToArray();
            var counts = nameWords.SelectMany(w => w).GroupBy(w => w, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.Count(), StringComparer.Ordinal);
            var weights = counts.ToDictionary(c => c.Key, c => Math.Log(1 + ((double)places.Count / c.Value)), StringComparer.Ordinal);
            var question = words.Select(Singular).ToHashSet(StringComparer.Ordinal);
            var matches = new List<(OpenPlaceMatch Match, int Index)>();
            for (var i = 0; i < places.Count; i++)
            {
                if (!nameWords[i].Any(question.Contains))
                {
                    continue;
                }

                var total = 0.0;
                var found = 0.0;
                foreach (var word in nameWords[i])
                {
                    total += weights[word];
                    found += question.Contains(word) ? weights[word] : 0;
                }

                var links = places[i].Links;
                var communeNamed = (links.CommuneId is { } c && communeIds.Contains(c)) || (links.FormerCommuneId is { } f && communeIds.Contains(f))
                    || (communeWords[i].Length > 0 && communeWords[i].All(question.Contains));
                matches.Add((new OpenPlaceMatch(places[i], total > 0 ? found / total : 0, communeNamed), i));
            }

            return [.. matches.OrderByDescending(m => m.Match.Rank).ThenBy(m => m.Match.Place.Name, StringComparer.Ordinal).ThenBy(m => m.Index).Select(m => m.Match)];
        }

        private static string Singular(string word) =>
            word.Length > 4 && (word.EndsWith('s') || word.EndsWith('x')) && !word.EndsWith("ss", StringComparison.Ordinal) ? word[..^1] : word;
    }
}
