using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Answering;

/// <summary>What a governance question asks about the agreement or an instance.</summary>
internal enum GovernanceFocus
{
    None,
    Frequency,
    Composition,
    Duration,
    Withdrawal,
    Joining,
    Objectives,
    Signatories,
}

internal sealed partial class Composer
{
    /// <summary>"Que fait Anjou Numérique ?": role, actions and groups it leads, commitments, where it acts, contacts.</summary>
    public Answer Organisation(IKnowledgeEntity entity, Scope? scope = null, bool actionsFirst = false)
    {
        var answer = New(QuestionKinds.Organisation);
        answer.Title = entity is Organisation { FullName: { } full } && !string.Equals(full, entity.Name, StringComparison.Ordinal) ? $"{entity.Name} — {full}" : entity.Name;
        answer.Source(entity.Id);
        var organisation = entity as Organisation;
        var unit = entity as OrganisationUnit;
        var description = organisation?.Description ?? unit?.Description;

        // In a place: what it does there first.
        if (scope?.Territory is { } territory)
        {
            foreach (var (actor, where) in ActorsIn(territory).Where(a => a.Actor.ActorId == entity.Id))
            {
                answer.Fact($"{Labels.Capitalize(Names.Of(Kb, where))} : {actor.Role}", where);
            }

            foreach (var staff in Kb.StaffOf(territory).Where(s => s.EmployerId == entity.Id))
            {
                AddStaff(answer, staff);
            }
        }

        if (!actionsFirst)
        {
            answer.Summary = description;
        }

        var actions = Kb.ActionsLedBy(entity.Id);
        foreach (var action in actions)
        {
            answer.Fact($"Porte l'action {action.Code} « {action.Title} »{(action.LeadsInherited ? " (avec l'action dont elle fait partie)" : "")}", action.Id);
        }

        foreach (var group in Kb.WorkingGroupsLedBy(entity.Id))
        {
            answer.Fact($"Anime le groupe de travail « {group.Title} »", group.Id);
        }

        if (actionsFirst)
        {
            if (actions.Count == 0)
            {
                answer.Fact($"{entity.Name} ne porte pas d'action de la feuille de route", entity.Id);
            }

            answer.Summary = description;
        }

        if (unit is not null)
        {
            answer.Fact($"Service de {Names.Of(Kb, unit.OrganisationId)}", unit.OrganisationId);
        }

        if (organisation is not null)
        {
            if (organisation.ParentId is { } parent)
            {
                answer.Fact($"Rattaché à {Names.Of(Kb, parent)}", parent);
            }

            foreach (var commitment in organisation.Commitments.Take(3))
            {
                answer.Fact($"Engagement : {commitment}", organisation.Id);
            }

            var children = Kb.Organisations.Where(o => o.ParentId == organisation.Id).ToList();
            answer.Fact(children.Count > 0 ? $"Anime {Labels.Enumerate(children.Select(c => c.Name))}" : null, children.FirstOrDefault()?.Id);
            var units = Kb.UnitsOf(organisation);
            answer.Fact(units.Count > 0 ? $"Services cités : {Labels.Capped(units.Select(u => u.Name), 6)}" : null, organisation.Id);
            answer.Fact(organisation.IsMember ? $"Membre de la {Kb.Document.Network}" : null, organisation.Id);
            var instances = Kb.Instances.Where(i => i.MemberIds.Contains(organisation.Id)).ToList();
            answer.Fact(instances.Count > 0 ? $"Siège au {Labels.Enumerate(instances.Select(i => i.Name.ToLowerInvariant()))}" : null, instances.FirstOrDefault()?.Id);
        }

        // Where it acts in the territories.
        if (scope is null)
        {
            var roles = Kb.Territories.SelectMany(ActorsIn).Where(a => a.Actor.ActorId == entity.Id).ToList();
            foreach (var (actor, where) in roles.Take(3))
            {
                answer.Fact($"{Labels.Capitalize(Names.Of(Kb, where))} : {actor.Role}", where);
            }

            if (roles.Count > 3)
            {
                answer.Fact($"Présent aussi dans {Labels.Capped(roles.Skip(3).Select(r => Names.Of(Kb, r.Where)), 5)}", roles[3].Where);
            }
        }

        foreach (var place in Kb.Places.Where(p => p.OperatorIds.Contains(entity.Id)))
        {
            answer.Fact($"Porte {place.Name}", place.Id);
            answer.Place(place);
        }

        foreach (var person in Kb.PeopleOf(entity.Id))
        {
            answer.Person(person);
        }

        answer.FollowUp($"Qui est le contact {Labels.De(entity.Name)} ?");
        if (actions.Count > 0)
        {
            answer.FollowUp($"Qui porte l'action {actions[0].Code} ?");
        }

        return answer.Build();
    }

    /// <summary>"Qui est le contact des Francas ?": the people the document names for a structure (never a phone number or an e-mail).</summary>
    public Answer Contacts(IKnowledgeEntity subject, string? missing)
    {
        var answer = New(QuestionKinds.Contacts);
        answer.Title = missing is null ? $"Contacts — {subject.Name}" : $"Coordonnées — {subject.Name}";
        // A closed place is said closed first ("le cybercentre de Champigné est-il encore ouvert ?").
        answer.Summary = subject is Place { Closed: { } closed }
            ? $"{subject.Name} est fermé depuis {closed}, d'après la feuille de route.{(missing is null ? "" : " " + MissingLine(missing, subject.Name))}"
            : MissingLine(missing, subject.Name);
        answer.Source(subject.Id);
        var people = PeopleFor(subject).ToList();
        switch (subject)
        {
            case RoadmapAction action:
                answer.Fact($"Action {action.Code} « {action.Title} » : portée par {Names.LeadsOf(Kb, action)}", action.Id);
                break;
            case WorkingGroup group when Names.LeadsOf(Kb, group) is { Length: > 0 } lead:
                answer.Fact($"Groupe de travail « {group.Title} » : animé par {lead}", group.Id);
                break;
        }

        foreach (var person in people)
        {
            answer.Person(person);
        }

        var leads = subject switch { RoadmapAction a => a.Leads, WorkingGroup g => g.Leads, _ => [] };
        foreach (var lead in LeadsWithoutPeople(leads).Where(_ => leads.Count > 0))
        {
            var organisation = Names.Of(Kb, lead.OrganisationId);
            answer.Fact(lead.UnitId is { } unit
                ? $"La feuille de route ne nomme aucun participant pour {Names.Of(Kb, unit)} ({organisation}) : adressez-vous à {organisation}"
                : $"La feuille de route ne nomme aucun participant pour {organisation}", lead.UnitId ?? lead.OrganisationId);
        }

        if (people.Count == 0 && leads.Count == 0)
        {
            answer.Fact($"La feuille de route ne nomme pas de contact pour {subject.Name}", subject.Id);
            var responsible = Responsible(subject).ToList();
            foreach (var id in responsible)
            {
                var theirs = Kb.PeopleOf(id);
                answer.Fact($"{Labels.Capitalize(Names.Actor(Kb, id))} en est responsable{(theirs.Count > 0 ? " ; contacts : " + Labels.Enumerate(theirs.Select(p => p.Name)) : "")}", id);
                theirs.ToList().ForEach(p => answer.Person(p));
            }
        }
        else if (people.Count > 0)
        {
            var roles = people.Where(p => p.IsParticipant).ToList();
            answer.Fact(roles.Count > 0 ? $"{Labels.Enumerate(roles.Select(p => p.Name))} {(roles.Count > 1 ? "ont participé" : "a participé")} à la construction de la feuille de route" : null, roles.FirstOrDefault()?.Id);
            foreach (var signatory in people.Where(p => p.IsSignatory))
            {
                answer.Fact($"{signatory.Name}, {signatory.Function}, {SignedWhat(signatory)}", signatory.Id);
            }
        }

        answer.FollowUp(subject switch
        {
            Model.Organisation or OrganisationUnit => $"Que fait {subject.Name} ?",
            RoadmapAction action => $"Quelles sont les actions de l'axe {action.Code[..1]} ?",
            WorkingGroup => "Quels sont les groupes de travail ?",
            Topic topic => $"Quelles actions pour « {topic.Name} » ?",
            _ => $"Qui s'occupe {Labels.De(subject.Name)} ?",
        });
        return answer.Build();
    }

    /// <summary>"Qui est Judith Borbely ?".</summary>
    public Answer Person(Person person, string? missing = null)
    {
        var answer = New(QuestionKinds.Contacts);
        answer.Title = person.Name;
        answer.Summary = MissingLine(missing, person.Name);
        answer.Person(person);
        var structure = Names.StructureOf(Kb, person);
        answer.Fact(person.Function is { } function ? $"{person.Name} : {function}" : $"{person.Name} : {structure}", person.Id);
        answer.Fact(person.IsParticipant ? $"A participé à la construction de la feuille de route pour {structure}" : null, person.Id);
        answer.Fact(person.IsSignatory ? Labels.Capitalize(SignedWhat(person)) : null, person.Id);
        foreach (var (text, source) in WorkOf(Kb, person))
        {
            answer.Fact(text, source).Source(source);
        }

        answer.Source(person.StructureId).Source(person.UnitId);
        answer.FollowUp($"Que fait {Names.Of(Kb, person.StructureId)} ?");
        return answer.Build();
    }

    /// <summary>"La feuille de route ne donne pas d'horaires d'ouverture pour la France Services de Durtal : voici ce qu'elle en dit."</summary>
    private static string? MissingLine(string? missing, string subject) =>
        missing is null ? null : $"La feuille de route ne donne {missing} pour {subject} : voici ce qu'elle en dit.";

    /// <summary>"leur mail ?" with nothing to say whose: what the document never gives, and what to ask instead.</summary>
    public Answer Details(string missing, string? of = null)
    {
        var answer = New(QuestionKinds.Details);
        answer.Title = of is null ? "Coordonnées" : $"Coordonnées — {of}";
        answer.Summary = $"La feuille de route ne donne {missing}{(of is null ? "" : $" pour {of}")} : elle nomme des structures et des personnes, sans leurs coordonnées.";
        answer.Fact(of is null ? "Dites-moi de quelle structure ou de quelle personne il s'agit : je vous dirai qui elle est, où elle agit et qui y est nommé" : "Ses partenaires et leurs contacts : demandez « Qui sont les membres de la Mednum49 ? »");
        answer.FollowUp("Qui est le contact de Cyb@njou ?");
        return answer.Build();
    }

    private static string SignedWhat(Person person) => (person.SignedRoadmap, person.SignedAgreement) switch
    {
        (true, true) => "a signé la feuille de route et l'accord de coopération",
        (true, false) => "a signé la feuille de route",
        _ => "a signé l'accord de coopération",
    };

    private IEnumerable<Person> PeopleFor(IKnowledgeEntity subject) => subject switch
    {
        RoadmapAction action => LeadPeople(action.Leads),
        WorkingGroup group => LeadPeople(group.Leads),
        Topic topic => LeadPeople(Kb.Actions.Where(a => a.TopicIds.Contains(topic.Id)).SelectMany(a => a.Leads)
            .Concat(Kb.WorkingGroups.Where(g => g.TopicIds.Contains(topic.Id)).SelectMany(g => g.Leads))),
        OrganisationUnit unit => Kb.PeopleOf(unit.Id).Where(p => p.UnitId == unit.Id),
        _ => Kb.PeopleOf(subject.Id),
    };

    /// <summary>Who runs a place or a subdivision, when the document names no person for it.</summary>
    private IEnumerable<string> Responsible(IKnowledgeEntity subject) => subject switch
    {
        Place place => place.OperatorIds,
        Subdivision subdivision => subdivision.CarriedByIds.Concat(subdivision.Actors.Select(a => a.ActorId)).Distinct().Take(3),
        Territory territory => territory.Actors.Select(a => a.ActorId).Take(3),
        _ => [],
    };

    /// <summary>"Qui a signé la feuille de route pour la CAF ?", "Qui est le président d'Anjou Numérique ?".</summary>
    /// <param name="agreementAsked">The question names the cooperation agreement ("l'UDCCAS a signé l'accord ?").</param>
    /// <param name="signedAsked">The question asks whether the organisation signed: oui or non first.</param>
    public Answer Signatories(IKnowledgeEntity? organisation, bool agreementOnly, bool agreementAsked = false, bool signedAsked = false)
    {
        var answer = New(QuestionKinds.Governance);
        answer.FactLimit = AnswerBuilder.MaxListFacts;
        var signatories = Kb.Signatories.Where(p => organisation is null || p.StructureId == organisation.Id).Where(p => !agreementOnly || p.SignedAgreement).ToList();
        answer.Title = organisation is null
            ? agreementOnly ? "Les signataires de l'accord de coopération" : "Les signataires de la feuille de route"
            : $"Signataire — {organisation.Name}";
        foreach (var person in signatories)
        {
            answer.Fact($"{person.Name}, {person.Function} ({SignedWhat(person)})", person.Id);
            answer.Person(person);
        }

        if (signatories.Count == 0 && organisation is not null)
        {
            var people = Kb.PeopleOf(organisation.Id);
            answer.Fact($"{organisation.Name} ne figure pas parmi les signataires de la feuille de route, qui ne nomme pas ses dirigeants", organisation.Id);
            foreach (var person in people)
            {
                answer.Person(person);
            }

            if (people.Count == 0)
            {
                return answer.Build(found: false);
            }
        }

        if (organisation is not null)
        {
            answer.Summary = !signedAsked ? null : SignedYesNo(signatories, agreementAsked);
        }
        else
        {
            answer.Summary = $"{Kb.Signatories.Count(p => p.SignedRoadmap)} signataires pour la feuille de route, dont {Kb.Signatories.Count(p => p.SignedAgreement)} pour l'accord de coopération.";
        }

        answer.FollowUp("Qui compose le comité de pilotage ?");
        return answer.Build();
    }

    /// <summary>"À quelle fréquence se réunit le comité de pilotage ?".</summary>
    public Answer Instance(GovernanceInstance instance, GovernanceFocus focus)
    {
        var answer = New(QuestionKinds.Governance);
        answer.Title = instance.Name;
        var frequency = $"Se réunit {instance.Frequency}";
        var composition = $"Composé {instance.Composition}";
        if (focus == GovernanceFocus.Composition)
        {
            answer.Fact(composition, instance.Id).Fact(frequency, instance.Id);
        }
        else
        {
            answer.Fact(frequency, instance.Id).Fact(composition, instance.Id);
        }

        answer.Fact($"Rôle : {instance.Role}", instance.Id);
        if (instance.MemberIds.Count > 0)
        {
            answer.Fact($"Membres : {Labels.Enumerate(instance.MemberIds.Select(id => Names.Of(Kb, id)))}", instance.Id);
            foreach (var member in instance.MemberIds)
            {
                answer.Source(member);
            }
        }

        answer.Fact(instance.MembersNote, instance.Id);
        answer.FollowUp("Qui sont les signataires de la feuille de route ?");
        answer.FollowUp("Quelle est la durée de l'accord de coopération ?");
        return answer.Build();
    }

    /// <summary>"Quelle est la durée de l'accord de coopération ?", "Comment un partenaire peut-il quitter l'accord ?".</summary>
    public Answer Agreement(GovernanceFocus focus)
    {
        var agreement = Kb.Agreement;
        if (focus == GovernanceFocus.Signatories)
        {
            return Signatories(null, agreementOnly: true);
        }

        var answer = New(QuestionKinds.Governance);
        answer.Title = agreement.Name;
        answer.Source(agreement.Id);
        switch (focus)
        {
            case GovernanceFocus.Duration:
                answer.Fact($"L'accord est conclu pour {agreement.Duration}", agreement.Id).Fact(agreement.Renewal, agreement.Id).Fact(agreement.Amendment, agreement.Id);
                break;
            case GovernanceFocus.Withdrawal:
                answer.Fact(agreement.Withdrawal, agreement.Id);
                break;
            case GovernanceFocus.Joining:
                answer.Fact(agreement.Joining, agreement.Id);
                if (agreement.JoiningInstanceId is { } instanceId && Kb.Find<GovernanceInstance>(instanceId) is { } instance)
                {
                    answer.Fact($"{instance.Name} : {instance.Composition} ; se réunit {instance.Frequency}", instance.Id);
                }

                break;
            case GovernanceFocus.Objectives:
                foreach (var objective in agreement.Objectives)
                {
                    answer.Fact($"Objectif : {objective}", agreement.Id);
                }

                foreach (var principle in agreement.Principles)
                {
                    answer.Fact($"Principe : {principle}", agreement.Id);
                }

                break;
        }

        answer.Summary = agreement.Summary;
        if (focus is GovernanceFocus.None or GovernanceFocus.Frequency or GovernanceFocus.Composition)
        {
            answer.Fact($"Durée : {agreement.Duration}. {agreement.Renewal}", agreement.Id);
            answer.Fact(agreement.CommitmentTerms, agreement.Id);
            answer.Fact($"Instances : {Labels.Enumerate(agreement.InstanceIds.Select(id => Names.Of(Kb, id)))}", agreement.Id);
            answer.Fact(agreement.Joining, agreement.Id);
            answer.Fact(agreement.Withdrawal, agreement.Id);
        }

        answer.FollowUp("Qui sont les signataires de l'accord de coopération ?");
        answer.FollowUp("Qui compose le comité de pilotage ?");
        return answer.Build();
    }

    /// <summary>"Comment fonctionne la gouvernance ?": the three instances.</summary>
    public Answer Governance()
    {
        var answer = New(QuestionKinds.Governance);
        answer.Title = $"La gouvernance de la {Kb.Document.Network}";
        foreach (var instance in Kb.Instances)
        {
            answer.Fact($"{instance.Name} : composé {instance.Composition} ; se réunit {instance.Frequency}. {instance.Role}", instance.Id);
        }

        answer.Fact($"{Kb.Agreement.Name} : {Kb.Agreement.Duration}. {Kb.Agreement.Renewal}", Kb.Agreement.Id);
        answer.FollowUp("Qui sont les signataires de la feuille de route ?");
        return answer.Build();
    }

    /// <summary>"liste des organisations partenaires": members first.</summary>
    public Answer Organisations()
    {
        var answer = New(QuestionKinds.List);
        var members = Kb.Organisations.Where(o => o.IsMember).ToList();
        answer.Title = $"Les organisations de la {Kb.Document.Network} : {members.Count} membres et {Kb.Organisations.Count - members.Count} autres participants";
        answer.Fact($"Membres ({members.Count}) : {Labels.Enumerate(members.Select(o => o.Name))}", members.FirstOrDefault()?.Id);
        var others = Kb.Organisations.Where(o => !o.IsMember).ToList();
        answer.Fact(others.Count > 0 ? $"Autres participants : {Labels.Enumerate(others.Select(o => o.Name))}" : null, others.FirstOrDefault()?.Id);
        foreach (var organisation in Kb.Organisations)
        {
            answer.Source(organisation.Id);
        }

        answer.FollowUp($"Que fait {members.FirstOrDefault()?.Name ?? "Anjou Numérique"} ?");
        return answer.Build();
    }

    /// <summary>"France Numérique Ensemble", "Combien de conseillers numériques en Maine-et-Loire ?".</summary>
    public Answer Context(ContextFact fact)
    {
        var answer = New(QuestionKinds.Context);
        answer.Title = fact.Title;
        answer.Summary = fact.Text;
        answer.Source(fact.Id);
        foreach (var item in fact.Items)
        {
            answer.Fact(item, fact.Id);
        }

        answer.Fact(fact.Figures.Count > 0 ? $"Chiffres : {string.Join(" ; ", fact.Figures)}" : null, fact.Id);
        foreach (var about in fact.AboutIds.Take(3))
        {
            answer.Source(about);
        }

        return answer.Build();
    }

    /// <summary>An example action of a territory fiche, found by the full-text search.</summary>
    public Answer Example(ExampleAction example)
    {
        var answer = New(QuestionKinds.Territory);
        answer.Title = $"{example.Title} ({Names.Of(Kb, example.TerritoryId)})";
        answer.Fact(example.Description, example.Id);
        answer.Fact(example.Year is { } year ? $"Année : {year}" : null, example.Id);
        answer.Fact(example.ActorIds.Count > 0 ? $"Acteurs : {Labels.Enumerate(example.ActorIds.Select(id => Names.Actor(Kb, id)))}" : null, example.Id);
        foreach (var place in example.PlaceIds.Select(Kb.Find<Place>).OfType<Place>())
        {
            answer.Place(place);
        }

        answer.Source(example.TerritoryId);
        return answer.Build();
    }
}
