using System.Text;
using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Answering;

/// <summary>
/// Reads a message against the conversation's context and, when it is a follow-up, writes the complete question it
/// stands for, which the engine then answers like any other (so a follow-up gets exactly the answer of the question
/// typed in full, and an ambiguous name in it gets choices that carry the whole question):
/// <list type="bullet">
/// <item>only a place ("et à Segré ?") → the last question about that place;</item>
/// <item>only a theme or a subject ("et pour les jeunes ?", "et Envol ?") → the last question about it;</item>
/// <item>a question that names nothing ("et la France Services ?", "leur mail ?", "elle fait quoi ?", "c'est où ?",
/// "combien d'habitants ?") → that question about the last subject, place or theme, whichever it asks about;</item>
/// <item>an organisation's contact after an action ("c'est qui le contact au Département ?") → that action's contacts.</item>
/// </list>
/// Anything else is a new question: null.
/// </summary>
internal static class FollowUps
{
    /// <summary>Cues that never make a question complete on their own ("y a-t-il ?", "combien ?", "lesquels ?").</summary>
    private static readonly HashSet<Cue> Neutral = [Cue.YesNo, Cue.List, Cue.HowMany, Cue.Greeting];

    /// <summary>Asked about a whole subject (a person, a structure, an action): its contacts, what it does, where it is.</summary>
    private static readonly HashSet<Cue> SubjectAsks =
    [
        Cue.Contact, Cue.ContactDetails, Cue.Definition, Cue.WhoIs, Cue.Who, Cue.Head, Cue.Location, Cue.Actions, Cue.Groups,
        Cue.Signatories,
    ];

    /// <summary>Asked about a place: its structures, staff and figures.</summary>
    internal static readonly HashSet<Cue> PlaceAsks =
    [
        Cue.FranceServices, Cue.Advisers, Cue.SocialCentres, Cue.Fablabs, Cue.Libraries, Cue.Cybercentres, Cue.SocialAction,
        Cue.Population, Cue.Communes, Cue.Subdivision, Cue.Epci,
    ];

    /// <summary>Questions about the whole network: complete without a place or a subject.</summary>
    private static readonly HashSet<Cue> Global =
    [
        Cue.Roadmap, Cue.Axes, Cue.Governance, Cue.Territories, Cue.Organisations, Cue.Agreement, Cue.Frequency, Cue.Composition,
        Cue.Duration, Cue.Withdrawal, Cue.Joining, Cue.Objectives, Cue.OffDomain, Cue.OffTopic,
    ];

    /// <summary>Questions about the whole network that are also asked about one action, group or instance.</summary>
    private static readonly HashSet<Cue> SubjectGlobal = [Cue.Objectives, Cue.Frequency, Cue.Composition, Cue.Duration];

    private static readonly HashSet<Cue> ContactAsks = [Cue.Contact, Cue.ContactDetails, Cue.Who, Cue.WhoIs];

