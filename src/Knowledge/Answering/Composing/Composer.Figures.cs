using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Answering;

internal sealed partial class Composer
{
    /// <summary>"Combien de personnes inscrites aux permanences des Vallées du Haut Anjou ?": a figure of the running text, with its phrase.</summary>
    public Answer Figure(Figure figure)
    {
        var answer = New(QuestionKinds.Figures);
        var about = Names.Of(Kb, figure.AboutId);
        answer.Title = $"{Labels.Capitalize(figure.Counts)} — {about}";
        var atLeast = Understanding.TextNormalizer.Fold(figure.AsWritten).Contains($"plus de {(int)figure.Value}", StringComparison.Ordinal) ? "Plus de " : "";
        answer.Summary = $"{atLeast}{Labels.Number((int)figure.Value)} {figure.Counts} ({about}), {Labels.Dated}.";
        answer.Fact($"La feuille de route : « {figure.AsWritten.TrimStart('-', ' ')} »", figure.AboutId);
        foreach (var other in Kb.Figures.Where(f => f.AboutId == figure.AboutId && f.Id != figure.Id && f.AsWritten == figure.AsWritten))
        {
            answer.Fact($"Aussi : {Labels.Number((int)other.Value)} {other.Counts}", other.AboutId);
        }

        if (Kb.Find(figure.AboutId) is ExampleAction example)
        {
            answer.Source(example.TerritoryId);
        }

        answer.FollowUp($"Qui s'occupe {Labels.De(about)} ?");
        return answer.Build();
    }

    /// <summary>
    /// Sentences of a territory's fiche (and its subdivisions') that hold one of the phrases, as written: what the
    /// document says about a local working group, a level of structuring…
    /// </summary>
    private IEnumerable<(string Sentence, string SourceId)> FicheSentences(Territory territory, params string[] phrases)
    {
        IEnumerable<(string? Text, string Id)> texts =
        [
            (territory.Summary, territory.Id), (territory.Note, territory.Id), (territory.Offer, territory.Id), (territory.Dynamics, territory.Id),
            (territory.Diagnostic?.Summary, territory.Id),
            .. (territory.Diagnostic?.Findings ?? []).Select(f => ((string?)f, territory.Id)),
            .. territory.Actors.Select(a => ((string?)a.Role, territory.Id)),
            .. Kb.Subdivisions.Where(s => s.TerritoryId == territory.Id)
                .SelectMany(s => new[] { (s.Description, s.Id), (s.Offer, s.Id), (s.Structuration, s.Id), (s.Dynamics, s.Id) }),
        ];
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (text, id) in texts)
        {
            foreach (var sentence in (text ?? "").Split(". ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                var folded = Understanding.TextNormalizer.Fold(sentence);
                if (phrases.Any(p => folded.Contains(p, StringComparison.Ordinal)) && seen.Add(sentence))
                {
                    yield return (Labels.Sentence(sentence), id);
                }
            }
        }
    }
}

internal sealed partial class Composer
{
    /// <summary>
    /// "Y a-t-il un groupe de travail sur les gens du voyage ?", "groupe de travail Cholet Agglomération": none of the
    /// roadmap's groups is about it; what the roadmap does on it, what the fiche says of local groups, the nearest groups.
    /// </summary>
    public Answer NoGroup(IReadOnlyList<Topic> topics, Territory? territory, IReadOnlyList<WorkingGroup> nearest)
    {
        var answer = New(QuestionKinds.Group);
        var subject = topics.Count > 0 ? Labels.Enumerate(topics.Select(t => t.Name.ToLowerInvariant())) : territory?.Name ?? "";
        answer.Title = $"Groupes de travail — {(topics.Count > 0 ? Labels.Enumerate(topics.Select(t => t.Name)) : subject)}";
        answer.Summary = topics.Count > 0
            ? $"Aucun des {Kb.WorkingGroups.Count} groupes de travail de la feuille de route ne porte sur {subject}."
            : $"Aucun des {Kb.WorkingGroups.Count} groupes de travail de la feuille de route n'est propre {Labels.At(subject)}.";
        var ids = topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        foreach (var action in Kb.Actions.Where(a => a.TopicIds.Any(ids.Contains)).Take(2))
        {
            answer.Fact($"Sur ce sujet, l'action {action.Code} « {action.Title} », portée par {Names.LeadsOf(Kb, action)}", action.Id);
        }

        if (territory is not null)
        {
            foreach (var (sentence, id) in FicheSentences(territory, "groupe de travail").Take(2))
            {
                answer.Fact($"Localement, la fiche {Labels.De(territory.Name)} mentionne : {sentence}", id);
            }
        }

        if (nearest.Count > 0)
        {
            answer.Fact($"Groupes de travail les plus proches : {Labels.Enumerate(nearest.Take(2).Select(g => $"« {g.Title.TrimEnd(' ', '?')} »{LeadSuffix(g)}"))}", nearest[0].Id);
        }

        answer.FollowUp("Quels sont les groupes de travail ?");
        return answer.Build();
    }

