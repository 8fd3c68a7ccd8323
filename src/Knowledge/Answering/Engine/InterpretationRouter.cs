using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Answering;

/// <summary>
/// Answers a question understood elsewhere (a model's structured output): resolves each entity — an id, a name people
/// use, an action code — with the engine's own matcher, then calls the composer for the kind. An entity the base does
/// not know gives <c>Found = false</c>; an unknown kind returns null (the engine then reads the question itself).
/// </summary>
internal sealed class InterpretationRouter(EngineState state, string question, Interpretation interpretation)
{
    private readonly Composer compose = new(state, question);

    private KnowledgeBase Kb => state.Kb;

    public Answer? Route()
    {
        var kind = interpretation.Kind?.Trim().ToLowerInvariant() ?? "";
        if (QuestionKinds.All.All(k => k.Kind != kind))
        {
            return null;
        }

        var entities = new List<IKnowledgeEntity>();
        foreach (var name in interpretation.Entities ?? [])
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }

            var resolved = Resolve(name.Trim());
            if (resolved.Count == 0)
            {
                return Unknown(name.Trim());
            }

            entities.AddRange(resolved.Where(e => !entities.Contains(e)));
        }

        var detail = interpretation.Detail?.Trim().ToLowerInvariant() ?? "";
        var scope = Scope.Of(Kb, entities.Where(e => e is Territory or Subdivision or Commune or FormerCommune or Epci or ScopeEntity).ToList());
        var topics = entities.OfType<Topic>().ToList();
        if (kind is QuestionKinds.Territory && detail.Length > 0 && ResolveTopic(detail) is { } detailTopic)
        {
            topics.Add(detailTopic);
        }

        return kind switch
        {
            QuestionKinds.Territory => scope is null ? Missing() : compose.Territory(scope, topics),
            QuestionKinds.Places => compose.Places(scope ?? Department(), Filter(detail), detail.Contains("count", StringComparison.Ordinal)),
            QuestionKinds.Place => entities.OfType<Place>().FirstOrDefault() is { } place ? compose.Place(place) : scope is null ? Missing() : compose.Territory(scope),
            QuestionKinds.Location => scope is null ? Missing() : compose.Location(scope),
            QuestionKinds.Figures => scope is null ? Missing() : detail.StartsWith("commune", StringComparison.Ordinal) ? compose.CommunesCount(scope) : compose.Population(scope),
            QuestionKinds.Action => ActionAnswer(entities),
            QuestionKinds.Topic => topics.Count == 0 ? Missing()
                : scope is not null ? compose.Territory(scope, topics)
                : compose.Topic(topics, detail switch { "groups" => TopicFocus.Groups, "actions" => TopicFocus.Actions, "contacts" => TopicFocus.Contacts, _ => TopicFocus.None }),
            QuestionKinds.Organisation => entities.FirstOrDefault(e => e is Organisation or OrganisationUnit) is { } organisation
                ? compose.Organisation(organisation, scope, actionsFirst: detail == "actions")
                : Missing(),
            QuestionKinds.Group => GroupAnswer(entities, topics),
            QuestionKinds.Governance => GovernanceAnswer(entities, detail),
            QuestionKinds.Contacts => entities.OfType<Person>().FirstOrDefault() is { } person ? compose.Person(person)
                : entities.FirstOrDefault() is { } subject ? compose.Contacts(subject, missing: null)
                : Missing(),
            QuestionKinds.List => ListAnswer(entities, scope, detail),
            QuestionKinds.Context => entities.OfType<ContextFact>().FirstOrDefault() is { } fact ? compose.Context(fact)
                : compose.Places(Department(), Answering.PlaceFilter.Advisers, howMany: true),
            _ => null,
        };
    }

    /// <summary>An id, an action code or axis, or a name as people type it.</summary>
    private List<IKnowledgeEntity> Resolve(string name)
    {
        if (state.Find(name) is { } byId)
        {
            return [byId];
        }

        var codes = state.Codes.Recognize(name).Where(c => c.Kind != ActionCodeKind.Unknown).ToList();
        if (codes.Count > 0)
        {
            return codes[0].Kind == ActionCodeKind.Axis
                ? [.. Kb.Axes.Where(a => a.Code == codes[0].Code)]
                : [.. codes[0].Codes.Select(c => Kb.Find($"{KnowledgeIds.Action}:{c}")).OfType<IKnowledgeEntity>()];
        }

        var mentions = state.Matcher.Match(name)
            .Where(m => m.Entities.Any(e => e.EntityId is not ScopeEntity.RiverId and not ScopeEntity.OutsideId))
            .OrderByDescending(m => m.Length)
            .ThenBy(m => m.Exactness)
            .ToList();
        if (mentions.Count == 0)
        {
            return [];
        }

        var entities = mentions[0].Entities.Select(e => state.Find(e.EntityId)).OfType<IKnowledgeEntity>().Where(e => e.Id is not ScopeEntity.RiverId and not ScopeEntity.OutsideId).ToList();
        var precise = entities.Where(e => e is not Topic and not ContextFact).ToList();
        var kept = precise.Count > 0 ? precise : entities;
        var components = Relations.Components(Kb, kept);
        return components.Count == 1 ? components[0] : [.. components.Select(c => c[0])];
    }

    private Topic? ResolveTopic(string detail) =>
        state.TopicFor(detail) is { } id ? Kb.Find<Topic>(id) : Resolve(detail).OfType<Topic>().FirstOrDefault();

    private Scope Department() => Scope.Of(Kb, [state.Find(ScopeEntity.DepartmentId)!])!;

    private static PlaceFilter Filter(string detail) => detail.Split('+')[0] switch
    {
        "conseillers" or "conseiller" or "advisers" or "staff" => Answering.PlaceFilter.Advisers,
        "centres-sociaux" or "centres sociaux" or "centre-social" => Answering.PlaceFilter.SocialCentres,
        "fablabs" or "fablab" => Answering.PlaceFilter.Fablabs,
        "mediatheques" or "bibliotheques" => Answering.PlaceFilter.Libraries,
        "cybercentres" => Answering.PlaceFilter.Cybercentres,
        "ccas" or "cias" => Answering.PlaceFilter.SocialAction,
        _ => Answering.PlaceFilter.FranceServices,
    };

    private Answer ActionAnswer(List<IKnowledgeEntity> entities)
    {
        if (entities.OfType<Axis>().FirstOrDefault() is { } axis)
        {
            return compose.Axis(axis);
        }

        var actions = entities.OfType<RoadmapAction>().ToList();
        return actions.Count switch
        {
            0 => entities.OfType<Topic>().ToList() is { Count: > 0 } topics ? compose.Topic(topics, TopicFocus.Actions) : Missing(),
            1 => compose.Action(actions[0]),
            _ => compose.Actions(actions, "Actions de la feuille de route"),
        };
    }

    private Answer GroupAnswer(List<IKnowledgeEntity> entities, List<Topic> topics)
    {
        var groups = entities.OfType<WorkingGroup>().ToList();
        if (groups.Count == 0 && topics.Count > 0)
        {
            groups = [.. Kb.WorkingGroups.Where(g => g.TopicIds.Any(t => topics.Any(topic => topic.Id == t)))];
        }

        if (groups.Count == 0 && entities.Count > 0)
        {
            return Missing();
        }

        return compose.Groups(groups.Count > 0 ? groups : Kb.WorkingGroups, "Groupes de travail");
    }

    private Answer GovernanceAnswer(List<IKnowledgeEntity> entities, string detail)
    {
        var focus = detail switch
        {
            "frequency" => GovernanceFocus.Frequency,
            "composition" => GovernanceFocus.Composition,
            "duration" => GovernanceFocus.Duration,
            "withdrawal" => GovernanceFocus.Withdrawal,
            "joining" => GovernanceFocus.Joining,
            "objectives" => GovernanceFocus.Objectives,
            "signatories" => GovernanceFocus.Signatories,
            _ => GovernanceFocus.None,
        };

        if (entities.OfType<GovernanceInstance>().FirstOrDefault() is { } instance)
        {
            return compose.Instance(instance, focus);
        }

        if (entities.FirstOrDefault(e => e is Organisation or OrganisationUnit) is { } organisation)
        {
            return compose.Signatories(organisation, agreementOnly: false);
        }

        if (entities.OfType<CooperationAgreement>().Any() || focus is not GovernanceFocus.None and not GovernanceFocus.Frequency and not GovernanceFocus.Composition)
        {
            return focus == GovernanceFocus.Signatories && !entities.OfType<CooperationAgreement>().Any()
                ? compose.Signatories(null, agreementOnly: false)
                : compose.Agreement(focus);
        }

        return compose.Governance();
    }

    private Answer ListAnswer(List<IKnowledgeEntity> entities, Scope? scope, string detail) => detail switch
    {
        "axes" => compose.Axes(),
        "actions" => entities.OfType<Axis>().FirstOrDefault() is { } axis ? compose.Axis(axis) : compose.Axes(),
        "groups" => compose.Groups(Kb.WorkingGroups, $"Les {Kb.WorkingGroups.Count} groupes de travail de la feuille de route"),
        "territories" => compose.Territories(),
        "subdivisions" => compose.Subdivisions(scope ?? Department(), communes: false),
        "communes" => scope is null ? Missing() : compose.Subdivisions(scope, communes: true),
        "organisations" => compose.Organisations(),
        "signatories" => compose.Signatories(null, agreementOnly: false),
        "france-services" => compose.Places(scope ?? Department(), Answering.PlaceFilter.FranceServices, howMany: false),
        _ => entities.OfType<Axis>().FirstOrDefault() is { } a ? compose.Axis(a) : compose.Axes(),
    };

    private Answer Unknown(string name)
    {
        var answer = compose.NotFound();
        return answer with { Title = $"Je ne trouve pas « {name} » dans la feuille de route de la Mednum49." };
    }

    private Answer Missing() => compose.NotFound();
}