    public static string? Resolve(EngineState state, ConversationVocabulary vocabulary, ReadQuestion f, DialogueContext context)
    {
        var words = f.Words;
        if (words.Count == 0)
        {
            return null;
        }

        var opener = vocabulary.Openers.LengthAt(words, 0);
        var closers = Enumerable.Range(1, words.Count - 1).Where(i => vocabulary.Closers.LengthAt(words, i) == words.Count - i).Take(1).ToList();
        var closer = closers.Count > 0 ? closers[0] : words.Count;
        var followCue = opener > 0 || closer < words.Count;

        // "et le D ?" after an axis: the axis of that letter (a lone letter names nothing on its own).
        if (opener > 0 && context.Subject is { } axis && KnowledgeIds.KindOf(axis.Id) == KnowledgeIds.Axis
            && words.Skip(opener).Where(w => w is not ("le" or "l" or "la" or "axe")).ToList() is [{ Length: 1 } letter] && char.IsAsciiLetter(letter[0]))
        {
            return $"Axe {char.ToUpperInvariant(letter[0])}";
        }

        bool InCue(int i) => f.CueSpans.Any(c => c.First <= i && i <= c.Last && c.Last > c.First) || f.Mentions.Any(m => m.Covers(i));
        List<(int First, int Last)> References(PhraseSet set) => [.. set.Find(words).Where(r => r.First >= opener && !InCue(r.First))];

        // "et l'action suivante ?", "la précédente ?": the roadmap's neighbour of the action or group in question.
        if (Sibling(state, vocabulary, f, opener, context) is { } sibling)
        {
            return sibling;
        }

        // "c'est le même ?": the last question again.
        if (context.Question.Length > 0 && opener < words.Count && vocabulary.Again.LengthAt(words, opener) == words.Count - opener)
        {
            return context.Question;
        }

        // "sur combien de temps ?", "combien ?" after a figure: the figure again, whose answer says how many, of what, over
        // which period.
        if (context.Kind == QuestionKinds.Figures && context.Question.Length > 0 && words.Count <= 7 && f.Mentions.Count == 0 && f.Codes.Count == 0
            && f.Cues.Count > 0 && f.Cues.All(c => c is Cue.HowMany or Cue.Duration or Cue.YesNo))
        {
            return context.Question;
        }

        // "ça fait combien d'habitants ?" after a figure: another figure of the same sentence, asked with the first question.
        if (context.Kind == QuestionKinds.Figures && context.Question.Length > 0 && words.Count <= 7 && f.Mentions.Count == 0 && f.Codes.Count == 0
            && f.Has(Cue.HowMany) && f.Has(Cue.Population))
        {
            return $"{context.Question.TrimEnd(' ', '?')}, {f.Text.TrimEnd(' ', '?')} ?";
        }

        // "il est rattaché à quelle asso ?" after the advisers (or structures) of a place: each line of that list names its
        // structure, so the list is the answer; naming someone or something else asks about that instead.
        if (context.Kind == QuestionKinds.Places && context.Subject is null && context.Place is not null && context.Question.Length > 0
            && vocabulary.BelongsTo.Find(words).Count > 0 && f.Mentions.Count == 0 && f.Codes.Count == 0)
        {
            return context.Question;
        }

        // "la 2e est portée par qui ?" after a list: that item of the list.
        if (Ordinal(state, vocabulary, f, opener, context) is { } item)
        {
            return item;
        }

        // "la CC", "l'agglo", "ce bassin": the intercommunality or the bassin of the conversation's place.
        var intercommunality = References(vocabulary.IntercommunalityReferences);
        var subdivision = References(vocabulary.SubdivisionReferences);
        var level = intercommunality.Count > 0 ? Level(state, context, territory: true)
            : subdivision.Count > 0 ? Level(state, context, territory: false)
            : null;
        var placeReferences = References(vocabulary.PlaceReferences);
        if (level is not null)
        {
            placeReferences = [.. placeReferences, .. intercommunality, .. subdivision];
            placeReferences.Sort((a, b) => a.First.CompareTo(b.First));
        }
        var subjectReferences = References(vocabulary.SubjectReferences);
        var possessives = References(vocabulary.Possessives);
        var subjectQuestion = vocabulary.SubjectQuestions.Find(words).Any(r => r.First >= opener);
        var referred = placeReferences.Count + subjectReferences.Count + possessives.Count > 0 || subjectQuestion;
        // "une action là-dessus": the reference is not a thing the knowledge base lacks.
        var referenceWords = placeReferences.Concat(subjectReferences).Concat(possessives)
            .SelectMany(r => words.Skip(r.First).Take(r.Last - r.First + 1)).ToHashSet(StringComparer.Ordinal);
        var unknownSubject = f.UnknownSubject is { } unknown && !referenceWords.Contains(TextNormalizer.Fold(unknown)) ? unknown : null;

        var n = Named.From(state, f);
        // "et pour un jeune ?" after "où envoyer … pour ses démarches CAF à Chalonnes ?": the same need, for that public.
        if (context.Kind == QuestionKinds.Need && context.Question is { } needAsked && f.Needs.Count > 0 && f.Needs.All(x => x.Need.IsPublic)
            && n.Scopes.Count + n.Persons.Count + n.Organisations.Count + n.Places.Count + n.Actions.Count + n.Groups.Count == 0
            && opener < f.Tokens.Count)
        {
            return $"{needAsked.TrimEnd(' ', '?')}, {f.Text[f.Tokens[opener].Start..].TrimEnd(' ', '?')} ?";
        }

        if (f.UnknownPlace is not null || n.Outside is not null)
        {
            return null; // a place outside Maine-et-Loire: the engine says so, whatever came before
        }

        // "et pour des démarches ANTS ?" after an orientation, or with "et pour" after a place: that need, at that place.
        if (f.Needs.Count > 0 && !f.Needs.All(x => x.Need.IsPublic) && context.Place is { } needPlace && (context.Kind == QuestionKinds.Need || opener > 0)
            && n.Scopes.Count + n.Places.Count + n.Persons.Count + n.Actions.Count + n.Groups.Count == 0 && n.Ambiguous is null && f.Codes.Count == 0
            && opener < f.Tokens.Count)
        {
            return $"{f.Text[f.Tokens[opener].Start..].TrimEnd(' ', '?')} à {needPlace.Words} ?";
        }

        var placeLike = n.Ambiguous is { } ambiguous && ambiguous.Candidates.All(IsPlaceLike);
        var hasPlace = n.Scopes.Count > 0 || placeLike;
        var hasSubject = n.Persons.Count + n.Places.Count + n.Actions.Count + n.Groups.Count + n.Organisations.Count + n.Instances.Count + n.Axes.Count > 0
            || n.Agreement || n.Facts.Count > 0 || f.Codes.Count > 0 || (n.Ambiguous is not null && !placeLike);
        // "son téléphone ?" asks for a phone, not about the topic of equipment that "téléphone" also names.
        var hasTopic = n.Topics.Any(t => !f.NamedOnlyByDetailWords(t));
        // "pareil pour Mauges Communauté": a cue word inside a place's own name ("communauté") asks nothing.
        var nameCues = f.CueSpans.Where(c => f.Mentions.Any(m => m.FirstWord <= c.First && c.Last <= m.LastWord && m.Entities.Any(IsArea))).Select(c => c.Cue).ToHashSet();
        var asks = f.Cues.Where(c => !Neutral.Contains(c) && !(nameCues.Contains(c) && f.CueSpans.Where(s => s.Cue == c).All(s => f.Mentions.Any(m => m.FirstWord <= s.First && s.Last <= m.LastWord && m.Entities.Any(IsArea))))).ToHashSet();
        // A detail of a place from the open-data files ("quels services ?", "c'est gratuit ?") asks about the subject.
        var asksDetail = state.PlaceDetails.Find(words).Count > 0;
        var complete = asks.Count > 0 || asksDetail;

        // "qui est la conseillère d'Anjou Numérique là-bas ?": names a subject, and the place by a reference.
        if ((hasSubject || hasTopic) && !hasPlace && placeReferences.Count > 0 && (level ?? context.Place) is { } referredPlace)
        {
            var prefixed = placeReferences[0].First > 0 && Prepositions.Contains(words[placeReferences[0].First - 1]) ? "" : "à";
            return Rewrite(f, opener, closer, placeReferences, [], [], referredPlace.Words, prefixed);
        }

        // "et la conseillère d'Anjou Numérique ?" after a place: the advisers there, each with the organisation employing them.
        if (f.Has(Cue.Advisers) && !hasPlace && n.Organisations.Count == 1 && n.Persons.Count + n.Places.Count + n.Actions.Count + n.Groups.Count == 0
            && f.Codes.Count == 0 && context.Place is { } advisersPlace)
        {
            return $"Quels conseillers numériques à {advisersPlace.Words} ?";
        }

        // "et sa collègue ?": the other contacts of the person's structure.
        if (context.Subject is { } colleagueOf && state.Find(colleagueOf.Id) is Person person && vocabulary.Colleagues.Find(words).Count > 0
            && !hasPlace && n.Persons.Count == 0 && (person.UnitId is { } u ? state.Find(u) : state.Find(person.StructureId)) is { } structure)
        {
            return $"Qui sont les contacts de {structure.Name} ?";
        }

        // "c'est le centre social qui la porte ?": a question about the subject, whatever kind of structure it names.
        if ((hasPlace || hasSubject || hasTopic)
            && !((subjectQuestion || subjectReferences.Count + possessives.Count > 0) && !hasPlace && !hasSubject && (context.Subject ?? context.Place) is not null))
        {
            return Narrowed(state, n, f, asks, context) ?? Substituted(f, n, hasPlace, hasSubject, hasTopic, complete, followCue, placeLike, opener, closer, context);
        }

        // Names nothing: a question about what the conversation is about, if it asks something and says it follows.
        var listing = f.Has(Cue.List) && asks.Overlaps([Cue.Groups, Cue.Actions]);
        // "lesquels ?", "combien ?", "c'est où ?" alone: a short question that only makes sense about what came before.
        var bare = asks.Count == 0 && f.Cues.Count > 0 && words.Count <= 3;
        // "c'est quoi l'objectif ?" after an action, a group or an instance: its objective, not the agreement's.
        var ofSubject = context.Subject is { } about && KnowledgeIds.KindOf(about.Id) is KnowledgeIds.Action or KnowledgeIds.Group or KnowledgeIds.Axis or KnowledgeIds.Instance
            && asks.Overlaps(SubjectGlobal);
        if (f.UnknownPlace is not null || unknownSubject is not null || (!followCue && !referred && !bare && !ofSubject && (!complete || asks.Overlaps(Global) || listing)))
        {
            return null;
        }

        // "et les autres groupes ?", "les autres actions ?": the whole list of that kind (the axis's, for an action).
        if (vocabulary.Others.Find(words).Count > 0 && asks.Overlaps([Cue.Groups, Cue.Actions]))
        {
            var action = context.Action ?? (context.Subject is { } s0 && KnowledgeIds.KindOf(s0.Id) == KnowledgeIds.Action ? context.Subject : null);
            return asks.Contains(Cue.Groups) ? "Quels sont les groupes de travail ?"
                : action is not null && state.Find(action.Id) is RoadmapAction a && state.Find(a.AxisId) is Axis ofAction ? $"Quelles sont les actions de l'axe {ofAction.Code} ?"
                : null;
        }

        // "et Sergent ?": words that are neither a cue nor a reference name something the reader did not know; asked
        // alone, the engine may still find it (a surname, a word of a title), whereas tied to the last subject it never would.
        if (f.Cues.Count == 0 && !referred && !asksDetail
            && Enumerable.Range(opener, Math.Max(0, closer - opener)).Any(i => words[i].Length > 2 && !FrenchWords.StopWords.Contains(words[i]) && !char.IsDigit(words[i][0])))
        {
            return opener > 0 && opener < f.Tokens.Count ? f.Text[f.Tokens[opener].Start..] : null;
        }

        // "et dans toute l'agglo ?": the last question, about the intercommunality (or the bassin) of its place.
        if (level is not null && context.Place is { } levelOf && context.Question.Length > 0
            && Enumerable.Range(opener, Math.Max(0, closer - opener)).All(i => placeReferences.Any(r => r.First <= i && i <= r.Last) || FrenchWords.StopWords.Contains(words[i])))
        {
            return Replace(context.Question, levelOf, level.Name) ?? $"{Trimmed(context.Question)} à {level.Name} ?";
        }

        // "il y a une action liée ?" after a group, "et le gt associé ?" after an action: the roadmap's neighbour on the same
        // themes (the one the group's or the action's answer names).
        if (subjectReferences.Count > 0 && context.Subject is { } of && Related(state, of, asks) is { } related)
        {
            return related;
        }

        // "c'est qui ?" after "Y a-t-il un conseiller numérique à …": the same question about the place, not about the one
        // structure its answer happened to list.
        var askedAgain = context.Asked is not null && context.Place is not null && context.Subject is { Said: null } && referred == false
            && asks.Overlaps([Cue.Who, Cue.WhoIs]) && !asks.Overlaps([Cue.Contact, Cue.ContactDetails, Cue.Definition, Cue.Location]);
        var (target, connector) =
            askedAgain ? (context.Place, "à")
            : placeReferences.Count > 0 ? Pick((level ?? context.Place ?? PlaceOf(state, context.Subject), "à"), (context.Subject, "de"))
            // "il y a une action là-dessus ?" after an action on a theme: actions on that theme, not on the action.
            : asks.Overlaps([Cue.Actions, Cue.Groups]) && context.Topic is not null && context.Subject is { } s && KnowledgeIds.KindOf(s.Id) is KnowledgeIds.Action or KnowledgeIds.Group
                ? (context.Topic, "pour")
            : subjectReferences.Count + possessives.Count > 0 || subjectQuestion || asks.Overlaps(SubjectAsks) || asksDetail || ofSubject ? Pick((context.Subject, "de"), (context.Place, "à"), (context.Topic, "pour"))
            : asks.Overlaps(PlaceAsks) ? Pick((context.Place, "à"), (context.Subject, "de"), (context.Topic, "pour"))
            : Pick((context.Subject, "de"), (context.Place, "à"), (context.Topic, "pour"));
        if (target is null)
        {
            return null;
        }

        // "combien il y en a ?", "c'est qui ?" after "Quelles France Services à …": the same kind of structure, again.
        // "sur la CC", "dans ce bassin": the preposition is already there.
        if (placeReferences.Count > 0 && placeReferences[0].First > 0 && Prepositions.Contains(words[placeReferences[0].First - 1]) && connector == "à")
        {
            connector = "";
        }

        if ((ReferenceEquals(target, context.Place) || (level is not null && ReferenceEquals(target, level)))
            && context.Asked is { } asked && !asks.Overlaps(PlaceAsks.Except([Cue.Epci, Cue.Subdivision])) && !asks.Overlaps([Cue.Location, Cue.Definition]))
        {
            connector = $"{asked} {connector}".Trim();
        }

        // A pronoun stands for the subject in place ("elle fait quoi" → "Cécile HEMERY fait quoi"); for a place it goes.
        return ReferenceEquals(target, context.Subject)
            ? Rewrite(f, opener, closer, placeReferences, subjectReferences, possessives, target.Words, connector)
            : Rewrite(f, opener, closer, placeReferences, [], [.. possessives, .. subjectReferences], target.Words, connector);
    }

