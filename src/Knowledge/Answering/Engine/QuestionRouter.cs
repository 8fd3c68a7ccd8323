using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Answering;

/// <summary>
/// Decides what a question asks from what was read in it — the entities it names and its French cue words — and calls
/// the composer for that kind of answer. Precise signals first (people, governance, codes, named actions and
/// structures), then places with what is asked about them, then topics, lists, and the full-text fallback.
/// </summary>
internal sealed class QuestionRouter(EngineState state, ReadQuestion q)
{
    /// <summary>Below this search confidence, the fallback says it found nothing rather than guess.</summary>
    public const double SearchThreshold = 0.5;

    private readonly Composer compose = new(state, q.Text);

    private KnowledgeBase Kb => state.Kb;

    public Answer Route()
    {
        if (q.Words.Count == 0)
        {
            return compose.Help();
        }

        var known = q.Codes.Where(c => c.Kind != ActionCodeKind.Unknown).ToList();
        if (known.Count == 0 && q.Codes.FirstOrDefault(c => c.Kind == ActionCodeKind.Unknown) is { } unknown)
        {
            return compose.UnknownCode(unknown.Code);
        }

        var e = Named.From(state, q);

        // Before off-domain words: « à quelle heure ouvre la mairie de Tiercé ? », « la médiathèque X, c'est payant ? ».
        if (known.Count == 0 && new OpenPlaceRouter(state, q, e, compose).Route() is { } openPlace)
        {
            return openPlace;
        }

        if (q.Has(Cue.OffDomain))
        {
            return compose.OutOfScope();
        }

        // "Je veux parler à un humain": who coordinates the network, not the out-of-scope message.
        // The action that coordinates the network is the one whose title says so ("Coordination de la Mednum49").
        if (q.Has(Cue.Human) && Kb.Actions.FirstOrDefault(a => Understanding.TextNormalizer.Fold(a.Title).StartsWith("coordination", StringComparison.Ordinal)
                && Understanding.TextNormalizer.Fold(a.Title).Contains(Understanding.TextNormalizer.Fold(Kb.Document.Network), StringComparison.Ordinal)) is { } coordinationAction)
        {
            return compose.Human(coordinationAction);
        }

        if (q.Has(Cue.OffTopic) && e.Topics.Count + e.Actions.Count + e.Groups.Count + e.Organisations.Count + e.Places.Count + e.Instances.Count + e.Persons.Count == 0)
        {
            return compose.OutOfScope();
        }

        if ((q.UnknownPlace ?? e.Outside) is { } place && e.Scopes.Count == 0 && e.Places.Count == 0)
        {
            return compose.OutOfScope(place);
        }

        // "Je cherche un plombier à Angers": something the base never mentions, and nothing else asked.
        if (q.UnknownSubject is not null && q.Needs.Count == 0 && !q.HasAny(IntentCues) && !q.Has(Cue.Greeting) && e.Topics.Count + e.Actions.Count + e.Groups.Count + e.Organisations.Count + e.Places.Count + e.Instances.Count == 0)
        {
            return compose.OutOfScope();
        }

        if (e.Ambiguous is { } ambiguous && !e.HasPrecise && known.Count == 0)
        {
            return Ambiguity(ambiguous);
        }

        if (e.IsEmpty && known.Count == 0 && q.Has(Cue.Greeting) && !q.HasAny(ListCues) && q.Needs.Count == 0)
        {
            return compose.Help();
        }

        return KindOfPlace(e, known) ?? Compared(e) ?? Participants(e) ?? Need(e, known) ?? People(e, known) ?? Governance(e) ?? Roadmap(e, known) ?? Figures(e) ?? Structures(e) ?? Geography(e) ?? Topics(e) ?? Lists(e) ?? Facts(e) ?? NoWorkOn(e, known) ?? Search();
    }

    /// <summary>Cues that say what is asked: with one of them, an unknown word is a detail, not the subject.</summary>
    private static readonly Cue[] IntentCues =
    [
        Cue.Who, Cue.Contact, Cue.ContactDetails, Cue.Definition, Cue.Population, Cue.HowMany, Cue.Location, Cue.List, Cue.FranceServices,
        Cue.Advisers, Cue.SocialCentres, Cue.Fablabs, Cue.Libraries, Cue.Cybercentres, Cue.SocialAction, Cue.Actions, Cue.Groups, Cue.Axes,
        Cue.Governance, Cue.Signatories, Cue.Agreement,
    ];

    private static readonly Cue[] ListCues = [Cue.List, Cue.Actions, Cue.Axes, Cue.Groups, Cue.Territories, Cue.Organisations, Cue.Governance, Cue.Subdivision];

