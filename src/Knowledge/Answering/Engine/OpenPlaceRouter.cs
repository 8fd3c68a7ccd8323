using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Places;

namespace Mednum49.Knowledge.Answering;

/// <summary>
/// Questions about a place of the open-data files: « téléphone / adresse / mail / horaires / site de &lt;lieu&gt; »,
/// « est-ce ouvert aujourd'hui ? », « quels services propose … ». The place is the roadmap's place or organisation the
/// question names when a file's place is linked to it, else the file's place whose name the question holds (with its
/// commune when named). Nothing here when no open-data place is loaded or none is named: the engine answers as before.
/// </summary>
internal sealed class OpenPlaceRouter(EngineState state, ReadQuestion q, Named e, Composer compose)
{
    /// <summary>Without the commune named, this share of a place's distinctive words must be in the question.</summary>
    public const double NameThreshold = 0.75;

    /// <summary>At most this many places are offered to choose from.</summary>
    public const int MaxChoices = 6;

    private OpenPlaces Open => state.Kb.OpenData;

    public Answer? Route()
    {
        if (Open.All.Count == 0)
        {
            return null;
        }

        var mentions = state.PlaceDetails.Find(q.Words);
        var details = Details(mentions);
        if (details.Count == 0)
        {
            // « Médiathèque Jean Vilar ? »: a file's place named on its own, when nothing of the roadmap is.
            // Or the whole name of a file's place the roadmap does not describe, though a word of it is a roadmap name too
            // (« Cyber Senior 49 »: « 49 » alone would be the department).
            var roadmap = e.Places.Count + e.Organisations.Count + e.Persons.Count + e.Actions.Count + e.Groups.Count + e.Instances.Count + e.Axes.Count;
            return Best(mentions, strict: true) is [var only] && (roadmap == 0 || (only.Links.EntityId is null && Wholly(only, q.Words)))
                ? compose.OpenPlaceDetails(only, new HashSet<PlaceDetail> { PlaceDetail.Contact }, Weekday())
                : null;
        }

        var linked = Linked();
        if (linked.Count > 0)
        {
            return linked.Count == 1 ? compose.OpenPlaceDetails(linked[0], details, Weekday()) : compose.OpenPlaceChoices(linked, q.Text);
        }

        return Best(mentions, strict: false) switch
        {
            [] => null,
            [var one] => compose.OpenPlaceDetails(one, details, Weekday()),
            var several => compose.OpenPlaceChoices(several, q.Text),
        };
    }

    private HashSet<PlaceDetail> Details(IReadOnlyList<DetailMention> mentions)
    {
        var details = mentions.Select(m => m.Detail).ToHashSet();

        // « Qui contacter à … ? »: people, which the roadmap names; not the place's phone.
        if (q.Has(Cue.Who) && details.SetEquals([PlaceDetail.Contact]))
        {
            return [];
        }

        if (details.Contains(PlaceDetail.OpenNow))
        {
            if (details.Count > 1 && !details.Contains(PlaceDetail.Hours))
            {
                details.Remove(PlaceDetail.OpenNow);
            }
            else
            {
                details.Remove(PlaceDetail.Hours);
            }
        }

        return details;
    }

    /// <summary>The file's places linked to the roadmap place or organisation the question names.</summary>
    private IReadOnlyList<OpenPlace> Linked()
    {
        foreach (var entity in e.Places.Cast<IKnowledgeEntity>().Concat(e.Organisations))
        {
            if (Open.Of(entity.Id) is { Count: > 0 } places)
            {
                return places;
            }
        }

        return [];
    }

    /// <summary>The places the question names best: one, several equally (to choose from), or none.</summary>
    private IReadOnlyList<OpenPlace> Best(IReadOnlyList<DetailMention> mentions, bool strict)
    {
        var skipped = mentions.SelectMany(m => Enumerable.Range(m.First, m.Length)).ToHashSet();
        var words = Open.Matcher.WithTypos(q.Words.Where((_, i) => !skipped.Contains(i)).ToList(), state.IsNameWord);
        var communes = e.Scopes.SelectMany(s => new[] { s.Scope.Commune?.Id, s.Scope.Former?.Id }).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var kinds = state.PlaceDetails.KindWords;
        bool Named(OpenPlaceMatch m) => OwnName(m.Place, words) || HoldsNamedEntity(m.Place);
        var matches = Open.Matcher.Match(words, communes, NameThreshold, kinds)
            .Where(m => m.Score > 0 && (m.Score >= NameThreshold || m.CommuneNamed || (m.NamedWithoutKind && Named(m))))
            .Where(m => !strict || (m.Score >= 0.99 && OwnName(m.Place, words)) || (m.NamedWithoutKind && OwnName(m.Place, words)) || (m.Score >= 0.99 && m.CommuneNamed && m.Place.Links.EntityId is null && Wholly(m.Place, words))
                // « Cyber Senior 49 »: several words of a name, each common, and nothing else.
                || ((m.Score >= 0.99 || m.NamedWithoutKind) && m.Place.Links.EntityId is null && Wholly(m.Place, words) && SharedWords(m.Place, words) >= 2))
            .ToList();
        if (matches.Count == 0)
        {
            return [];
        }

        // A commune named in the question (as the engine read it, or by its words: « Ste Gemmes »): only its places, when it has some that match.
        if (matches.Any(m => m.CommuneNamed))
        {
            var mostWords = matches.Where(m => m.CommuneNamed).Max(m => m.CommuneWords);
            matches = [.. matches.Where(m => m.CommuneNamed && (m.CommuneWords == mostWords || communes.Contains(m.Place.Links.CommuneId ?? "") || communes.Contains(m.Place.Links.FormerCommuneId ?? "")))];
        }
        else if (communes.Count > 0 || e.Places.Count > 0 || e.Organisations.Count > 0 || e.Scopes.Any(s => !s.Scope.IsDepartment))
        {
            // « la médiathèque de Doué » when no file describes one there: not every other commune's médiathèque.
            // « la France Services de Durtal » when no file describes it: not another commune's France Services.
            // But a place of the bassin or intercommunality named (« l'atelier numérique seniors de Brissac »).
            matches = [.. matches.Where(m => Named(m) || InNamedArea(m.Place))];
            if (matches.Count == 0)
            {
                return [];
            }
        }

        // Of the names found equally well, those the question says more of (« relais mairie Belle-Beille » is not every « Mairie de … »).
        var best = matches[0].Rank;
        var tied = matches.TakeWhile(m => m.Rank >= best - 0.01).ToList();
        var most = tied.Max(m => m.Found);
        return [.. tied.Where(m => m.Found >= most - 1e-9).Take(MaxChoices).Select(m => m.Place)];
    }