    /// <summary>Kinds of structure a place has ("la France Services", "le centre social").</summary>
    private static readonly HashSet<Cue> Structures = [Cue.FranceServices, Cue.SocialCentres, Cue.Fablabs, Cue.Libraries, Cue.Cybercentres, Cue.SocialAction, Cue.Advisers];

    /// <summary>What is asked about one structure of the place: where it is, how to reach it.</summary>
    private static readonly HashSet<Cue> AboutTheStructure = [Cue.Location, Cue.ContactDetails, Cue.Contact];

    private static readonly HashSet<string> Prepositions = new(["sur", "dans", "a", "au", "en", "de", "du", "pour", "chez", "par"], StringComparer.Ordinal);

    /// <summary>A commune, bassin, intercommunality or the département: what a place's own name may hold cue words of.</summary>
    private static bool IsArea(IKnowledgeEntity e) => e is Territory or Subdivision or Commune or FormerCommune or Epci;

    /// <summary>The intercommunality (or the bassin) of the conversation's place, when it is not that place already.</summary>
    private static DialogueEntity? Level(EngineState state, DialogueContext context, bool territory)
    {
        var place = context.Place ?? PlaceOf(state, context.Subject);
        if (place is null || state.Find(place.Id) is not { } entity || Scope.Of(state.Kb, [entity]) is not { } scope)
        {
            return null;
        }

        IKnowledgeEntity? wider = territory ? scope.Territory : scope.Subdivision;
        return wider is null ? place : wider.Id == place.Id ? place : new DialogueEntity(wider.Id, wider.Name);
    }