    /// <summary>"Quel bassin n'a pas de France Services ?", "Quel territoire est le plus avancé ?": answered from the data.</summary>
    private Answer? Compared(Named e)
    {
        var territory = e.Scopes.Select(s => s.Scope).FirstOrDefault(s => s.IsTerritory)?.Territory;
        if (q.Has(Cue.Superlative) && e.Persons.Count + e.Actions.Count + e.Groups.Count == 0)
        {
            return compose.Advancement(territory);
        }

        var which = q.HasAny(Cue.List, Cue.YesNo) || q.Words.Any(w => w is "quel" or "quelle" or "quels" or "quelles" or "lesquels" or "lesquelles" or "qui");
        var places = PlaceFilter() is { } placeKind && placeKind != Answering.PlaceFilter.Advisers ? placeKind : (PlaceFilter?)null;
        var territoryLevel = q.HasAny(Cue.Territories, Cue.Epci) || q.Words.Contains("territoire");
        // "Quel territoire a le plus de France Services ?": counted from the data.
        if (which && territoryLevel && !q.Has(Cue.Subdivision) && places is { } counted && e.Scopes.Count == 0 && e.Places.Count == 0
            && MostOrFewest() is { } fewest)
        {
            return compose.MostPlaces(counted, fewest);
        }

        // "Quels groupes de travail n'ont pas d'animateur ?", "quelle action n'a pas de porteur ?".
        if (q.Has(Cue.Negation) && q.HasAny(Cue.Actions, Cue.Groups) && which && e.Actions.Count + e.Groups.Count == 0
            && q.Words.Any(w => w is "porteur" or "porteurs" or "animateur" or "animateurs" or "pilote" or "pilotes" or "responsable" or "responsables" or "lead"))
        {
            return compose.WithoutLead();
        }

        // "Quel est le plus gros EPCI ?", "l'interco la moins peuplée": ranked by the document's population figures.
        if (territoryLevel && !q.Has(Cue.Subdivision) && e.Scopes.Count == 0 && SizeAsked() is { } smallest)
        {
            return compose.MostPopulated(smallest);
        }

        var negative = q.Has(Cue.Negation) && q.HasAny(Cue.Subdivision, Cue.Territories, Cue.Epci, Cue.Communes) && which;
        // "Quel territoire n'a pas de diagnostic ?": the fiches that say, in their own words, they lack that facet.
        if (q.Has(Cue.Negation) && which && territoryLevel && territory is null && e.Scopes.Count == 0 && PlaceFilter() is null && DetailWords() is { Count: > 0 } facet)
        {
            return compose.TerritoriesLacking(facet);
        }

        if (!negative || PlaceFilter() is not { } filter || e.Places.Count > 0)
        {
            return null;
        }

        if (territoryLevel && !q.Has(Cue.Subdivision) && territory is null && filter != Answering.PlaceFilter.Advisers)
        {
            return compose.TerritoriesWithout(filter);
        }

        string[] kinds = ["bassin", "polarite", "sous-polarite", "micro-territoire", "pole"];
        var kind = kinds.FirstOrDefault(k => q.Words.Any(w => w == k || w == k + "s" || (k == "micro-territoire" && w is "micro" or "microterritoire" or "microterritoires")));
        return compose.Without(filter, kind, territory);
    }

    /// <summary>"Combien de personnes ont participé à la construction de la feuille de route ?": Annexe 4, counted.</summary>
    private Answer? Participants(Named e)
    {
        var asked = q.Has(Cue.HowMany) && q.Words.Any(w => w is "participants" or "participantes" or "participe" or "participer" or "contributeurs" or "construit" or "construction" or "coconstruit");
        return asked && e.Persons.Count + e.Organisations.Count + e.Places.Count + e.Scopes.Count + e.Actions.Count + e.Groups.Count + e.Instances.Count == 0
            && !q.Words.Any(w => w is "atelier" or "ateliers" or "permanence" or "permanences")
            ? compose.ParticipantsCount() : null;
    }

    /// <summary>
    /// "Y a-t-il une action sur la cybersécurité ?": an action or a group asked about a subject the roadmap names nowhere —
    /// answered plainly no, with what the roadmap does hold.
    /// </summary>
    private Answer? NoWorkOn(Named e, IReadOnlyList<ActionCodeMatch> known)
    {
        if (!q.HasAny(Cue.Actions, Cue.Groups) || !e.IsEmpty || known.Count > 0 || q.Has(Cue.Roadmap))
        {
            return null;
        }

        var after = -1;
        for (var i = 0; i < q.Words.Count; i++)
        {
            if (q.Words[i] is "sur" or "pour" or "concernant" or "autour" or "contre" or "dedie" or "dediee")
            {
                after = i;
            }
        }

        var subject = after < 0 ? [] : q.Words.Skip(after + 1).SkipWhile(w => w is "la" or "le" or "les" or "l" or "de" or "du" or "des" or "d" or "un" or "une").ToList();
        if (subject.Count == 0 || subject.Count > 5)
        {
            return null;
        }

        // "quelles actions pour 2024 ?": a year is not a subject; the roadmap spans its period without a finer calendar.
        if (subject.All(w => w.Length == 4 && w.All(char.IsAsciiDigit)))
        {
            return compose.RoadmapPeriod();
        }

        var first = q.Tokens[after + 1 + (q.Words.Count - after - 1 - subject.Count)];
        var last = q.Tokens[^1];
        var typed = q.Text[first.Start..(last.Start + last.Length)];
        return compose.NoWorkOn(typed);
    }

    /// <summary>"le plus gros", "le plus peuplé", "le plus d'habitants" (false); "le plus petit", "le moins peuplé" (true); else null.</summary>
    private bool? SizeAsked()
    {
        for (var i = 0; i + 1 < q.Words.Count; i++)
        {
            var (degree, next) = (q.Words[i], q.Words[i + 1]);
            var after = i + 2 < q.Words.Count ? q.Words[i + 2] : "";
            var habitants = next is "d" or "de" && after.StartsWith("habitant", StringComparison.Ordinal);
            if (degree == "plus" && (next is "gros" or "grosse" or "grand" or "grande" or "peuple" or "peuplee" or "important" or "importante" || habitants))
            {
                return false;
            }

            if ((degree == "plus" && next is "petit" or "petite") || (degree == "moins" && (next is "peuple" or "peuplee" or "important" or "importante" || habitants)))
            {
                return true;
            }
        }

        return null;
    }