    /// <summary>
    /// True when the question holds a word of the place's own name that is not also a word of the engine's questions
    /// (« Imaginaire » in « Médiathèque Imaginaire »): « France Services à Candé ? » stays a roadmap question.
    /// </summary>
    private static bool OwnName(OpenPlace place, IEnumerable<string> words)
    {
        var asked = words.ToHashSet(StringComparer.Ordinal);
        var commune = OpenPlaceMatcher.Words(place.CommuneName).ToHashSet(StringComparer.Ordinal);
        return OpenPlaceMatcher.Words(place.Name).Where(w => !commune.Contains(w)).Any(w => (asked.Contains(w) || asked.Contains(w + "s")) && !CueLexicon.Words.Contains(w) && !CueLexicon.Words.Contains(w + "s")
            && !Understanding.FrenchWords.CommonWords.Contains(w) && !Understanding.FrenchWords.StopWords.Contains(w));
    }

    /// <summary>True when the place is in a bassin, polarité or intercommunality the question names (a commune's places are matched above).</summary>
    private bool InNamedArea(OpenPlace place) =>
        e.Scopes.Select(s => s.Scope).Where(s => !s.IsDepartment && s.Commune is null && s.Former is null)
            .Any(s => (s.Subdivisions.Count > 0 && s.Subdivisions.Any(d => place.Links.SubdivisionIds.Contains(d.Id)))
                || (s.IsTerritory && place.Links.TerritoryId == s.Territory?.Id));

    /// <summary>
    /// True when the place's name holds the whole name of an organisation the question names (« Association Familles
    /// Rurales de Seiches » for « Familles Rurales à Seiches », whose roadmap entry gives no contact details).
    /// </summary>
    private bool HoldsNamedEntity(OpenPlace place)
    {
        var name = $" {Understanding.TextNormalizer.Fold(place.Name)} ";
        return e.Organisations.Any(o => name.Contains($" {Understanding.TextNormalizer.Fold(o.Name)} ", StringComparison.Ordinal));
    }

    /// <summary>
    /// True when the question is the place's name and its commune and nothing else (« la médiathèque de Baugé ? »): every
    /// word it holds is a word of the name or of the commune. Only for places the roadmap does not describe: « France
    /// Services à Candé ? » keeps the roadmap's answer.
    /// </summary>
    private bool Wholly(OpenPlace place, IEnumerable<string> words)
    {
        var own = OpenPlaceMatcher.Words(place.Name).Concat(OpenPlaceMatcher.Words(place.CommuneName)).ToHashSet(StringComparer.Ordinal);
        return words.Where(w => w.Length > 1 && !Understanding.FrenchWords.StopWords.Contains(w) && !state.PlaceDetails.HasWord(w))
            .All(w => own.Contains(w) || own.Contains(w.Length > 4 && w[^1] is 's' or 'x' ? w[..^1] : w));
    }

    /// <summary>How many words of the place's name, its kind aside (« France Services » is no name), the question holds.</summary>
    private int SharedWords(OpenPlace place, IEnumerable<string> words)
    {
        var kinds = state.PlaceDetails.KindWords;
        var name = OpenPlaceMatcher.Words(place.Name).Where(w => !kinds.Contains(w) && !kinds.Contains(w + "s")).ToHashSet(StringComparer.Ordinal);
        return words.Distinct(StringComparer.Ordinal).Count(w => name.Contains(w) || (w.Length > 4 && w[^1] is 's' or 'x' && name.Contains(w[..^1])));
    }

    /// <summary>The weekday named in the question (Monday = 0), for « ouvert le samedi ? ».</summary>
    private int? Weekday()
    {
        for (var d = 0; d < 7; d++)
        {
            if (q.Words.Contains(OpeningHours.DayName(d)))
            {
                return d;
            }
        }

        return null;
    }
}