    /// <summary>The action that shares a group's themes, or the group that shares an action's.</summary>
    private static string? Related(EngineState state, DialogueEntity subject, HashSet<Cue> asks)
    {
        if (state.Find(subject.Id) is WorkingGroup group && asks.Contains(Cue.Actions) && !asks.Contains(Cue.Groups))
        {
            return state.Kb.Actions.Where(a => a.TopicIds.Intersect(group.TopicIds).Any())
                .OrderByDescending(a => a.AxisId == group.AxisId).ThenByDescending(a => a.TopicIds.Intersect(group.TopicIds).Count())
                .FirstOrDefault() is { } action ? $"action {action.Code}" : null;
        }

        if (state.Find(subject.Id) is RoadmapAction of && asks.Contains(Cue.Groups))
        {
            return state.Kb.WorkingGroups.Where(g => g.TopicIds.Intersect(of.TopicIds).Any())
                .OrderByDescending(g => g.AxisId == of.AxisId).ThenByDescending(g => g.TopicIds.Intersect(of.TopicIds).Count())
                .FirstOrDefault() is { } near
                ? $"groupe de travail « {near.Title.TrimEnd(' ', '?')} »"
                : null;
        }

        return null;
    }

    /// <summary>"la 2e est portée par qui ?", "et le premier, qui l'anime ?": the ordinal (and its article) put in place by that item of the last list.</summary>
    private static string? Ordinal(EngineState state, ConversationVocabulary vocabulary, ReadQuestion f, int opener, DialogueContext context)
    {
        var words = f.Words;
        if (context.Items.Count == 0 || f.Codes.Count > 0)
        {
            return null;
        }

        var found = vocabulary.Ordinals.Find(words).Where(r => r.First >= opener).ToList();
        var other = vocabulary.TheOther.Find(words).FirstOrDefault(r => r.First >= 0);
        int? index = found.Count == 1 ? ChoiceReply.Position(words[found[0].First], context.Items.Count)
            : found.Count == 0 && other != default && context.Items.Count >= 2
                // The item the conversation is not about: after the first, the second; after the second, the first.
                ? (context.Subject is { } s && IsAbout(context.Items[1], s) ? 0 : 1)
                : null;
        if (index is null || Named.From(state, f).Count > 0)
        {
            return null;
        }

        var span = found.Count == 1 ? found[0] : other;
        var first = span.First > 0 && span.First >= opener && words[span.First - 1] is "le" or "la" or "l" or "les" ? span.First - 1 : span.First;
        return Rewrite(f, Math.Min(opener, first), words.Count, [(first, span.Last)], [], [], context.Items[index.Value].Query, "");

        static bool IsAbout(AnswerChoice item, DialogueEntity entity) =>
            item.Query == entity.Name || item.Label == entity.Name || item.Query.Contains(entity.Name, StringComparison.Ordinal);
    }