    /// <summary>"Quel territoire est le plus avancé ?": the document does not rank; what the fiches say of their structuring.</summary>
    public Answer Advancement(Territory? only)
    {
        var answer = New(QuestionKinds.Territory);
        answer.Title = only is null ? "Avancement des territoires" : $"Avancement — {only.Name}";
        answer.Summary = "La feuille de route ne classe pas les territoires entre eux ; voici ce que disent les fiches de leur avancement.";
        var territories = only is null ? Kb.Territories : [only];
        var sentences = territories
            .SelectMany(t => FicheSentences(t, "plus avance", "avance", "structure", "au debut", "debut de leur projet").Select(s => (t, s.Sentence, s.SourceId)))
            .OrderBy(x => Understanding.TextNormalizer.Fold(x.Sentence).Contains("plus avance", StringComparison.Ordinal) ? 0 : Understanding.TextNormalizer.Fold(x.Sentence).Contains("avance", StringComparison.Ordinal) ? 1 : 2)
            .Take(5);
        foreach (var (territory, sentence, id) in sentences)
        {
            answer.Fact($"{territory.Name} : {sentence}", id);
        }

        answer.FollowUp("Quels sont les territoires ?");
        return answer.Build();
    }

    /// <summary>"Quel bassin n'a pas de France Services ?": the subdivisions (or intercommunalities) where the document names none.</summary>
    public Answer Without(PlaceFilter filter, string? subdivisionKind, Territory? only)
    {
        var answer = New(QuestionKinds.List);
        var subdivisions = Kb.Subdivisions.Where(s => (only is null || s.TerritoryId == only.Id) && (subdivisionKind is null || s.Kind == subdivisionKind)).ToList();
        bool Has(Subdivision s) => filter == PlaceFilter.Advisers
            ? Kb.Staff.Any(st => st.IsActive && st.TerritoryId == s.TerritoryId && StaffIn(Scope.Of(Kb, [s])!).Any(x => x.Staff.Id == st.Id && x.Level != "territory"))
            : PlacesInSubdivision(s).Any(p => p.Closed is null && Matches(p, filter));
        var without = subdivisions.Where(s => !Has(s)).ToList();
        var kindLabel = subdivisionKind is null ? "bassins, polarités et micro-territoires" : Labels.SubdivisionKindPlural(subdivisionKind);
        answer.Title = $"{Labels.Capitalize(kindLabel)} sans {Label(filter, plural: false)}";
        answer.Summary = without.Count == 0
            ? $"D'après la feuille de route, tous les {kindLabel} ont au moins {(filter == PlaceFilter.FranceServices ? "une France Services" : $"un {Label(filter, plural: false)}")}."
            : $"D'après la feuille de route, {without.Count} {kindLabel} sur {subdivisions.Count} n'ont pas de {Label(filter, plural: false)} qu'elle situe chez eux.";
        foreach (var group in without.GroupBy(s => s.TerritoryId).Take(6))
        {
            answer.Fact($"{Names.Of(Kb, group.Key)} : {Labels.Enumerate(group.Select(s => s.Name))}", group.Key);
        }

        answer.Fact("Une structure de l'intercommunalité peut toutefois les desservir (permanences, itinérance) : la fiche de chaque territoire le précise");
        answer.FollowUp($"Quelles {Label(filter)} dans Anjou Bleu Communauté ?".Replace("Quelles conseillers", "Quels conseillers", StringComparison.Ordinal));
        return answer.Build();
    }
}
