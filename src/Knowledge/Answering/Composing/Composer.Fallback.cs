using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Answering;

internal sealed partial class Composer
{
    private const string WhatICanDo =
        "Je réponds aux questions sur l'accompagnement aux usages numériques en Maine-et-Loire : qui s'occupe d'un territoire ou "
        + "d'un thème, où trouver une France Services, un conseiller numérique ou un centre social, les actions et les groupes de "
        + "travail de la feuille de route 2023-2025, la gouvernance et les contacts.";

    /// <summary>A question the knowledge base does not cover: say so briefly, and what the bot can do.</summary>
    public Answer OutOfScope(string? unknownPlace = null)
    {
        var answer = New(QuestionKinds.OutOfScope);
        answer.Title = unknownPlace is null
            ? "Cette question sort du champ de la feuille de route de la Mednum49."
            : $"Je n'ai pas d'information sur {unknownPlace} : la feuille de route de la Mednum49 couvre le Maine-et-Loire.";
        answer.Summary = WhatICanDo;
        Examples(answer);
        return answer.Build(found: false);
    }

    /// <summary>An empty message, a greeting or a request for help.</summary>
    public Answer Help()
    {
        var answer = New(QuestionKinds.Help);
        answer.Title = $"Bonjour ! Je suis l'assistant de la {Kb.Document.Network}.";
        answer.Summary = WhatICanDo;
        Examples(answer);
        return answer.Build(found: false);
    }

    /// <summary>A code typed like an action's that the roadmap does not have ("B.9").</summary>
    public Answer UnknownCode(string code)
    {
        var answer = New(QuestionKinds.Action);
        var axis = Kb.Axes.FirstOrDefault(a => code.StartsWith(a.Code, StringComparison.OrdinalIgnoreCase));
        answer.Title = $"La feuille de route ne compte pas d'action {code}.";
        answer.Summary = axis is null
            ? $"Ses actions vont de {Kb.Actions[0].Code} à {Kb.Actions[^1].Code}."
            : $"Les actions de l'axe {axis.Code} sont : {string.Join(", ", Kb.ActionsOf(axis.Id).Select(a => a.Code))}.";
        answer.FollowUp(axis is null ? "Quels sont les axes de la feuille de route ?" : $"Quelles sont les actions de l'axe {axis.Code} ?");
        return answer.Build(found: false);
    }

    /// <summary>Nothing relevant found.</summary>
    public Answer NotFound()
    {
        var answer = New(QuestionKinds.OutOfScope);
        answer.Title = "Je n'ai pas trouvé de réponse à cette question dans la feuille de route de la Mednum49.";
        answer.Summary = WhatICanDo;
        Examples(answer);
        return answer.Build(found: false);
    }

    /// <summary>A name that designates several unrelated things ("Vallée"): the choices, each with a question that resolves it.</summary>
    public Answer Ambiguous(string typed, IReadOnlyList<IKnowledgeEntity> candidates, Func<IKnowledgeEntity, string> query)
    {
        var answer = New(QuestionKinds.Ambiguous);
        answer.Title = $"Plusieurs réponses sont possibles pour « {typed.Trim()} ».";
        foreach (var candidate in Shown(candidates))
        {
            answer.Choice(Describe(candidate), query(candidate));
            answer.Source(candidate.Id);
        }

        return answer.Build(confidence: AnswerConfidence.Medium);
    }

    /// <summary>
    /// The candidates offered: the most prominent ones, at most six, and one per place — a micro-territory and the
    /// commune it is named after are one choice, not two ("St Georges-sur-Loire").
    /// </summary>
    public IReadOnlyList<IKnowledgeEntity> Shown(IReadOnlyList<IKnowledgeEntity> candidates)
    {
        var standing = candidates.Min(Standing);
        var shown = new List<IKnowledgeEntity>();
        foreach (var candidate in candidates.Where(c => Standing(c) <= standing + 1).OrderBy(Standing))
        {
            if (!shown.Any(s => SamePlace(s, candidate)))
            {
                shown.Add(candidate);
            }
        }

        return shown.Take(6).ToList();
    }

    // A micro-territory or bassin and a commune it holds, under one name: one place; so are an intercommunality's fiche and
    // its official EPCI ("baugeois"). A bassin and its intercommunality are two.
    private bool SamePlace(IKnowledgeEntity a, IKnowledgeEntity b) =>
        (((a is Subdivision && b is Commune or FormerCommune) || (b is Subdivision && a is Commune or FormerCommune)) && Relations.Related(Kb, a, b))
        || (a is Model.Territory ta && b is Epci eb && ta.EpciId == eb.Id) || (b is Model.Territory tb && a is Epci ea && tb.EpciId == ea.Id);