    /// <summary>
    /// "et l'action suivante ?", "la précédente ?", "et le groupe d'après ?": the message with the word of sequence put
    /// in place by the roadmap's next (or previous) action or working group after the one the conversation is about.
    /// </summary>
    private static string? Sibling(EngineState state, ConversationVocabulary vocabulary, ReadQuestion f, int opener, DialogueContext context)
    {
        var words = f.Words;
        if (words.Count > 8 || f.Codes.Count > 0 || f.Mentions.Count > 0)
        {
            return null;
        }

        var next = vocabulary.Next.Find(words).Where(r => r.First >= opener).ToList();
        var previous = vocabulary.Previous.Find(words).Where(r => r.First >= opener).ToList();
        if (next.Count + previous.Count != 1)
        {
            return null;
        }

        var step = next.Count == 1 ? 1 : -1;
        var span = next.Count == 1 ? next[0] : previous[0];
        var about = (context.Subject is { } subject && KnowledgeIds.KindOf(subject.Id) is KnowledgeIds.Action or KnowledgeIds.Group ? subject : null) ?? context.Action;
        string? target = null;
        if (about is not null && KnowledgeIds.KindOf(about.Id) == KnowledgeIds.Action)
        {
            var actions = state.Kb.Actions;
            var at = actions.ToList().FindIndex(a => a.Id == about.Id);
            target = at >= 0 && at + step >= 0 && at + step < actions.Count ? actions[at + step].Code : null;
        }
        else if (about is not null && KnowledgeIds.KindOf(about.Id) == KnowledgeIds.Group)
        {
            var groups = state.Kb.WorkingGroups;
            var at = groups.ToList().FindIndex(g => g.Id == about.Id);
            target = at >= 0 && at + step >= 0 && at + step < groups.Count ? $"« {groups[at + step].Title.TrimEnd(' ', '?')} »" : null;
        }

        return target is null ? null : Rewrite(f, opener, words.Count, [span], [], [], target, "");
    }

