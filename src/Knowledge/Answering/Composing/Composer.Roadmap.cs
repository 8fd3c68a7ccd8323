using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Answering;

/// <summary>What a topic question puts first.</summary>
internal enum TopicFocus
{
    None,
    Actions,
    Groups,
    Contacts,
}

internal sealed partial class Composer
{
    /// <summary>"Qui porte l'action B.6 ?": code, title, lead, axis, summary, related actions and contacts.</summary>
    public Answer Action(RoadmapAction action)
    {
        var answer = New(QuestionKinds.Action);
        answer.Title = $"Action {action.Code} — {action.Title}";
        answer.Summary = Labels.Sentence(action.Summary);
        answer.Fact($"Portée par : {Names.LeadsOf(Kb, action)}", action.Id);
        foreach (var lead in action.Leads)
        {
            answer.Source(lead.OrganisationId).Source(lead.UnitId);
        }

        if (Kb.Find<Axis>(action.AxisId) is { } axis)
        {
            answer.Fact($"Axe {axis.Code} : {axis.Title}{(action.Theme is { } theme ? $" (thème « {theme} »)" : "")}", axis.Id);
        }

        if (action.ParentId is { } parentId && Kb.Find<RoadmapAction>(parentId) is { } parent)
        {
            answer.Fact($"Fait partie de l'action {parent.Code} « {parent.Title} »", parent.Id);
        }

        var children = Kb.Actions.Where(a => a.ParentId == action.Id).ToList();
        if (children.Count > 0)
        {
            answer.Fact($"Sous-actions : {string.Join(" ; ", children.Select(c => $"{c.Code} « {c.Title} »"))}", children[0].Id);
        }

        if (action.TopicIds.Count > 0)
        {
            answer.Fact($"Thèmes : {string.Join(" ; ", action.TopicIds.Select(t => Names.Of(Kb, t)))}", action.Id);
        }

        foreach (var person in LeadPeople(action.Leads).Take(4))
        {
            answer.Person(person);
        }

        answer.FollowUp($"Quelles sont les actions de l'axe {action.Code[..1]} ?");
        if (action.Leads.FirstOrDefault() is { } first)
        {
            answer.FollowUp($"Que fait {Names.Of(Kb, first.UnitId ?? first.OrganisationId)} ?");
        }

        return answer.Build();
    }

    /// <summary>Several actions, one line each: code, title, lead.</summary>
    public Answer Actions(IReadOnlyList<RoadmapAction> actions, string title, string? summary = null)
    {
        var answer = New(QuestionKinds.List);
        answer.Title = title;
        answer.Summary = summary;
        foreach (var action in actions)
        {
            answer.Fact($"{action.Code} — {action.Title} : portée par {Names.LeadsOf(Kb, action)}", action.Id);
        }

        if (actions.Count == 1)
        {
            return Action(actions[0]);
        }

        answer.FollowUp($"Qui porte l'action {actions[0].Code} ?");
        return answer.Build();
    }

    /// <summary>"Quelles sont les actions de l'axe C ?": the axis, its actions and its working groups.</summary>
    public Answer Axis(Axis axis)
    {
        var answer = New(QuestionKinds.List);
        answer.Title = $"Axe {axis.Code} — {axis.Title}";
        answer.Summary = Labels.Sentence(axis.Summary);
        answer.Source(axis.Id);
        foreach (var action in Kb.ActionsOf(axis.Id))
        {
            answer.Fact($"{action.Code} — {action.Title} : portée par {Names.LeadsOf(Kb, action)}", action.Id);
        }

        foreach (var group in Kb.WorkingGroupsOf(axis.Id))
        {
            answer.Fact($"Groupe de travail : {group.Title}{LeadSuffix(group)}", group.Id);
        }

        answer.FollowUp($"Qui porte l'action {Kb.ActionsOf(axis.Id).FirstOrDefault()?.Code ?? "B.6"} ?");
        return answer.Build();
    }