    /// <summary>"le plus de …" (false), "le moins de …" (true), else null.</summary>
    private bool? MostOrFewest()
    {
        for (var i = 1; i + 1 < q.Words.Count; i++)
        {
            if (q.Words[i] is "plus" or "moins" && q.Words[i - 1] is "le" or "la" or "les" && q.Words[i + 1] is "de" or "d" or "des")
            {
                return q.Words[i] == "moins";
            }
        }

        return null;
    }

    /// <summary>"Combien de personnes inscrites aux permanences des Vallées du Haut Anjou ?": a figure of the running text.</summary>
    private Answer? Figures(Named e)
    {
        // "Quelles communes d'ALM sont sans offre ?": a figure answers a list the document does not give.
        var listed = q.Has(Cue.Negation) && q.HasAny(Cue.List, Cue.Communes);
        if (!(q.HasAny(Cue.HowMany, Cue.Population) || listed) || Kb.Figures.Count == 0)
        {
            return null;
        }

        // "Quelle commune des Mauges n'a pas d'offre complète ?": a facet of the fiche, answered from its sentences.
        if (listed && !q.HasAny(Cue.HowMany, Cue.Population) && DetailWords().Count > 0)
        {
            return null;
        }

        var text = $" {string.Join(' ', q.Words)} ";
        var scopes = e.Scopes.Select(s => s.Scope).Where(s => !s.IsDepartment).ToList();
        var about = scopes.SelectMany(s => new[] { s.Territory?.Id, s.Commune?.Id, s.Subdivision?.Id }).OfType<string>()
            .Concat(e.Places.Select(p => p.Id)).Concat(e.Organisations.Select(o => o.Id)).ToHashSet(StringComparer.Ordinal);
        var best = Kb.Figures
            .Select(f => (Figure: f, Score: f.Words.Count(w => text.Contains($" {Understanding.TextNormalizer.Fold(w)} ", StringComparison.Ordinal)),
                Here: about.Contains(f.AboutId) || (Kb.Find(f.AboutId) is ExampleAction x && about.Contains(x.TerritoryId))))
            .Where(x => x.Score > 0 && (x.Here || (about.Count == 0 && x.Score >= 2)))
            // "combien d'habitants dans les communes sans offre ?": of two figures about the same thing ("10 communes
            // (31 600hab.)"), the one that counts inhabitants when the question asks for them.
            .OrderByDescending(x => q.Has(Cue.Population) && Understanding.TextNormalizer.Fold(x.Figure.Counts).StartsWith("habitants ", StringComparison.Ordinal))
            .ThenByDescending(x => x.Score)
            .FirstOrDefault();
        return best.Figure is null ? null : compose.Figure(best.Figure);
    }

    /// <summary>
    /// "Je suis à Vihiers, où envoyer une dame de 80 ans pour ses démarches CAF ?": a need (needs.yaml) asked for a place,
    /// or with words of orientation. A public alone ("les seniors à Segré") stays a question about who acts there.
    /// </summary>
    private Answer? Need(Named e, IReadOnlyList<ActionCodeMatch> known)
    {
        if (q.Needs.Count == 0 || known.Count > 0 || e.Persons.Count + e.Actions.Count + e.Groups.Count + e.Instances.Count > 0 || q.Has(Cue.ContactDetails))
        {
            return null;
        }

        var tasks = q.Needs.Where(n => !n.Need.IsPublic).Select(n => n.Need).ToList();
        var publics = q.Needs.Where(n => n.Need.IsPublic).Select(n => n.Need).ToList();
        var orientation = q.Has(Cue.Orientation);
        var scope = e.Scopes.Select(s => s.Scope).FirstOrDefault(s => !s.IsDepartment);
        // A public alone ("aider ma grand-mère à Chalonnes") is answered by who acts there, for that public.
        if (tasks.Count == 0)
        {
            return null;
        }

        if (!orientation && (e.Places.Count > 0 || PlaceFilter() is not null || q.HasAny(Cue.Definition, Cue.WhoIs, Cue.Groups, Cue.Actions, Cue.Head, Cue.Signatories, Cue.Contact)))
        {
            return null;
        }

        // Without a place nor words of orientation, a need must be said in words of its own: "caf" alone is the organisation.
        var ownWords = q.Needs.Any(n => !n.Need.IsPublic && !q.Mentions.Any(m => m.FirstWord <= n.First && m.LastWord >= n.Last && m.Entities.Any(x => x is Organisation or OrganisationUnit)));
        if (!orientation && scope is null && (!ownWords || e.Topics.Count > 0 && e.Organisations.Count == 0))
        {
            return null;
        }

        // "Que fait la CAF pour les démarches ?", "qui chez Anjou Numérique s'occupe de la parentalité ?": the organisation
        // is the subject, not a need to orient.
        if (!orientation && e.Organisations.Count > 0 && (q.Has(Cue.Definition) || scope is null))
        {
            return null;
        }

        return compose.Need(tasks, publics, scope);
    }

