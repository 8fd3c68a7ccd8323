using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Places;

namespace Mednum49.Knowledge.Answering;

/// <summary>
/// One message of a conversation, read against its context (<see cref="DialogueContext"/>): a reply to the pending
/// choices ("2", "aide", "annuler"), small talk ("merci", "bonjour"), a follow-up completed by <see cref="FollowUps"/>,
/// or a new question. Returns the answer with the conversation's next context. Pure: the caller stamps the time and
/// stores the context.
/// </summary>
internal sealed class ConversationTurn(EngineState state, ConversationVocabulary vocabulary)
{
    public const string ChoiceHelpTitle = "Plusieurs réponses étaient possibles : répondez par le numéro de votre choix (« 2 ») ou par son nom. Vous pouvez aussi poser une autre question, ou dire « annuler ».";

    public const string ChoiceCancelledTitle = "C'est annulé : je ne vous demande plus de choisir. Posez-moi une autre question quand vous voulez.";

    public const string SmallTalkKind = "small-talk";

    public const string NothingMoreTitle = "Il n'y a rien de plus à afficher : vous avez vu toute la réponse.";

    public const string NothingToContinueTitle = "Je n'ai pas de liste en cours à compléter. Posez-moi une question, par exemple : « Quels sont les groupes de travail ? »";

    public Answer Answer(string question, DialogueContext? context)
    {
        var text = vocabulary.Expand(question);
        var words = Understanding.TextNormalizer.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);

        if (context is { Choices.Count: > 0 })
        {
            if (ChoiceReply.Pick(text, context.Choices) is { } picked)
            {
                return Route(context.Choices[picked].Query, context, followUp: false);
            }

            if (vocabulary.ChoiceHelp.IsWhole(words))
            {
                return Reply(question, ChoiceHelpTitle, QuestionKinds.Help, context) with { Choices = context.Choices };
            }

            if (vocabulary.ChoiceCancel.IsWhole(words))
            {
                return Reply(question, ChoiceCancelledTitle, QuestionKinds.Help, context with { Choices = [] });
            }
        }

        if (vocabulary.More.IsWhole(words))
        {
            return More(question, context);
        }

        if (context is { Choices.Count: 0, Items.Count: > 0 } && Item(words, context.Items.Count) is { } item)
        {
            // The list stays: "le 3", then "le premier".
            var picked = Route(context.Items[item].Query, context, followUp: false);
            return picked.Context is { Choices.Count: 0 } next ? picked with { Context = next with { Items = context.Items } } : picked;
        }

        if (SmallTalk(words) is { } talk)
        {
            if (talk.Kind == SmallTalkKind_Greeting && context is not { Greeted: true })
            {
                var help = new Composer(state, question).Help();
                return help with { Found = true, Context = (context ?? new DialogueContext()) with { Greeted = true, Choices = [] } };
            }

            return Reply(question, talk.Reply, SmallTalkKind, (context ?? new DialogueContext()) with { Choices = [] });
        }