    /// <summary>"Quels sont les axes de la feuille de route ?".</summary>
    /// <param name="countActions">"Combien d'actions ?": the count comes first, as the document counts them.</param>
    public Answer Axes(bool countActions = false)
    {
        var answer = New(QuestionKinds.List);
        var actionCount = Kb.Axes.Sum(a => Kb.ActionsOf(a.Id).Count);
        var groupCount = Kb.Axes.Sum(a => Kb.WorkingGroupsOf(a.Id).Count);
        var counted = $"{actionCount} actions et {groupCount} groupes de travail, répartis en {Kb.Axes.Count} axes";
        answer.Title = countActions
            ? $"La feuille de route 2023-2025 compte {counted} (« {actionCount + groupCount} actions et groupes de travail »)"
            : $"Les {Kb.Axes.Count} axes de la feuille de route 2023-2025";
        foreach (var axis in Kb.Axes)
        {
            var actions = Kb.ActionsOf(axis.Id);
            var noun = actions.Count == 1 ? "action" : "actions";
            answer.Fact($"Axe {axis.Code} — {axis.Title} ({actions.Count} {noun} : {string.Join(", ", actions.Select(a => a.Code))})", axis.Id);
        }

        answer.FollowUp($"Quelles sont les actions de l'axe {Kb.Axes[0].Code} ?");
        return answer.Build();
    }

    /// <summary>"Qui anime le groupe de travail reconditionnement ?".</summary>
    public Answer Group(WorkingGroup group)
    {
        var answer = New(QuestionKinds.Group);
        answer.Title = $"Groupe de travail — {group.Title}";
        answer.Summary = Labels.Sentence(group.Summary);
        var lead = Names.LeadsOf(Kb, group);
        answer.Fact(lead.Length > 0 ? $"Animé par : {lead}" : "La feuille de route ne nomme pas d'animateur pour ce groupe de travail", group.Id);
        foreach (var l in group.Leads)
        {
            answer.Source(l.OrganisationId).Source(l.UnitId);
        }

        if (Kb.Find<Axis>(group.AxisId) is { } axis)
        {
            answer.Fact($"Axe {axis.Code} : {axis.Title}{(group.Theme is { } theme ? $" (thème « {theme} »)" : "")}", axis.Id);
        }

        answer.Fact(group.TerritoryIds.Count > 0 ? $"Territoire : {Labels.Enumerate(group.TerritoryIds.Select(t => Names.Of(Kb, t)))}" : null, group.Id);
        foreach (var action in Kb.Actions.Where(a => a.TopicIds.Intersect(group.TopicIds).Any()).Take(2))
        {
            answer.Fact($"Action voisine : {action.Code} « {action.Title} », portée par {Names.LeadsOf(Kb, action)}", action.Id);
        }

        foreach (var person in LeadPeople(group.Leads).Take(4))
        {
            answer.Person(person);
        }

        answer.FollowUp("Quels sont les groupes de travail ?");
        return answer.Build();
    }

    /// <summary>"Quels sont les groupes de travail ?", or the groups on a topic.</summary>
    public Answer Groups(IReadOnlyList<WorkingGroup> groups, string title)
    {
        if (groups.Count == 1)
        {
            return Group(groups[0]);
        }

        var answer = New(QuestionKinds.List);
        answer.Title = title;
        foreach (var group in groups)
        {
            var axis = Kb.Find<Axis>(group.AxisId);
            answer.Fact($"{group.Title} (axe {axis?.Code}){LeadSuffix(group)}", group.Id);
        }

        answer.FollowUp($"Qui anime le groupe de travail « {groups[0].Title.TrimEnd(' ', '?')} » ?");
        return answer.Build();
    }