    private Answer? People(Named e, IReadOnlyList<ActionCodeMatch> known)
    {
        var contact = q.HasAny(Cue.Contact, Cue.ContactDetails);
        if (e.Persons.Count > 0 && (contact || q.Has(Cue.WhoIs) || e.Count == e.Persons.Count))
        {
            return compose.Person(e.Persons[0], MissingDetails());
        }

        var organisation = e.Organisations.FirstOrDefault();
        if (q.Has(Cue.Head) && organisation is not null && !contact)
        {
            return compose.Signatories(organisation, agreementOnly: false);
        }

        if (q.Has(Cue.Signatories) && !contact)
        {
            return compose.Signatories(organisation, agreementOnly: organisation is null && q.Has(Cue.Agreement) && !q.Has(Cue.Roadmap), agreementAsked: q.Has(Cue.Agreement), signedAsked: organisation is not null);
        }

        if (!contact)
        {
            return null;
        }

        var localPlace = PlaceFilter() is { } kind && e.Scopes.FirstOrDefault(s => !s.Scope.IsDepartment).Scope is { } where ? compose.NearestPlace(where, kind) : null;
        var topics = e.Topics.Where(t => !q.NamedOnlyByDetailWords(t)).ToList();
        // "Contact au Département pour les bibliothèques": the people of the unit that leads that work, not all of its staff.
        var work = organisation is null ? [] : WorkOnTopic(e, organisation);
        // "Contact du GT financement": the one working group on the topic, not every action on it.
        var topicIds = topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var topicGroup = q.Has(Cue.Groups) && Kb.WorkingGroups.Where(g => g.TopicIds.Any(topicIds.Contains)).ToList() is [var single] ? single : null;
        var onTopic = work.Count > 0 && work.All(w => LeadsOf(w).SequenceEqual(LeadsOf(work[0]))) ? work[0] : null;
        IKnowledgeEntity? subject = e.Places.FirstOrDefault() ?? localPlace ?? onTopic ?? organisation
            ?? known.Where(k => k.Kind == ActionCodeKind.Action).Select(k => Kb.Find($"{KnowledgeIds.Action}:{k.Code}")).FirstOrDefault(a => a is not null)
            ?? e.Actions.FirstOrDefault() ?? (IKnowledgeEntity?)e.Groups.FirstOrDefault()
            ?? e.Instances.FirstOrDefault() ?? LocalSubject(e) ?? topicGroup ?? (IKnowledgeEntity?)topics.FirstOrDefault();
        if (subject is null && q.Has(Cue.ContactDetails) && !q.Has(Cue.Contact))
        {
            return compose.Details(MissingDetails()!, q.Has(Cue.Roadmap) ? Kb.Document.Network : null);
        }

        return subject is null ? null : compose.Contacts(subject, MissingDetails());
    }

    /// <summary>What contact details are asked ("ni numéro de téléphone ni adresse e-mail"), none of which the document gives.</summary>
    private string? MissingDetails()
    {
        if (!q.Has(Cue.ContactDetails))
        {
            return null;
        }

        bool Any(params string[] words) => q.Words.Any(words.Contains);
        var mail = Any("mail", "email", "mails", "courriel", "electronique") || (q.Words.Contains("adresse") && Any("e", "mail"));
        var asked = new List<string>();
        if (Any("telephone", "tel", "numero", "portable", "appeler", "telephoner"))
        {
            asked.Add("de numéro de téléphone");
        }

        if (mail)
        {
            asked.Add("d'adresse e-mail");
        }

        if (Any("adresse", "adresses", "postale") && !mail)
        {
            asked.Add("d'adresse postale");
        }

        if (Any("horaires", "horaire", "ouvert", "ouverte", "ouverts", "ouvertes", "ouverture", "rendez", "rdv"))
        {
            asked.Add("d'horaires d'ouverture");
        }

        if (Any("site", "sites", "url", "lien", "web", "facebook"))
        {
            asked.Add("d'adresse de site internet");
        }

        if (asked.Count == 0)
        {
            asked.AddRange(["de numéro de téléphone", "d'adresse e-mail"]);
        }

        return asked.Count == 1 ? $"pas {asked[0]}" : "ni " + string.Join(" ni ", asked.Select(a => a.StartsWith("d'", StringComparison.Ordinal) ? a[2..] : a[3..]));
    }

    /// <summary>The place a contact question is about: the first of its structure, commune, subdivision, territory that has named people.</summary>
    private IKnowledgeEntity? LocalSubject(Named e)
    {
        if (e.Scopes.Count == 0 || e.Scopes[0].Scope.IsDepartment)
        {
            return null;
        }

        var scope = e.Scopes[0].Scope;
        IKnowledgeEntity?[] candidates = [scope.Place, scope.Commune, scope.Subdivision, scope.Territory];
        return candidates.OfType<IKnowledgeEntity>().FirstOrDefault(c => Kb.PeopleOf(c.Id).Count > 0)
            ?? (IKnowledgeEntity?)scope.Place ?? (IKnowledgeEntity?)scope.Subdivision ?? (IKnowledgeEntity?)scope.Commune ?? scope.Territory;
    }

