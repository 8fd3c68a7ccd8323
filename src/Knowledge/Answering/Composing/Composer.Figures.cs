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
            (territory.Diagnostic?.Summary, territory.Id), (territory.PartialNote, territory.Id),
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
    /// "Pourquoi pas de diagnostic à Angers Loire Métropole ?", "Y a-t-il une instance de coordination à l'agglo d'Angers ?":
    /// the territory's answer, opened by the fiche's sentences that hold the question's own words.
    /// </summary>
    /// <param name="context">The question's other words: when given, only the sentence that shares most of them is kept.</param>
    public Answer WithFicheSentences(Answer answer, Territory territory, IReadOnlyList<string> words, IReadOnlyList<string>? context = null)
    {
        if (words.Count == 0)
        {
            return answer;
        }

        static string Stem(string w) => w.Length > 6 ? w[..6] : w;
        var stems = words.Select(Stem).ToHashSet(StringComparer.Ordinal);
        // A subdivision's sentence names its subdivision ("Montrevault-sur-Èvre : la seule commune… sans offre complète").
        var best = FicheSentences(territory, "")
            .Select(x => (Sentence: x.SourceId == territory.Id || context is null ? x.Sentence : $"{Names.Of(Kb, x.SourceId)} : {x.Sentence}", x.SourceId))
            .Select(x => (x.Sentence, Score: Understanding.TextNormalizer.Tokenize(x.Sentence).Select(t => Stem(t.Text)).Distinct().Count(stems.Contains)))
            .Where(x => x.Score > 0)
            .Select(x => (x.Sentence, x.Score, Context: context is null ? 0 : Understanding.TextNormalizer.Tokenize(x.Sentence).Select(t => Stem(t.Text)).Distinct().Count(t => t.Length >= 4 && context.Any(c => Stem(c) == t))))
            .OrderByDescending(x => x.Score).ThenByDescending(x => x.Context)
            .Take(context is null ? 2 : 1)
            .Select(x => x.Sentence)
            .ToList();
        if (best.Count == 0)
        {
            return answer;
        }

        return answer with { Summary = $"D'après la fiche {Labels.De(territory.Name)} : {string.Join(" ", best)}" };
    }

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
            .OrderBy(x => Understanding.TextNormalizer.Fold(x.Sentence).Contains("plus avance", StringComparison.Ordinal) ? 0 : Understanding.TextNormalizer.Fold(x.Sentence).Contains("avance", StringComparison.Ordinal) ? 1 : 2);
        // The fiches say the same thing in several places (summary, subdivision, actor): one sentence per idea, and one
        // per territory when all are compared, so that no territory is said twice.
        var kept = new List<(Territory Territory, string Sentence, string SourceId, HashSet<string> Words)>();
        foreach (var (territory, sentence, id) in sentences)
        {
            var words = Understanding.TextNormalizer.Tokenize(sentence).Select(t => t.Text).Where(w => w.Length > 3).ToHashSet(StringComparer.Ordinal);
            var repeats = kept.Any(k => k.Territory == territory && k.Words.Intersect(words).Count() * 2 >= Math.Min(k.Words.Count, words.Count));
            if (!repeats && kept.Count(k => k.Territory == territory) < (only is null ? 1 : 5) && kept.Count < 5)
            {
                kept.Add((territory, sentence, id, words));
            }
        }

        foreach (var (territory, sentence, id, _) in kept)
        {
            answer.Fact($"{territory.Name} : {sentence}", id);
        }

        answer.FollowUp("Quels sont les territoires ?");
        return answer.Build();
    }

    /// <summary>
    /// "Quel territoire a le plus de France Services ?": the intercommunalities ranked by how many the document counts
    /// (its own count first, else the places it names).
    /// </summary>
    public Answer MostPlaces(PlaceFilter filter, bool fewest)
    {
        var answer = New(QuestionKinds.List);
        int CountIn(Territory t) => filter == PlaceFilter.FranceServices && t.FranceServicesCount is { } announced
            ? announced
            : Kb.PlacesOf(t).Count(p => p.Closed is null && Matches(p, filter));
        var ranked = Kb.Territories.Select(t => (Territory: t, Count: CountIn(t)))
            .OrderBy(x => fewest ? x.Count : -x.Count).ThenBy(x => x.Territory.Name, StringComparer.Ordinal).ToList();
        var top = ranked.TakeWhile(x => x.Count == ranked[0].Count).ToList();
        var label = Label(filter, plural: top[0].Count > 1);
        answer.Title = $"{Labels.Enumerate(top.Select(x => x.Territory.Name))} : {top[0].Count} {label}, "
            + $"{(fewest ? "le moins" : "le plus")} d'après la feuille de route 2023-2025";
        foreach (var (territory, count) in ranked.Take(6))
        {
            answer.Fact($"{territory.Name} : {count} {Label(filter, plural: count > 1)}", territory.Id);
        }

        if (ranked.Count > 6)
        {
            answer.Fact($"Les autres : {Labels.Enumerate(ranked.Skip(6).Select(x => $"{x.Territory.Name} ({x.Count})"))}");
        }

        answer.FollowUp($"Quelles {Label(filter)} dans {top[0].Territory.Name} ?".Replace("Quelles conseillers", "Quels conseillers", StringComparison.Ordinal)
            .Replace("Quelles centres", "Quels centres", StringComparison.Ordinal).Replace("Quelles fablabs", "Quels fablabs", StringComparison.Ordinal)
            .Replace("Quelles cybercentres", "Quels cybercentres", StringComparison.Ordinal));
        return answer.Build();
    }

    /// <summary>"Quel est le plus gros EPCI ?": the intercommunalities by the population the document gives.</summary>
    public Answer MostPopulated(bool smallest)
    {
        var answer = New(QuestionKinds.List);
        var ranked = Kb.Territories.Where(t => t.Population is not null)
            .OrderBy(t => smallest ? t.Population!.Value : -t.Population!.Value).ToList();
        var first = ranked[0];
        answer.Title = $"{first.Name} : {Labels.Number(first.Population!.Value)} habitants, l'intercommunalité {(smallest ? "la moins" : "la plus")} peuplée {Labels.Dated}";
        foreach (var territory in ranked.Take(9))
        {
            answer.Fact($"{territory.Name} : {territory.Population!.AsWritten}", territory.Id);
        }

        answer.FollowUp($"Combien de communes dans {first.Name} ?");
        return answer.Build();
    }

    /// <summary>"Quels groupes de travail n'ont pas d'animateur ?": the actions and groups whose lead the document does not name.</summary>
    public Answer WithoutLead()
    {
        var answer = New(QuestionKinds.List);
        var actions = Kb.Actions.Where(a => a.Leads.Count == 0).ToList();
        var groups = Kb.WorkingGroups.Where(g => g.Leads.Count == 0).ToList();
        answer.Title = actions.Count == 0
            ? $"Toutes les actions de la feuille de route ont un porteur ; {groups.Count} groupes de travail sur {Kb.WorkingGroups.Count} n'ont pas d'animateur nommé"
            : $"{actions.Count} actions sans porteur nommé et {groups.Count} groupes de travail sans animateur nommé";
        foreach (var action in actions.Take(6))
        {
            answer.Fact($"Action {action.Code} — {action.Title}", action.Id);
        }

        foreach (var group in groups.Take(6))
        {
            answer.Fact($"Groupe de travail « {group.Title} »", group.Id);
        }

        answer.FollowUp("Quels sont les groupes de travail ?");
        return answer.Build();
    }

    /// <summary>"La feuille de route dure jusqu'à quand ?": its period; the document gives no finer calendar.</summary>
    public Answer RoadmapPeriod()
    {
        var answer = New(QuestionKinds.Governance);
        answer.Title = $"La feuille de route de la {Kb.Document.Network} couvre la période 2023-2025";
        answer.Summary = "Elle ne donne pas de calendrier plus précis de ses actions.";
        answer.Fact("L'accord de coopération sur lequel elle s'appuie est conclu pour trois ans et peut être renouvelé après examen d'un bilan des actions", Kb.Agreement.Id);
        answer.Fact($"La {Kb.Document.Network} œuvre depuis près de quatre ans : un premier accord de coopération couvrait 2020-2022", Kb.Agreement.Id);

        if (Kb.Instances.FirstOrDefault(i => i.Id.Contains("pilotage", StringComparison.Ordinal)) is { } steering)
        {
            answer.Fact("Le comité de pilotage se réunit une fois par an et valide la feuille de route et son avancement", steering.Id);
        }

        answer.FollowUp("Quelles sont les actions de l'axe A ?");
        return answer.Build();
    }

    /// <summary>"Y a-t-il une action sur la cybersécurité ?": none; the axes say what the roadmap does hold.</summary>
    public Answer NoWorkOn(string subject)
    {
        var answer = New(QuestionKinds.List);
        var actions = Kb.Axes.Sum(a => Kb.ActionsOf(a.Id).Count);
        answer.Title = $"Aucune action ni aucun groupe de travail de la feuille de route ne porte sur « {subject.Trim().TrimEnd('?', '!', '.', ' ')} »";
        answer.Summary = $"Ses {actions} actions et {Kb.WorkingGroups.Count} groupes de travail se répartissent en {Kb.Axes.Count} axes :";
        foreach (var axis in Kb.Axes)
        {
            answer.Fact($"Axe {axis.Code} — {axis.Title}", axis.Id);
        }

        answer.FollowUp("Quels sont les groupes de travail ?");
        return answer.Build(confidence: AnswerConfidence.Medium);
    }

    /// <summary>"Combien de personnes ont participé à la feuille de route ?": the list of Annexe 4, counted.</summary>
    public Answer ParticipantsCount()
    {
        var answer = New(QuestionKinds.List);
        var participants = Kb.Participants;
        var byStructure = participants.GroupBy(p => Names.Of(Kb, p.StructureId) is { Length: > 0 } name ? name : Names.StructureOf(Kb, p))
            .OrderByDescending(g => g.Count()).ThenBy(g => g.Key, StringComparer.Ordinal).ToList();
        answer.Title = $"{participants.Count} personnes de {byStructure.Count} structures ont participé à la construction de la feuille de route (Annexe 4)";
        foreach (var group in byStructure.Take(5))
        {
            answer.Fact($"{group.Key} : {group.Count()} {(group.Count() == 1 ? "personne" : "personnes")}", group.First().Id);
        }

        if (byStructure.Count > 5)
        {
            answer.Fact($"Et une ou deux personnes pour chacune des {byStructure.Count - 5} autres structures");
        }

        answer.FollowUp("Qui sont les signataires de la feuille de route ?");
        return answer.Build();
    }

    /// <summary>"Quelle intercommunalité n'a pas de France Services ?": the territories where the document counts none.</summary>
    public Answer TerritoriesWithout(PlaceFilter filter)
    {
        var answer = New(QuestionKinds.List);
        bool Has(Territory t) => filter == PlaceFilter.FranceServices && t.FranceServicesCount > 0
            || Kb.PlacesOf(t).Any(p => p.Closed is null && Matches(p, filter));
        var without = Kb.Territories.Where(t => !Has(t)).ToList();
        answer.Title = $"Intercommunalités sans {Label(filter, plural: false)}";
        answer.Summary = without.Count == 0
            ? $"Aucune : d'après la feuille de route, les {Kb.Territories.Count} intercommunalités ont toutes au moins {(filter == PlaceFilter.FranceServices ? "une France Services" : $"un {Label(filter, plural: false)}")}."
            : $"D'après la feuille de route, {without.Count} intercommunalité{(without.Count > 1 ? "s" : "")} sur {Kb.Territories.Count} n'{(without.Count > 1 ? "ont" : "a")} pas de {Label(filter, plural: false)} : {Labels.Enumerate(without.Select(t => t.Name))}.";
        foreach (var territory in without.Take(6))
        {
            answer.Source(territory.Id);
        }

        answer.FollowUp($"Quels bassins n'ont pas de {Label(filter, plural: false)} ?");
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