    /// <summary>"Qui s'occupe des gens du voyage ?": the actions, groups, structures and places on a topic.</summary>
    /// <param name="ranking">The ids the full-text search ranks first for the question, asked only when several actions compete.</param>
    /// <param name="words">The question's words: they rank what the document says of a topic the roadmap does not work on.</param>
    public Answer Topic(IReadOnlyList<Topic> topics, TopicFocus focus, Func<IReadOnlyList<string>>? ranking = null, IReadOnlyList<string>? words = null)
    {
        var answer = New(QuestionKinds.Topic);
        var ids = topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        answer.Title = Labels.Enumerate(topics.Select(t => t.Name));
        foreach (var topic in topics)
        {
            answer.Source(topic.Id);
        }

        var actions = Kb.Actions.Where(a => a.TopicIds.Any(ids.Contains)).ToList();
        var groups = Kb.WorkingGroups.Where(g => g.TopicIds.Any(ids.Contains)).ToList();
        if (ranking is not null && actions.Count + groups.Count > 1)
        {
            var ranked = ranking().ToList();
            int Rank(string id) => ranked.IndexOf(id) is var i and >= 0 ? i : ranked.Count;
            actions = [.. actions.OrderBy(a => Rank(a.Id))];
            groups = [.. groups.OrderBy(g => Rank(g.Id))];
        }

        void AddActions()
        {
            foreach (var action in actions.Take(6))
            {
                answer.Fact($"Action {action.Code} — {action.Title} : portée par {Names.LeadsOf(Kb, action)}", action.Id);
            }
        }

        void AddGroups()
        {
            foreach (var group in groups.Take(4))
            {
                answer.Fact($"Groupe de travail « {group.Title} »{LeadSuffix(group)}", group.Id);
            }
        }

        // "Quelles actions pour les seniors ?": no action of the roadmap is on it; say so, and the fiches' own actions first.
        var noRoadmapWork = actions.Count + groups.Count == 0;
        if (noRoadmapWork)
        {
            answer.Summary = $"La feuille de route ne compte ni action ni groupe de travail sur ce thème ; voici ce que font les territoires et les partenaires :";
            foreach (var example in Kb.Examples.Where(e => e.TopicIds.Any(ids.Contains)).Take(3))
            {
                answer.Fact($"Exemple ({Names.Of(Kb, example.TerritoryId)}) : {example.Title} — {example.Description}", example.Id);
            }

            // "C'est quoi la CTG ?", "qui est la coordinatrice CTG ?": a topic without a description; the document's own sentences on it.
            foreach (var (sentence, id) in TopicSentences(topics, words ?? []).Take(4))
            {
                answer.Fact(sentence, id);
            }
        }

        if (focus == TopicFocus.Groups)
        {
            AddGroups();
            AddActions();
        }
        else
        {
            AddActions();
            AddGroups();
        }

        foreach (var person in LeadPeople(actions.Take(focus == TopicFocus.Contacts ? 6 : 1).SelectMany(a => a.Leads).Concat(groups.Take(1).SelectMany(g => g.Leads))).Take(focus == TopicFocus.Contacts ? 8 : 3))
        {
            answer.Person(person);
        }

        // "Qui finance la Mednum49 ?": what the document says of the topic beyond the roadmap (France Relance, the financing partners).
        foreach (var fact in Kb.Context.Where(f => f.TopicIds.Any(ids.Contains) && f.TopicIds.Count <= 2).Take(2))
        {
            answer.Fact(fact.Text, fact.Id);
        }

        var leads = actions.SelectMany(a => a.Leads).Concat(groups.SelectMany(g => g.Leads)).SelectMany(l => new[] { l.OrganisationId, l.UnitId }).ToHashSet();
        foreach (var organisation in Kb.Organisations.Where(o => o.TopicIds.Any(ids.Contains) && !leads.Contains(o.Id)).Take(3))
        {
            answer.Fact($"{organisation.Name} : {FirstSentence(organisation.Description)}", organisation.Id);
        }

        foreach (var unit in Kb.Units.Where(u => u.TopicIds.Any(ids.Contains) && !leads.Contains(u.Id)).Take(2))
        {
            answer.Fact($"{unit.Name} ({Names.Of(Kb, unit.OrganisationId)}) : {FirstSentence(unit.Description ?? "")}", unit.Id);
        }

        var places = Kb.Places.Where(p => p.TopicIds.Any(ids.Contains)).ToList();
        if (places.Count > 0)
        {
            answer.Fact($"Dans les territoires : {Labels.Capped(places.Select(p => Names.PlaceWithContext(Kb, p)), 6)}", places[0].Id);
            places.Take(AnswerBuilder.MaxPlaces).ToList().ForEach(p => answer.Place(p));
        }

        foreach (var example in Kb.Examples.Where(e => !noRoadmapWork && e.TopicIds.Any(ids.Contains)).Take(2))
        {
            answer.Fact($"Exemple ({Names.Of(Kb, example.TerritoryId)}) : {example.Title} — {example.Description}", example.Id);
        }

        if (answer.FactCount == 0)
        {
            answer.Fact($"La feuille de route ne prévoit pas d'action sur ce thème ({answer.Title})");
        }

        answer.FollowUp(actions.Count > 0 ? $"Qui porte l'action {actions[0].Code} ?" : "Quels sont les groupes de travail ?");
        return answer.Build();
    }