    private static (DialogueEntity? Target, string Connector) Pick(params (DialogueEntity? Target, string Connector)[] options) =>
        options.FirstOrDefault(o => o.Target is not null);

    private static bool IsPlaceLike(IKnowledgeEntity e) =>
        e is Territory or Subdivision or Commune or FormerCommune or Epci or Place || e.Id == ScopeEntity.DepartmentId;

    /// <summary>"C'est qui le contact au Département ?" after an action that the Département leads: that action's contacts.</summary>
    private static string? Narrowed(EngineState state, Named n, ReadQuestion f, HashSet<Cue> asks, DialogueContext context)
    {
        if (context.Action is null || n.Organisations.Count == 0 || !asks.Overlaps(ContactAsks) || n.Persons.Count + n.Actions.Count + n.Groups.Count + f.Codes.Count > 0
            || state.Find(context.Action.Id) is not RoadmapAction action)
        {
            return null;
        }

        var named = n.Organisations.Select(o => o is OrganisationUnit unit ? unit.OrganisationId : o.Id).ToHashSet(StringComparer.Ordinal);
        var units = n.Organisations.OfType<OrganisationUnit>().Select(u => u.Id).ToHashSet(StringComparer.Ordinal);
        var leads = action.Leads.Any(l => named.Contains(l.OrganisationId) && (units.Count == 0 || (l.UnitId is { } u && units.Contains(u))));
        return leads ? $"Qui est le contact de l'action {action.Code} ?" : null;
    }