    private Answer? Governance(Named e)
    {
        var focus = Focus();
        if (e.Instances.Count > 0)
        {
            return compose.Instance(e.Instances[0], focus);
        }

        var strong = e.Actions.Count + e.Groups.Count + e.Places.Count + e.Scopes.Count + e.Organisations.Count;
        // "La feuille de route dure jusqu'à quand ?", "calendrier de la feuille de route": its period, and plainly no more.
        if (q.Has(Cue.Roadmap) && !q.Has(Cue.Agreement) && !e.Agreement && strong == 0 && e.Topics.Count == 0
            && (focus == GovernanceFocus.Duration || q.Words.Any(w => w is "calendrier" or "quand" or "periode" or "echeance" or "echeancier" or "planning" or "dates")))
        {
            return compose.RoadmapPeriod();
        }

        if (e.Agreement || (strong == 0 && (q.Has(Cue.Agreement) || focus is GovernanceFocus.Duration or GovernanceFocus.Withdrawal or GovernanceFocus.Joining)))
        {
            return compose.Agreement(focus);
        }

        if (q.Has(Cue.Governance) && strong == 0 && e.Topics.Count == 0)
        {
            return compose.Governance();
        }

        return null;
    }

    private GovernanceFocus Focus() =>
        q.Has(Cue.Frequency) ? GovernanceFocus.Frequency
        : q.Has(Cue.Composition) ? GovernanceFocus.Composition
        : q.Has(Cue.Duration) ? GovernanceFocus.Duration
        : q.Has(Cue.Withdrawal) ? GovernanceFocus.Withdrawal
        : q.Has(Cue.Joining) ? GovernanceFocus.Joining
        : q.Has(Cue.Objectives) ? GovernanceFocus.Objectives
        : q.Has(Cue.Signatories) ? GovernanceFocus.Signatories
        : GovernanceFocus.None;

    private Answer? Roadmap(Named e, IReadOnlyList<ActionCodeMatch> known)
    {
        if (known.Count > 0)
        {
            return WithUnwrittenDetails(Codes(known));
        }

        if (e.Actions.Count > 0)
        {
            return WithUnwrittenDetails(e.Actions.Count == 1 ? compose.Action(e.Actions[0]) : compose.Actions(e.Actions, "Actions de la feuille de route"));
        }

        if (e.Groups.Count > 0)
        {
            return WithUnwrittenDetails(compose.Group(e.Groups[0]));
        }

        if (e.Axes.Count > 0)
        {
            return compose.Axis(e.Axes[0]);
        }

        return q.Has(Cue.Groups) ? Groups(e) : null;
    }

    /// <summary>
    /// What the roadmap never gives about its actions and groups (indicators, budget, dates), each with the words that
    /// ask for it: asked, the answer says so before what the document does say.
    /// </summary>
    private static readonly (string Missing, string[] Words)[] UnwrittenDetails =
    [
        ("d'indicateurs ni de résultats", ["indicateur", "indicateurs", "evaluation", "evaluer", "evalue", "resultat", "resultats", "bilan", "kpi", "mesure", "mesurer", "impact"]),
        ("de budget", ["budget", "budgets", "montant", "montants", "euros", "enveloppe", "cout", "coute"]),
        ("de calendrier ni de dates", ["calendrier", "date", "dates", "quand", "echeance", "echeances", "echeancier", "planning", "delai", "delais", "prochaine", "prochain", "debut", "commence", "demarre", "termine"]),
    ];

    private Answer WithUnwrittenDetails(Answer answer)
    {
        var missing = UnwrittenDetails.Where(d => d.Words.Any(q.Words.Contains)).Select(d => d.Missing).ToList();
        if (missing.Count == 0 || !answer.Found)
        {
            return answer;
        }

        var note = $"La feuille de route ne donne pas {string.Join(", ni ", missing)} : voici ce qu'elle en dit.";
        return answer with { Summary = answer.Summary is { Length: > 0 } summary ? $"{note} {summary}" : note };
    }

    private Answer Codes(IReadOnlyList<ActionCodeMatch> known)
    {
        var first = known[0];
        if (first.Kind == ActionCodeKind.Axis && Kb.Find<Axis>($"{KnowledgeIds.Axis}:{first.Code}") is { } axis)
        {
            return compose.Axis(axis);
        }

        var actions = known.SelectMany(k => k.Codes).Distinct().Select(c => Kb.Find<RoadmapAction>($"{KnowledgeIds.Action}:{c}")).OfType<RoadmapAction>().ToList();
        if (actions.Count == 1)
        {
            return compose.Action(actions[0]);
        }

        var title = first.Kind == ActionCodeKind.Group ? $"Actions {first.Code}" : "Actions de la feuille de route";
        return compose.Actions(actions, title);
    }