    /// <summary>The Mednum49 itself: what it is, its axes, how it is governed.</summary>
    public Answer Network()
    {
        var answer = New(QuestionKinds.Context);
        var network = Kb.Context.FirstOrDefault(f => f.Aliases.Any(a => string.Equals(a, Kb.Document.Network, StringComparison.OrdinalIgnoreCase)) || f.Title.Contains(Kb.Document.Network, StringComparison.Ordinal));
        answer.Title = $"{Kb.Document.Network} — {Kb.Document.Title} ({Kb.Document.Period})";
        if (network is not null)
        {
            answer.Summary = network.Text;
            answer.Source(network.Id);
        }

        foreach (var axis in Kb.Axes)
        {
            answer.Fact($"Axe {axis.Code} — {axis.Title}", axis.Id);
        }

        foreach (var instance in Kb.Instances)
        {
            answer.Fact($"{instance.Name} : {instance.Frequency}", instance.Id);
        }

        if (state.TopicFor("coordination") is { } coordination)
        {
            foreach (var action in Kb.Actions.Where(a => a.TopicIds.Contains(coordination) && a.ParentId is null).Take(2))
            {
                answer.Fact($"Action {action.Code} « {action.Title} » : portée par {Names.LeadsOf(Kb, action)}", action.Id);
            }
        }

        answer.FollowUp("Quels sont les axes de la feuille de route ?");
        answer.FollowUp("Qui compose le comité de pilotage ?");
        return answer.Build();
    }

    private string LeadSuffix(WorkingGroup group) =>
        Names.LeadsOf(Kb, group) is { Length: > 0 } lead ? $" : animé par {lead}" : " : animateur non précisé";

    /// <summary>
    /// The working contacts of the leads: the participants of the leading unit when a unit leads (none when nobody of
    /// that unit took part: never another service of the same organisation), else of the leading organisation.
    /// Signatories (Préfet, Présidente…) signed the roadmap; they are not working contacts of an action.
    /// </summary>
    private List<Person> LeadPeople(IEnumerable<Lead> leads) =>
    [
        .. leads
            .SelectMany(l => l.UnitId is { } unit ? Kb.PeopleOf(unit).Where(p => p.UnitId == unit) : Kb.PeopleOf(l.OrganisationId))
            .Where(p => p.IsParticipant)
            .Distinct(),
    ];

    /// <summary>The leads' units that no participant belongs to ("Service ingénierie territoriale").</summary>
    private List<Lead> LeadsWithoutPeople(IEnumerable<Lead> leads) =>
        [.. leads.Where(l => !Kb.PeopleOf(l.UnitId ?? l.OrganisationId).Any(p => p.IsParticipant && (l.UnitId is null || p.UnitId == l.UnitId)))];

    private static string FirstSentence(string text)
    {
        var end = text.IndexOf(". ", StringComparison.Ordinal);
        return end > 0 ? text[..(end + 1)] : text;
    }
}