    /// <summary>
    /// "qui contacter au Département pour les gens du voyage ?": an organisation's contact on a theme, when exactly one
    /// action on that theme is led by that organisation → that action's contacts (its leading unit's people), as the
    /// same question asked in two turns would get. Null otherwise.
    /// </summary>
    public static string? Focused(EngineState state, ReadQuestion f)
    {
        // "la conseillère d'Anjou Numérique à LLA": the advisers of that place, each with the organisation that employs them.
        if (f.Has(Cue.Advisers) && f.Codes.Count == 0 && Named.From(state, f) is { Organisations.Count: 1 } withPlace
            && withPlace.Persons.Count + withPlace.Actions.Count + withPlace.Groups.Count + withPlace.Places.Count == 0
            && withPlace.Scopes.Select(s => s.Scope).Where(s => !s.IsDepartment).ToList() is [var adviserScope]
            && (adviserScope.Commune ?? (IKnowledgeEntity?)adviserScope.Subdivision ?? adviserScope.Territory) is { } adviserPlace)
        {
            return $"Quels conseillers numériques à {adviserPlace.Name} ?";
        }

        if (!f.Cues.Overlaps(ContactAsks) || f.Codes.Count > 0)
        {
            return null;
        }

        var n = Named.From(state, f);
        if (n.Organisations.Count == 0 || n.Topics.Count == 0 || n.Persons.Count + n.Actions.Count + n.Groups.Count + n.Places.Count > 0)
        {
            return null;
        }

        var named = n.Organisations.Select(o => o is OrganisationUnit unit ? unit.OrganisationId : o.Id).ToHashSet(StringComparer.Ordinal);
        var topics = n.Topics.Select(t => t.Id).ToHashSet(StringComparer.Ordinal);
        var actions = state.Kb.Actions.Where(a => a.TopicIds.Any(topics.Contains) && a.Leads.Any(l => named.Contains(l.OrganisationId))).ToList();
        return actions is [var only] ? $"Qui est le contact de l'action {only.Code} ?" : null;
    }

    /// <summary>A message that names only a place, a theme or a subject: the last question, about that one instead.</summary>
    private static string? Substituted(ReadQuestion f, Named n, bool hasPlace, bool hasSubject, bool hasTopic, bool complete, bool followCue, bool placeLike,
        int opener, int closer, DialogueContext context)
    {
        // "les France Services ?" asks only what the place has: it keeps the place; "qui s'occupe des seniors ?" starts afresh.
        // "la France Services, c'est où ?": where the place's one is, or how to reach it.
        var placeQuestion = hasTopic && !hasPlace && !hasSubject
            && (f.Cues.All(c => Neutral.Contains(c) || PlaceAsks.Contains(c))
                || (f.Cues.Any(c => Structures.Contains(c)) && f.Cues.All(c => Neutral.Contains(c) || PlaceAsks.Contains(c) || AboutTheStructure.Contains(c))));
        if (complete && !followCue && !placeQuestion)
        {
            return null;
        }

        // What the message names, as typed.
        string? Said(Func<IKnowledgeEntity, bool> kind) =>
            f.Mentions.FirstOrDefault(m => m.Entities.Any(kind))?.Text;

        if (hasPlace && !hasSubject && !hasTopic && !complete)
        {
            var typed = placeLike && n.Scopes.Count == 0 ? n.Ambiguous!.Value.Mention.Text : n.Scopes[0].Mention.Text;
            if (context.Place is { } place && Replace(context.Question, place, typed) is { } replaced)
            {
                return replaced;
            }

            // "combien de conseillers chez Anjou Numérique ?" → "et dans le département ?": the place instead of the organisation.
            if (context.Place is null && context.Subject is { } organisation && KnowledgeIds.KindOf(organisation.Id) is "org" or "unit"
                && Replace(context.Question, organisation, typed) is { } instead)
            {
                return instead;
            }

            if ((context.Topic ?? context.Subject) is not null && context.Question.Length > 0)
            {
                return $"{Trimmed(context.Question)} à {typed} ?";
            }

            return null;
        }

        if (hasTopic && !hasPlace && !hasSubject)
        {
            var typed = Said(e => e is Topic);
            if (typed is not null && context.Topic is { } topic && !placeQuestion && Replace(context.Question, topic, typed) is { } replaced && !complete)
            {
                return replaced;
            }

            return context.Place is { } place ? $"{Trimmed(Rewrite(f, opener, closer, [], [], [], "", ""))} à {place.Words} ?" : null;
        }

        if (hasSubject && !hasPlace && !hasTopic && !complete && context.Subject is { } subject)
        {
            // "et pour la A.3.2 ?" after a question about an action: the same question about that one.
            var code = KnowledgeIds.KindOf(subject.Id) == KnowledgeIds.Action && f.Codes.Count == 1 && f.Codes[0].Kind == ActionCodeKind.Action && f.Codes[0].Codes.Count == 1
                ? $"action {f.Codes[0].Codes[0]}"
                : null;
            var typed = code ?? Said(e => SameFamily(e.Id, subject.Id));
            return typed is null ? null : Replace(context.Question, subject, typed);
        }

        return null;
    }