    /// <summary>How prominent a candidate is: an intercommunality before a bassin, a bassin before a commune…</summary>
    private static int Standing(IKnowledgeEntity entity) => entity switch
    {
        Model.Territory or Epci => 1,
        Subdivision => 2,
        Model.Organisation or OrganisationUnit or RoadmapAction or WorkingGroup => 2,
        Commune => 3,
        Model.Place or Model.Person => 4,
        _ => 5,
    };

    /// <summary>"Baugeois Vallée (intercommunalité)", "L'Entente-Vallée (bassin de Baugeois Vallée)".</summary>
    public string Describe(IKnowledgeEntity entity) => entity switch
    {
        Model.Territory => $"{entity.Name} (intercommunalité)",
        Subdivision s => $"{s.Name} ({Labels.SubdivisionKind(s.Kind)} {Labels.De(Names.Of(Kb, s.TerritoryId))})",
        Commune c => $"{c.Name} (commune{(Kb.TerritoryOf(c.Id) is { } t ? $", {t.Name}" : "")})",
        FormerCommune f => $"{Names.Commune(Kb, f.Id)}",
        Place p => $"{Names.PlaceWithContext(Kb, p)}",
        Model.Organisation o => $"{o.Name} ({Labels.OrganisationKind(o.Kind)})",
        OrganisationUnit u => $"{u.Name} ({Names.Of(Kb, u.OrganisationId)})",
        RoadmapAction a => $"Action {a.Code} — {a.Title}",
        WorkingGroup g => $"Groupe de travail — {g.Title}",
        Person p => $"{p.Name} ({Names.StructureOf(Kb, p)})",
        Topic t => $"{t.Name} (thème)",
        Epci e => $"{e.Name} (intercommunalité)",
        _ => entity.Name,
    };

    /// <summary>A hit of the full-text search, answered as its kind is, said to be a best guess.</summary>
    public Answer Found(IKnowledgeEntity entity, double confidence)
    {
        var answer = entity switch
        {
            RoadmapAction action => Action(action),
            WorkingGroup group => Group(group),
            Model.Organisation or OrganisationUnit => Organisation(entity),
            Place place => Place(place),
            Model.Territory or Subdivision => Scope.Of(Kb, [entity]) is { } scope ? Territory(scope) : null,
            GovernanceInstance instance => Instance(instance, GovernanceFocus.None),
            CooperationAgreement => Agreement(GovernanceFocus.None),
            ContextFact fact => Context(fact),
            Topic topic => Topic([topic], TopicFocus.None),
            Axis axis => Axis(axis),
            ExampleAction example => Example(example),
            _ => null,
        };

        if (answer is null)
        {
            return NotFound();
        }

        return answer with
        {
            Kind = QuestionKinds.Search,
            Confidence = confidence >= 0.7 ? AnswerConfidence.Medium : AnswerConfidence.Low,
            Summary = $"Voici ce qui semble correspondre à votre question : {Describe(entity)}." + (answer.Summary is { } summary ? $" {summary}" : ""),
        };
    }

    /// <summary>Answers about several places, one after the other, each introduced by its title.</summary>
    public Answer Merge(IReadOnlyList<Answer> answers)
    {
        var facts = new List<AnswerFact>();
        foreach (var answer in answers)
        {
            facts.Add(new AnswerFact($"{answer.Title} :"));
            facts.AddRange(answer.Facts.Take(AnswerBuilder.MaxFacts / answers.Count + 2));
        }

        return answers[0] with
        {
            Title = string.Join(" / ", answers.Select(a => a.Title)),
            Summary = null,
            Facts = facts,
            People = [.. answers.SelectMany(a => a.People).DistinctBy(p => p.SourceId ?? p.Name).Take(AnswerBuilder.MaxPeople)],
            Places = [.. answers.SelectMany(a => a.Places).DistinctBy(p => p.SourceId ?? p.Name).Take(AnswerBuilder.MaxPlaces)],
            Sources = [.. answers.SelectMany(a => a.Sources).DistinctBy(s => s.Id)],
            FollowUps = [.. answers.SelectMany(a => a.FollowUps).DistinctBy(f => f.Query).Take(3)],
            Found = answers.Any(a => a.Found),
        };
    }

    private void Examples(AnswerBuilder answer)
    {
        var subdivision = Kb.Subdivisions.FirstOrDefault(s => s.CarriedByIds.Count > 0 || s.Actors.Count > 0);
        if (subdivision is not null)
        {
            answer.FollowUp($"Qui s'occupe {Labels.De(subdivision.Name)} ?");
        }

        var territory = Kb.Territories.FirstOrDefault(t => Kb.PlacesOf(t).Any(p => p.IsFranceServices));
        if (territory is not null)
        {
            answer.FollowUp($"Quelles France Services dans {territory.Name} ?");
        }

        var action = Kb.Actions.FirstOrDefault(a => a.Leads.Count > 0);
        if (action is not null)
        {
            answer.FollowUp($"Qui porte l'action {action.Code} ?");
        }
    }
}