    /// <summary>The working groups a question is about: by topic or leader, ranked by the search, or all of them.</summary>
    private Answer Groups(Named e)
    {
        var topics = e.Topics.Select(t => t.Id)
            .Concat(e.Organisations.SelectMany(o => o switch { Organisation org => org.TopicIds, OrganisationUnit unit => unit.TopicIds, _ => [] }))
            .ToHashSet(StringComparer.Ordinal);
        var territories = e.Scopes.Select(s => s.Scope.Territory?.Id).OfType<string>().ToHashSet(StringComparer.Ordinal);
        var ranking = state.Search(q.Text, 30).Where(h => h.Kind == KnowledgeIds.Group).ToList();
        int Rank(string id) => ranking.FindIndex(h => h.Id == id) is var i and >= 0 ? i : int.MaxValue;

        var tagged = Kb.WorkingGroups
            .Where(g => g.TopicIds.Any(topics.Contains) || g.TerritoryIds.Any(territories.Contains) || e.Organisations.Any(o => g.Leads.Any(l => l.OrganisationId == o.Id || l.UnitId == o.Id)))
            .OrderBy(g => Rank(g.Id))
            .ToList();
        if (tagged.Count > 0)
        {
            return compose.Groups(tagged, "Groupes de travail");
        }

        // "Un groupe de travail sur les gens du voyage ?", "groupe de travail à Cholet": none of the roadmap's groups.
        var localTerritory = e.Scopes.Select(s => s.Scope.Territory).OfType<Territory>().FirstOrDefault();
        if (e.Topics.Count > 0 || localTerritory is not null)
        {
            var nearest = ranking.Select(h => Kb.Find<WorkingGroup>(h.Id)).OfType<WorkingGroup>().Take(2).ToList();
            return compose.NoGroup(e.Topics, localTerritory, nearest);
        }

        var hits = ranking.Where(h => h.Confidence >= SearchThreshold).Select(h => Kb.Find<WorkingGroup>(h.Id)).OfType<WorkingGroup>().Take(3).ToList();
        var asksAbout = q.Words.Any(w => w.Length > 2 && !Understanding.FrenchWords.StopWords.Contains(w) && !Understanding.FrenchWords.CommonWords.Contains(w) && !CueLexicon.Words.Contains(w));
        if (hits.Count > 0 && asksAbout && !q.Has(Cue.List))
        {
            return compose.Groups(hits, "Groupes de travail");
        }

        return compose.Groups(Kb.WorkingGroups, $"Les {Kb.WorkingGroups.Count} groupes de travail de la feuille de route");
    }

    private Answer? Structures(Named e)
    {
        if (e.Places.Count > 0)
        {
            return compose.Place(e.Places[0], whoAsked: q.HasAny(Cue.Who, Cue.WhoIs));
        }

        if (e.Examples.Count > 0 && e.Organisations.Count + e.Actions.Count + e.Groups.Count == 0)
        {
            return compose.Example(e.Examples[0]);
        }

        if (e.Organisations.Count > 0 && OrganisationOnTopic(e) is { } work)
        {
            return work;
        }

        if (e.Organisations.Count > 0)
        {
            var scope = e.Scopes.Count > 0 ? e.Scopes[0].Scope : null;
            return compose.Organisation(e.Organisations[0], scope is { IsDepartment: false } ? scope : null, actionsFirst: q.Has(Cue.Actions));
        }

        return null;
    }

    /// <summary>
    /// "Qui s'occupe des gens du voyage au Département ?": an organisation and a topic named together ask for what that
    /// organisation (or one of its services) leads on the topic — action B.6 and its service's people — not for
    /// everything it does. Null when it leads nothing on it: then the organisation's own answer says what it does.
    /// </summary>
    private Answer? OrganisationOnTopic(Named e)
    {
        var organisation = e.Organisations[0];
        var work = WorkOnTopic(e, organisation);
        var actions = work.OfType<RoadmapAction>().ToList();
        return (actions.Count, work.Count - actions.Count) switch
        {
            (1, 0) => compose.Action(actions[0]),
            (0, 1) => compose.Group(work.OfType<WorkingGroup>().First()),
            ( > 1, _) => compose.Actions(actions, $"{organisation.Name} — {Labels.Enumerate(NamedTopics(e, organisation).Select(t => Names.Of(Kb, t)))}"),
            _ => null,
        };
    }

    /// <summary>The topics named besides the organisation's own name ("bibliothèques", not the "Bibliopôle" it contains).</summary>
    private HashSet<string> NamedTopics(Named e, IKnowledgeEntity organisation)
    {
        var mentionsOfOrganisation = q.Mentions.Where(m => m.Entities.Contains(organisation)).ToList();
        return e.Topics
            .Where(t => !q.NamedOnlyByDetailWords(t)
                && !q.Mentions.Where(m => m.Entities.Contains(t)).All(m => mentionsOfOrganisation.Any(o => o.FirstWord <= m.FirstWord && m.LastWord <= o.LastWord)))
            .Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
    }

    /// <summary>The actions and working groups on the named topics that the organisation (or one of its units) leads.</summary>
    private List<IKnowledgeEntity> WorkOnTopic(Named e, IKnowledgeEntity organisation)
    {
        var topics = NamedTopics(e, organisation);
        if (topics.Count == 0)
        {
            return [];
        }

        bool LedByIt(IReadOnlyList<Lead> leads) => leads.Any(l => l.OrganisationId == organisation.Id || l.UnitId == organisation.Id);
        return
        [
            .. Kb.Actions.Where(a => a.TopicIds.Any(topics.Contains) && LedByIt(a.Leads)),
            .. Kb.WorkingGroups.Where(g => g.TopicIds.Any(topics.Contains) && LedByIt(g.Leads)),
        ];
    }

    private static IEnumerable<Lead> LeadsOf(IKnowledgeEntity work) => work switch
    {
        RoadmapAction a => a.Leads,
        WorkingGroup g => g.Leads,
        _ => [],
    };