    private static bool SameFamily(string id, string other)
    {
        static string Family(string id) => KnowledgeIds.KindOf(id) switch
        {
            "org" or "unit" => "org",
            var kind => kind,
        };

        return Family(id) == Family(other);
    }

    /// <summary>The question with the entity's words replaced by <paramref name="typed"/>; null when the question does not hold them.</summary>
    private static string? Replace(string question, DialogueEntity entity, string typed)
    {
        foreach (var words in new[] { entity.Said, entity.Name, WithoutArticle(entity.Name) })
        {
            if (string.IsNullOrWhiteSpace(words))
            {
                continue;
            }

            var at = question.IndexOf(words, StringComparison.OrdinalIgnoreCase);
            if (at >= 0)
            {
                return string.Concat(question.AsSpan(0, at), typed, question.AsSpan(at + words.Length));
            }
        }

        return null;
    }

    /// <summary>"Le Lion-d'Angers" → "Lion-d'Angers", as written after "du".</summary>
    private static string? WithoutArticle(string name)
    {
        foreach (var article in new[] { "Le ", "La ", "Les ", "L'", "L’" })
        {
            if (name.StartsWith(article, StringComparison.Ordinal) && name.Length > article.Length + 2)
            {
                return name[article.Length..];
            }
        }

        return null;
    }

    /// <summary>
    /// The message with the opener and closer cut, the first reference replaced by the target ("elle fait quoi" →
    /// "Cécile HEMERY fait quoi", "là-bas" → "à Candé"), the other references and the possessives removed, and the
    /// target added at the end when no reference stood for it ("leur mail" → "mail de Cyb@njou").
    /// </summary>
    private static string Rewrite(ReadQuestion f, int opener, int closer, List<(int First, int Last)> places, List<(int First, int Last)> subjects,
        List<(int First, int Last)> possessives, string target, string connector)
    {
        var replaceAt = places.Concat(subjects).OrderBy(r => r.First).Select(r => (int?)r.First).FirstOrDefault();
        var replacement = places.Any(p => p.First == replaceAt) ? $"{connector} {target}".Trim() : target;
        var removed = new bool[f.Words.Count];
        foreach (var (first, last) in places.Concat(subjects).Concat(possessives))
        {
            for (var i = first; i <= last; i++)
            {
                removed[i] = true;
            }
        }

        var text = new StringBuilder();
        var position = 0;
        var previousCut = false;
        for (var i = 0; i < f.Tokens.Count; i++)
        {
            var token = f.Tokens[i];
            var cut = i < opener || i >= closer || removed[i];
            if (cut || i == replaceAt)
            {
                // Between two cut words ("l'agglo"), the apostrophe or hyphen goes with them.
                if (!previousCut || i == replaceAt)
                {
                    text.Append(f.Text, position, token.Start - position);
                }

                position = token.Start + token.Length;
                if (i == replaceAt)
                {
                    text.Append(replacement);
                }
            }

            previousCut = cut || i == replaceAt;
        }

        text.Append(f.Text, position, f.Text.Length - position);
        var rewritten = Squeeze(text.ToString());
        if (replaceAt is null && target.Length > 0)
        {
            rewritten = $"{Trimmed(rewritten)} {connector} {target}".Trim();
        }

        return target.Length == 0 ? rewritten : $"{Trimmed(rewritten)} ?";
    }

    private static string Squeeze(string text)
    {
        var parts = text.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var joined = string.Join(' ', parts).Trim(' ', ',', ';', '-', '\'', '’');
        return joined;
    }

    private static string Trimmed(string question) => question.TrimEnd(' ', '?', '!', '.', ',', ';', ':');

    private static DialogueEntity? PlaceOf(EngineState state, DialogueEntity? subject) =>
        subject is not null && state.Find(subject.Id) is Place place && Scope.Of(state.Kb, [place]) is { } scope && !scope.IsDepartment
            ? new DialogueEntity(scope.Primary.Id, scope.Name)
            : null;
}