        return Route(text, context, followUp: context is not null);
    }

    private const string SmallTalkKind_Greeting = Answering.SmallTalkKind.Greeting;

    /// <summary>"le 3", "et le groupe 2 ?", "l'action 4 svp": one number among the list words, in a short message.</summary>
    private int? Item(string[] words, int count)
    {
        if (words.Length > ChoiceReply.MaxWordsOfAPick + 1)
        {
            return null;
        }

        var covered = new bool[words.Length];
        foreach (var (first, last) in vocabulary.ListItemWords.Find(words))
        {
            for (var i = first; i <= last; i++)
            {
                covered[i] = true;
            }
        }

        var rest = words.Where((_, i) => !covered[i]).ToList();
        return rest.Count == 1 ? ChoiceReply.Position(rest[0], count) : null;
    }

    /// <summary>
    /// The entities an answer without choices listed, in order — the most listed kind among actions, groups, structures,
    /// organisations and people, when it lists two or more — each with a question that asks about it.
    /// </summary>
    private IReadOnlyList<AnswerChoice> Items(ReadQuestion q, Answer answer)
    {
        if (answer.Choices.Count > 0)
        {
            return [];
        }

        var ids = answer.Facts.Select(f => f.SourceId).Concat(answer.Places.Select(p => p.SourceId)).Concat(answer.People.Select(p => p.SourceId))
            .Concat(answer.Sources.Select(s => s.Id))
            .OfType<string>().Where(id => KnowledgeIds.KindOf(id) is KnowledgeIds.Action or KnowledgeIds.Group or KnowledgeIds.Place or KnowledgeIds.Organisation or KnowledgeIds.Person)
            .Distinct(StringComparer.Ordinal).ToList();
        // The kind the question asked for ("les actions de …" → its actions), else the most listed.
        var asked = q.Has(Cue.Actions) ? KnowledgeIds.Action
            : q.Has(Cue.Groups) ? KnowledgeIds.Group
            : q.HasAny(Cue.Contact, Cue.Who, Cue.WhoIs) ? KnowledgeIds.Person
            : q.Cues.Overlaps(FollowUps.PlaceAsks) ? KnowledgeIds.Place
            : null;
        var kinds = ids.GroupBy(KnowledgeIds.KindOf).Where(g => g.Count() >= 2).ToList();
        var kind = kinds.FirstOrDefault(g => g.Key == asked) ?? kinds.OrderByDescending(g => g.Count()).FirstOrDefault();
        if (kind is null)
        {
            return InlineItems(answer);
        }

        return [.. kind.Select(state.Find).OfType<IKnowledgeEntity>().Take(20).Select(e => e switch
        {
            RoadmapAction action => new AnswerChoice($"{action.Code} {action.Title}", $"action {action.Code}"),
            WorkingGroup group => new AnswerChoice(group.Title, $"groupe de travail « {group.Title.TrimEnd(' ', '?')} »"),
            _ => new AnswerChoice(e.Name, e.Name),
        })];
    }

    /// <summary>
    /// A list written inside one sentence ("3 communes — Segré-en-Anjou Bleu, Bourg-l'Évêque et Bouillé-Ménard."): its
    /// names, so that "la 3e ?" asks about one. Only a fact made of a lead, a dash or colon, then three names or more.
    /// </summary>
    private static IReadOnlyList<AnswerChoice> InlineItems(Answer answer)
    {
        foreach (var fact in answer.Facts)
        {
            var cut = fact.Text.LastIndexOfAny(['—', ':']);
            if (cut < 0)
            {
                continue;
            }

            var names = fact.Text[(cut + 1)..].Trim().TrimEnd('.', ' ')
                .Split([", ", " et "], StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
            if (names.Length >= 3 && names.All(n => n.Length is > 1 and <= 60 && char.IsUpper(n[0]) && n.Split(' ').Length <= 6))
            {
                return [.. names.Select(n => new AnswerChoice(n, n))];
            }
        }

        return [];
    }

    /// <summary>
    /// "suite": the last question (as understood) answered again, from the page after the last one shown. Answers are
    /// deterministic, so the pages follow each other whatever happened between (small talk keeps the context).
    /// </summary>
    private Answer More(string question, DialogueContext? context)
    {
        if (context is not { IsAbout: true })
        {
            return Reply(question, NothingToContinueTitle, QuestionKinds.Help, (context ?? new DialogueContext()) with { Choices = [] });
        }

        var page = context.Page + 1;
        var full = new QuestionRouter(state, QuestionReader.Read(context.Question, state)).Route();
        return AnswerPages.From(full, page) is { } rest
            ? rest with { Question = question, Context = context with { Page = page, Choices = [] } }
            : Reply(question, NothingMoreTitle, QuestionKinds.Help, context with { Choices = [] });
    }

    private Answer Route(string text, DialogueContext? context, bool followUp)
    {
        var q = QuestionReader.Read(text, state);
        var words = Understanding.TextNormalizer.Fold(text).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        // "pourquoi ?" about the last answer: the document gives no more reasons than that answer; it says so, and the
        // answer again keeps the conversation where it was.
        if (followUp && context is { Question.Length: > 0 } && vocabulary.Why.IsWhole(words))
        {
            var again = Route(context.Question, context, followUp: false);
            return again.Found ? again with { Summary = Joined(WhyNotToldLead, again.Summary) } : again;
        }

        if (followUp && context is not null && FollowUps.Resolve(state, vocabulary, q, context) is { } resolved
            && !string.Equals(resolved, text, StringComparison.Ordinal))
        {
            q = QuestionReader.Read(resolved, state);
        }
        else if (FollowUps.Focused(state, q) is { } focused)
        {
            q = QuestionReader.Read(focused, state);
        }

        var answer = new QuestionRouter(state, q).Route();
        // "c'est gratuit ?" about a roadmap place that no open-data file describes: the answer is the place's, and it says
        // first what the document does not tell.
        if (followUp && answer is { Found: true, IsAmbiguous: false } && answer.Kind is QuestionKinds.Place or QuestionKinds.Places or QuestionKinds.Location or QuestionKinds.Territory
            && answer.Places.All(p => p.Contact is null) && state.PlaceDetails.Find(words) is [var detail, ..] && NotTold(detail.Detail) is { } what)
        {
            var place = answer.Places is [var one] ? $" pour {one.Name}" : "";
            answer = answer with { Summary = Joined($"La feuille de route ne précise pas {what}{place}.", answer.Summary) };
        }

        return answer with { Context = Next(q, answer, context) };
    }

    public const string WhyNotToldLead = "La feuille de route n'en donne pas davantage les raisons ; voici ce qu'elle en dit.";

    private static string Joined(string lead, string? summary) => summary is { Length: > 0 } ? $"{lead} {summary}" : lead;

    /// <summary>What the roadmap does not tell about a place, for a detail only the open-data files hold.</summary>
    private static string? NotTold(PlaceDetail detail) => detail switch
    {
        PlaceDetail.Fees => "si l'accompagnement est gratuit ou payant",
        PlaceDetail.Hours or PlaceDetail.OpenNow => "les horaires d'ouverture",
        PlaceDetail.Booking => "s'il faut prendre rendez-vous",
        PlaceDetail.Services => "le détail des services proposés",
        PlaceDetail.Publics => "les publics accueillis",
        PlaceDetail.Website => "de site internet",
        PlaceDetail.Address => "l'adresse",
        PlaceDetail.Phone => "de numéro de téléphone",
        PlaceDetail.Email => "d'adresse e-mail",
        PlaceDetail.Contact => "les coordonnées",
        PlaceDetail.Accessibility => "l'accessibilité",
        _ => null,
    };

    /// <summary>
    /// The context after <paramref name="answer"/>: what the question (as understood) named, else what the answer
    /// was about. A question the engine could not answer leaves the conversation where it was.
    /// </summary>
    private DialogueContext Next(ReadQuestion q, Answer answer, DialogueContext? previous)
    {
        var greeted = previous?.Greeted ?? false;
        if (!answer.Found && !answer.IsAmbiguous)
        {
            return (previous ?? new DialogueContext()) with { Choices = [] };
        }

        var n = Named.From(state, q);
        var scope = n.Scopes.FirstOrDefault(s => !s.Scope.IsDepartment);
        if (scope.Scope is null && n.Scopes.Count > 0)
        {
            scope = n.Scopes[0];
        }

        var place = scope.Scope is { } s ? new DialogueEntity(s.Primary.Id, s.Name, scope.Mention.Text) : null;
        if (place is null && answer.Kind is QuestionKinds.Territory or QuestionKinds.Places or QuestionKinds.Figures or QuestionKinds.Location
            && answer.Sources.Select(a => state.Find(a.Id)).FirstOrDefault(e => e is Commune or FormerCommune or Subdivision or Territory) is { } answered)
        {
            // A name the engine resolved itself ("st georges"): the place its answer is about.
            place = new DialogueEntity(answered.Id, answered.Name);
        }

        var action = Action(q, n, answer);
        var subject = Subject(q, n, answer, action);
        if (place is null && subject is not null && state.Find(subject.Id) is Place structure)
        {
            // A structure's place: its commune, else its bassin, else its intercommunality.
            var where = (structure.CommuneId is { } c ? state.Find(c) : null) ?? (structure.SubdivisionId is { } d ? state.Find(d) : null) ?? state.Find(structure.TerritoryId);
            place = where is null ? null : new DialogueEntity(where.Id, where.Name);
        }

        var topic = n.Topics.FirstOrDefault() is { } t ? new DialogueEntity(t.Id, t.Name, Said(q, t)) : null;
        // Walking through a list ("la 2e est portée par qui ?", then "et la troisième ?"): the list stays while the
        // answers are about its items.
        var items = Items(q, answer);
        if (items.Count == 0 && previous is { Items.Count: > 0 } before && subject is not null
            && before.Items.Any(i => i.Query == subject.Name || i.Label == subject.Name || i.Query.Contains(subject.Name, StringComparison.Ordinal)))
        {
            items = before.Items;
        }

        var asked = q.CueSpans.FirstOrDefault(c => FollowUps.PlaceAsks.Contains(c.Cue));
        var askedWords = asked == default ? null : string.Join(' ', Enumerable.Range(asked.First, asked.Last - asked.First + 1).Select(i => q.Text.Substring(q.Tokens[i].Start, q.Tokens[i].Length)));
        return new DialogueContext
        {
            Question = q.Text,
            Kind = answer.Kind,
            Place = place,
            Subject = subject,
            Topic = topic,
            Asked = askedWords,
            Action = action,
            Choices = [.. answer.Choices.Take(10)],
            Items = items,
            Greeted = greeted,
        };
    }

    private DialogueEntity? Subject(ReadQuestion q, Named n, Answer answer, DialogueEntity? action)
    {
        IKnowledgeEntity? named = n.Persons.FirstOrDefault() ?? (IKnowledgeEntity?)n.Places.FirstOrDefault()
            ?? (n.Actions.Count == 1 ? n.Actions[0] : null) ?? (IKnowledgeEntity?)n.Groups.FirstOrDefault()
            ?? n.Organisations.FirstOrDefault() ?? (IKnowledgeEntity?)n.Instances.FirstOrDefault() ?? (n.Axes.Count == 1 ? n.Axes[0] : null);
        if (named is not null)
        {
            return new DialogueEntity(named.Id, named.Name, Said(q, named));
        }

        if (action is not null && (q.Codes.Count > 0 || answer.Kind == QuestionKinds.Action))
        {
            return action;
        }

        // Not named but answered: the one structure or person the answer gives ("y a-t-il une France Services à Candé ?").
        if (answer.Kind is QuestionKinds.Places or QuestionKinds.Place && answer.Places.Count == 1 && answer.Places[0].SourceId is { } placeId && state.Find(placeId) is Place place)
        {
            return new DialogueEntity(place.Id, place.Name);
        }

        // A place of the open-data files: named again by its name and commune ("et leur numéro ?").
        if (answer.Kind == Composer.OpenPlaceKind && answer.Places is [{ SourceId: { } openId } open] && openId.StartsWith("lieu:", StringComparison.Ordinal))
        {
            return new DialogueEntity(openId, open.Commune is { } commune && !open.Name.Contains(commune, StringComparison.OrdinalIgnoreCase) ? $"{open.Name} ({commune})" : open.Name);
        }

        if (answer.Kind is QuestionKinds.Contacts && answer.People.Count == 1 && answer.People[0].SourceId is { } personId && state.Find(personId) is Person person)
        {
            return new DialogueEntity(person.Id, person.Name);
        }

        // The one group, organisation or action an answer of that kind is about ("qui anime le groupe sur …").
        var kind = answer.Kind switch
        {
            QuestionKinds.Group => KnowledgeIds.Group,
            QuestionKinds.Organisation => KnowledgeIds.Organisation,
            QuestionKinds.Place => KnowledgeIds.Place,
            QuestionKinds.Governance => KnowledgeIds.Instance,
            _ when answer.Sources.FirstOrDefault() is { } first && KnowledgeIds.KindOf(first.Id) == KnowledgeIds.Axis => KnowledgeIds.Axis,
            _ => null,
        };
        // Only when the answer leads with it: « aucun groupe sur … ; l'action B.6 ; groupes les plus proches » is about B.6.
        if (kind is not null && answer.Sources.FirstOrDefault() is { } lead && KnowledgeIds.KindOf(lead.Id) == kind
            && answer.Sources.Select(s => s.Id).Where(id => KnowledgeIds.KindOf(id) == kind).Distinct().ToList() is [var only] && state.Find(only) is { } about)
        {
            return new DialogueEntity(about.Id, about.Name);
        }

        return action;
    }

    /// <summary>The action named (a code or a title), else the only action the answer comes from.</summary>
    private DialogueEntity? Action(ReadQuestion q, Named n, Answer answer)
    {
        var codes = q.Codes.Where(c => c.Kind == Understanding.ActionCodeKind.Action).SelectMany(c => c.Codes).Distinct().ToList();
        var actions = codes.Select(c => state.Find($"{KnowledgeIds.Action}:{c}")).OfType<RoadmapAction>().Concat(n.Actions).Distinct().ToList();
        // An orientation cites the département's actions around it: they are not what the conversation is about.
        if (actions.Count == 0 && answer.Kind != QuestionKinds.Need)
        {
            actions = [.. answer.Sources.Select(s => s.Id).Where(id => KnowledgeIds.KindOf(id) == KnowledgeIds.Action).Distinct().Select(state.Find).OfType<RoadmapAction>()];
        }

        return actions.Count == 1 ? new DialogueEntity(actions[0].Id, $"action {actions[0].Code}") : null;
    }

    /// <summary>
    /// How the question wrote the entity: its mention, stretched over the next mentions of the same entity that follow
    /// it word for word ("gilles nathalie" is two mentions of one person; keeping only "gilles" would leave "nathalie"
    /// behind when a follow-up puts another name in its place).
    /// </summary>
    private static string? Said(ReadQuestion q, IKnowledgeEntity entity)
    {
        var mentions = q.Mentions.Where(m => m.Entities.Contains(entity)).OrderBy(m => m.FirstWord).ToList();
        if (mentions.Count == 0)
        {
            return null;
        }

        var (first, last) = (mentions[0], mentions[0]);
        foreach (var next in mentions.Skip(1))
        {
            if (next.FirstWord > last.LastWord + 1)
            {
                break;
            }

            last = next.LastWord > last.LastWord ? next : last;
        }

        return ReferenceEquals(first, last) ? first.Text : q.Text[first.Start..(last.Start + last.Length)];
    }

    private SmallTalkKind? SmallTalk(string[] words)
    {
        if (words.Length == 0 || words.Length > 12)
        {
            return null;
        }

        var covered = new bool[words.Length];
        var kinds = new HashSet<SmallTalkKind>();
        for (var i = 0; i < words.Length;)
        {
            var best = (Kind: (SmallTalkKind?)null, Length: 0);
            foreach (var kind in vocabulary.SmallTalk)
            {
                var length = kind.Phrases.LengthAt(words, i);
                if (length > best.Length)
                {
                    best = (kind, length);
                }
            }

            if (best.Kind is not null)
            {
                kinds.Add(best.Kind);
                i += best.Length;
                continue;
            }

            var filler = vocabulary.SmallTalkFillers.LengthAt(words, i);
            if (filler == 0)
            {
                return null;
            }

            i += filler;
        }

        return vocabulary.SmallTalk.FirstOrDefault(kinds.Contains);
    }

    private static Answer Reply(string question, string title, string kind, DialogueContext context) =>
        new()
        {
            Question = question,
            Found = true,
            Kind = kind,
            Confidence = AnswerConfidence.High,
            Title = title,
            Context = context,
        };
}