    private Answer? Geography(Named e)
    {
        if (e.Scopes.Count == 0)
        {
            return null;
        }

        // "France Services à Candé et à Durtal": one answer per place, merged.
        var places = e.Scopes.Where(s => !s.Scope.IsDepartment).Take(3).ToList();
        if (places.Count > 1)
        {
            var answers = places.Select(s => GeographyOf(e, s.Scope, s.Mention)).OfType<Answer>().ToList();
            return answers.Count > 1 ? compose.Merge(answers) : answers.FirstOrDefault();
        }

        return GeographyOf(e, e.Scopes[0].Scope, e.Scopes[0].Mention);
    }

    private Answer? GeographyOf(Named e, Scope scope, Mention mention)
    {
        var filter = PlaceFilter();
        if (q.Has(Cue.Location) && !scope.IsDepartment && filter is null && DetailWords().Count == 0)
        {
            return compose.Location(scope);
        }

        if (PopulationAsked())
        {
            return compose.Population(scope);
        }

        var communesAsked = q.CueSpans.Any(c => c.Cue == Cue.Communes && !mention.Covers(c.First));
        if (q.Has(Cue.HowMany) && communesAsked && filter is null)
        {
            return compose.CommunesCount(scope);
        }

        if (filter is { } f)
        {
            return compose.Places(scope, f, q.Has(Cue.HowMany));
        }

        var subdivisionsAsked = q.CueSpans.Any(c => c.Cue == Cue.Subdivision && !mention.Covers(c.First) && q.Word(c.Last).EndsWith('s'));
        // "Quelles communes dans la polarité Ocsigène ?": "polarité" names the place; the communes are asked.
        var subdivisionNamesIt = communesAsked && q.CueBefore(mention, Cue.Subdivision);
        if ((subdivisionsAsked || (q.Has(Cue.List) && q.CueSpans.Any(c => c.Cue == Cue.Subdivision && !mention.Covers(c.First)))) && !scope.IsDepartment && !subdivisionNamesIt)
        {
            return compose.Subdivisions(scope, communes: false);
        }

        if (communesAsked && (q.Has(Cue.List) || q.Word(q.CueSpans.First(c => c.Cue == Cue.Communes).Last).EndsWith('s')))
        {
            // "Quelles communes des Mauges n'ont pas d'offre complète ?": the fiche's sentence on it first.
            var communes = compose.Subdivisions(scope, communes: true);
            return scope.Territory is { } fiche ? compose.WithFicheSentences(communes, fiche, DetailWords(), q.Words) : communes;
        }

        if (scope.IsDepartment)
        {
            return Lists(e) ?? compose.Territory(scope, e.Topics);
        }

        var territoryAnswer = compose.Territory(scope, e.Topics);
        return scope.Territory is { } territory ? compose.WithFicheSentences(territoryAnswer, territory, DetailWords()) : territoryAnswer;
    }

    /// <summary>
    /// What a fiche says besides who acts where — its diagnostic, the competence, the coordination, the elected
    /// officials, membership of Anjou Numérique, the CTG — by the first letters of the words that ask for it.
    /// </summary>
    private static readonly string[] FicheFacets =
    [
        "diagnos", "instanc", "coordin", "compete", "adhere", "adhesi", "membre", "strateg", "ctg", "conventi", "commissi",
        "elus", "politiq", "dynamiq", "structura", "partiel", "feuille", "complet",
    ];

    /// <summary>The question's words that ask for one of the fiche's facets ("diagnostic", "adhérent", "instance").</summary>
    private List<string> DetailWords() =>
        [.. q.Words.Where((w, i) => w.Length >= 3 && FicheFacets.Any(f => w.StartsWith(f, StringComparison.Ordinal))
            && !q.Mentions.Any(m => m.Covers(i) && !m.Entities.All(x => x is Topic)))];

    /// <summary>"population", "combien d'habitants"; not "qui accompagne les habitants de …".</summary>
    private bool PopulationAsked() =>
        q.Has(Cue.Population)
        && (q.Has(Cue.HowMany) || !q.Has(Cue.Who) || q.CueSpans.Any(c => c.Cue == Cue.Population && !q.Word(c.First).StartsWith("habitant", StringComparison.Ordinal)));

    /// <summary>
    /// "Y a-t-il un espace jeunes à Segré ?": a kind of structure the data names (its label, after "un", "une", "des",
    /// "quel"…) asked for one place, when no cue of the kinds with their own answers (France Services…) is there.
    /// </summary>
    private Answer? KindOfPlace(Named e, IReadOnlyList<ActionCodeMatch> known)
    {
        if (known.Count > 0 || PlaceFilter() is not null || e.Scopes.Count != 1 || e.Places.Count > 0 || e.Persons.Count + e.Organisations.Count > 0)
        {
            return null;
        }

        var text = $" {string.Join(' ', q.Words)} ";
        string[] determiners = ["un", "une", "des", "d", "quel", "quels", "quelle", "quelles", "les"];
        // Each word of the label may take the plural ("des espaces jeunes", "quelles associations").
        var kind = PlaceKinds.All.FirstOrDefault(k => string.Join(' ', Understanding.TextNormalizer.Fold(Labels.PlaceKind(k)).Split(' ').Select(w => System.Text.RegularExpressions.Regex.Escape(w.TrimEnd('s')) + "s?")) is var label
            && System.Text.RegularExpressions.Regex.IsMatch(text, $"^ {label} | (?:{string.Join('|', determiners)}) {label} "));
        return kind is null ? null : compose.PlacesOfKind(e.Scopes[0].Scope, kind);
    }

    /// <summary>The kind of place or staff asked about ("France Services", "conseiller numérique", "centres sociaux"…).</summary>
    private PlaceFilter? PlaceFilter() =>
        q.Has(Cue.FranceServices) ? Answering.PlaceFilter.FranceServices
        : q.Has(Cue.Advisers) ? Answering.PlaceFilter.Advisers
        : q.Has(Cue.Fablabs) ? Answering.PlaceFilter.Fablabs
        : q.Has(Cue.SocialCentres) ? Answering.PlaceFilter.SocialCentres
        : q.Has(Cue.Cybercentres) ? Answering.PlaceFilter.Cybercentres
        : q.Has(Cue.Libraries) ? Answering.PlaceFilter.Libraries
        : q.Has(Cue.SocialAction) ? Answering.PlaceFilter.SocialAction
        : null;

    private Answer? Topics(Named e)
    {
        if (e.Topics.Count > 0)
        {
            var focus = q.Has(Cue.Groups) ? TopicFocus.Groups : q.Has(Cue.Actions) ? TopicFocus.Actions : TopicFocus.None;
            return compose.Topic(e.Topics, focus, () => [.. state.Search(q.Text, 20).Select(h => h.Id)], q.Words);
        }

        // "Qui coordonne la Mednum49 ?": the action that does it.
        if (e.Facts.Count > 0 && q.Has(Cue.Who) && state.Search(q.Text, 1, KnowledgeIds.Action) is [{ Confidence: >= SearchThreshold } hit]
            && Kb.Find<RoadmapAction>(hit.Id) is { } action)
        {
            return compose.Action(action);
        }

        return null;
    }

    private Answer? Facts(Named e) =>
        e.Facts.Count == 0 ? null : e.Facts[0].Id == NetworkFactId() ? compose.Network() : compose.Context(e.Facts[0]);

    private string? NetworkFactId() =>
        Kb.Context.FirstOrDefault(f => f.Aliases.Any(a => string.Equals(a, Kb.Document.Network, StringComparison.OrdinalIgnoreCase)) || f.Title.Contains(Kb.Document.Network, StringComparison.Ordinal))?.Id;

    private Answer? Lists(Named e)
    {
        if (PlaceFilter() is { } filter)
        {
            return compose.Places(Scope.Of(Kb, [state.Find(ScopeEntity.DepartmentId)!])!, filter, q.Has(Cue.HowMany));
        }

        if (q.Has(Cue.Axes))
        {
            return compose.Axes();
        }

        if (q.Has(Cue.Actions) && q.HasAny(Cue.List, Cue.HowMany))
        {
            // "Quelles actions pour le handicap ?": a subject the roadmap names nowhere is answered no, not with every action.
            return (q.Has(Cue.HowMany) ? null : NoWorkOn(e, [])) ?? compose.Axes(countActions: q.Has(Cue.HowMany));
        }

        if (q.Has(Cue.Territories) || (q.Has(Cue.Epci) && q.HasAny(Cue.List, Cue.HowMany)))
        {
            return compose.Territories();
        }

        if (q.Has(Cue.Subdivision) && q.HasAny(Cue.List, Cue.HowMany))
        {
            return compose.Subdivisions(Scope.Of(Kb, [state.Find(ScopeEntity.DepartmentId)!])!, communes: false);
        }

        if (q.Has(Cue.Organisations))
        {
            return compose.Organisations();
        }

        if (q.Has(Cue.Governance))
        {
            return compose.Governance();
        }

        // "Les enjeux de la feuille de route": a part of the document named whole is answered by itself.
        if ((q.Has(Cue.Roadmap) || e.Scopes.Any(s => s.Scope.IsDepartment)) && e.Facts.Count == 0)
        {
            return compose.Network();
        }

        return null;
    }

    private Answer Search()
    {
        var hits = state.Search(q.Text, 3);
        if (hits.Count == 0 || hits[0].Confidence < SearchThreshold || state.Find(hits[0].Id) is not { } entity)
        {
            return compose.NotFound();
        }

        // Three documents that hold the question equally well ("Saint"): nothing points to one of them.
        if (hits.Count == 3 && hits[2].Confidence >= hits[0].Confidence && hits[2].Score >= 0.95f * hits[0].Score)
        {
            return compose.NotFound();
        }

        return compose.Found(entity, hits[0].Confidence);
    }

    private Answer Ambiguity((Mention Mention, IReadOnlyList<IKnowledgeEntity> Candidates) ambiguous)
    {
        var (mention, candidates) = ambiguous;
        string Query(IKnowledgeEntity c) => string.Concat(q.Text.AsSpan(0, mention.Start), c.Name, q.Text.AsSpan(mention.Start + mention.Length));

        // One place left once the related names are merged ("st georges": the micro-territory and its commune): no choice to ask.
        if (compose.Shown(candidates) is [var only] && !string.Equals(Query(only), q.Text, StringComparison.Ordinal))
        {
            var resolved = QuestionReader.Read(Query(only), state);
            if (Named.From(state, resolved).Ambiguous is null)
            {
                return new QuestionRouter(state, resolved).Route();
            }
        }

        return compose.Ambiguous(mention.Text, candidates, Query);
    }
}
