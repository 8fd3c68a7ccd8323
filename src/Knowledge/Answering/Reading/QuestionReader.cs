using System.Collections.Frozen;
using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Answering;

/// <summary>
/// Reads a question against one engine state: folded words, cues, action codes, entity mentions (with the scope names
/// and people cleaned up), loose words that name several places ("Vallée"), and an unknown place ("à Laval").
/// </summary>
internal static class QuestionReader
{
    /// <summary>Words after "à", "dans"… that are not places ("à distance", "dans le cadre").</summary>
    private static readonly FrozenSet<string> NotPlaces = new[]
    {
        "distance", "domicile", "jour", "cote", "partir", "propos", "travers", "proximite", "niveau", "sein", "cadre",
        "quotidien", "present", "moment", "terme", "long", "court", "total", "final", "fin", "debut", "besoin", "disposition",
        "place", "ligne", "cours", "charge", "lien", "rapport", "particulier", "general", "priorite", "temps", "avance",
        "attendant", "face", "cause", "part", "titre", "echelle", "faveur", "usage", "travail", "ecole", "college", "lycee",
        "accueil", "guichet", "internet", "ordinateur", "telephone", "tablette", "smartphone", "ere", "heure", "maintenant",
        "aujourd", "hui", "demain", "hier", "annee", "mois", "semaine", "an", "ans", "plusieurs", "chacun", "tous", "toutes",
        "tout", "toute", "chaque", "quel", "quelle", "quels", "quelles", "qui", "quoi", "lequel", "laquelle", "moi", "mon",
        "ma", "mes", "notre", "nos", "votre", "vos", "leur", "leurs", "son", "sa", "ses", "ce", "cet", "cette", "ces", "un",
        "une", "des", "personne", "personnes", "gens", "public", "publics", "enfants", "parents", "eleves", "retraite",
        "emploi", "sujet", "theme", "thematique", "numerique", "digital", "informatique", "demarches", "mediation",
        "france", "europe", "national", "nationale", "local", "locale", "departement", "region", "campagne", "ville", "pays",
        "territoire", "secteur", "ensemble", "plan", "feuille", "route", "reseau", "dispositif", "projet", "programme",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> StrongLocatives = new[] { "au", "aux", "dans", "vers", "pres" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> WeakLocatives = new[] { "en", "sur", "de", "du", "d", "a" }.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> Determiners = new[] { "la", "le", "les", "l", "mon", "ma", "mes", "notre", "nos", "son", "sa", "ses", "leur", "leurs" }
        .ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenSet<string> VerbSubjects = new[] { "y", "il", "elle", "on", "qui", "ca", "cela", "ce", "c", "qu" }.ToFrozenSet(StringComparer.Ordinal);

    public static ReadQuestion Read(string question, EngineState state)
    {
        var tokens = TextNormalizer.Tokenize(question);
        var words = tokens.Select(t => FrenchWords.Abbreviations.GetValueOrDefault(t.Text, t.Text)).ToArray();
        var cueSpans = CueLexicon.Find(words);
        cueSpans.RemoveAll(c => c.Cue == Cue.OffDomain && c.First > 0 && words[c.First - 1] == "en" && words[c.First].StartsWith("train", StringComparison.Ordinal));
        // A detail word in or just after a need ("envoyer un mail", "apprendre à utiliser son téléphone") says what to
        // learn, not what to give.
        var needs = state.Needs.Find(words);
        cueSpans.RemoveAll(c => c.Cue == Cue.ContactDetails && needs.Any(n => n.First <= c.First && c.First <= n.Last + 2));
        var codes = state.Codes.Recognize(question);
        var mentions = Mentions(question, tokens, words, cueSpans, codes, state);
        mentions.AddRange(LooseWords(question, tokens, words, mentions, state));
        mentions.Sort((a, b) => a.Start.CompareTo(b.Start));

        return new ReadQuestion
        {
            Text = question,
            Tokens = tokens,
            Words = words,
            CueSpans = cueSpans,
            Cues = cueSpans.Select(c => c.Cue).ToHashSet(),
            Codes = codes,
            Mentions = mentions,
            UnknownPlace = UnknownPlace(question, tokens, words, mentions, cueSpans, state),
            UnknownSubject = UnknownSubject(words, mentions, state),
            Needs = needs,
        };
    }

    private static List<Mention> Mentions(string question, IReadOnlyList<NormalizedToken> tokens, string[] words, List<(Cue Cue, int First, int Last)> cues, IReadOnlyList<ActionCodeMatch> codes, EngineState state)
    {
        var personCue = cues.Any(c => c.Cue is Cue.Contact or Cue.WhoIs or Cue.Signatories or Cue.Head or Cue.ContactDetails);
        var mentions = new List<Mention>();
        foreach (var match in Rematch(question, tokens, state))
        {
            if (codes.Any(c => c.Start < match.Start + match.Length && match.Start < c.Start + c.Length))
            {
                continue;
            }

            var first = FirstToken(tokens, match.Start);
            var last = LastToken(tokens, match.Start + match.Length);
            if (first < 0 || last < first)
            {
                continue;
            }

            var entities = match.Entities.Select(e => state.Find(e.EntityId)).OfType<IKnowledgeEntity>().Distinct().ToList();
            if (match.Exactness == MatchExactness.Partial && first == last && state.Words.TryGetValue(Gazetteer.Singular(words[first]), out var sharing) && sharing.Length <= 8)
            {
                // "Vallée" starts one name and ends two others: all of them are candidates.
                entities.AddRange(sharing.Select(state.Find).OfType<IKnowledgeEntity>().Where(e => !entities.Contains(e)));
            }

            entities = ResolveScopeNames(match, entities);
            var wholeQuestion = first == 0 && last == tokens.Count - 1;
            entities.RemoveAll(e => e is Person person && !KeepPerson(match, person, personCue, first, wholeQuestion));
            if (entities.Count > 0)
            {
                mentions.Add(new Mention(match.Start, match.Length, match.Text, first, last, entities, match.Exactness, match.Distance));
            }
        }

        return mentions;
    }

    /// <summary>
    /// The matcher prefers the longest mention, even the first words of a name ("France Services de Mauges", from
    /// France Services de Mauges-sur-Loire) over a complete name that starts on its last word ("Mauges Communauté"):
    /// the complete name wins, and the words before it are read again.
    /// </summary>
    private static List<EntityMatch> Rematch(string question, IReadOnlyList<NormalizedToken> tokens, EngineState state)
    {
        var matches = state.Matcher.Match(question).ToList();
        for (var i = 0; i < matches.Count; i++)
        {
            var match = matches[i];
            var last = LastToken(tokens, match.Start + match.Length);
            var first = FirstToken(tokens, match.Start);
            if (match.Exactness != MatchExactness.Partial || last <= first)
            {
                continue;
            }

            var lastStart = tokens[last].Start;
            var after = state.Matcher.Match(question[lastStart..]);
            if (after.Count == 0 || after[0].Start != 0 || !after[0].IsExact || lastStart + after[0].Length <= match.Start + match.Length)
            {
                continue;
            }

            var complete = after[0] with { Start = lastStart };
            var before = state.Matcher.Match(question[match.Start..lastStart]).Select(m => m with { Start = m.Start + match.Start });
            matches.RemoveAt(i);
            matches.RemoveAll(m => m.Start < complete.Start + complete.Length && complete.Start < m.Start + m.Length);
            matches.Add(complete);
            matches.AddRange(before);
            matches.Sort((a, b) => a.Start.CompareTo(b.Start));
            i = -1;
        }

        return matches;
    }

    /// <summary>"Loire" is the river unless typed "Loiré"; "Maine-et-Loire" is the department, not an organisation's alias piece.</summary>
    private static List<IKnowledgeEntity> ResolveScopeNames(EntityMatch match, List<IKnowledgeEntity> entities)
    {
        var scopes = entities.OfType<ScopeEntity>().ToList();
        if (scopes.Count == 0 || scopes.Count == entities.Count)
        {
            return entities;
        }

        var written = entities.Where(e => e is not ScopeEntity && e.Aliases.Prepend(e.Name).Any(n => string.Equals(n.Trim(), match.Text.Trim(), StringComparison.CurrentCultureIgnoreCase))).ToList();
        return written.Count > 0 ? written : [.. scopes];
    }

    /// <summary>A last name alone ("Gilles", "Lucas") is a person only when asked about people or written with a capital.</summary>
    private static bool KeepPerson(EntityMatch match, Person person, bool personCue, int firstToken, bool wholeQuestion)
    {
        var fullName = match.Entities.Any(e => e.EntityId == person.Id && !string.Equals(e.Name, person.LastName, StringComparison.Ordinal));
        if (fullName)
        {
            return match.IsExact || match.Distance <= 1;
        }

        return match.IsExact && (personCue || wholeQuestion || (firstToken > 0 && char.IsUpper(match.Text[0])));
    }

    /// <summary>
    /// A word no mention covers that is part of several place names ("Vallée": Baugeois Vallée, Vallées du Haut Anjou,
    /// L'Entente-Vallée): a partial mention of all of them, for the engine to ask which one is meant.
    /// </summary>
    private static IEnumerable<Mention> LooseWords(string question, IReadOnlyList<NormalizedToken> tokens, string[] words, List<Mention> mentions, EngineState state)
    {
        for (var i = 0; i < words.Length; i++)
        {
            var word = words[i];
            if (word.Length < 4 || mentions.Any(m => m.Covers(i)) || CueLexicon.Words.Contains(word) || FrenchWords.StopWords.Contains(word)
                || FrenchWords.CommonWords.Contains(word) || word.Any(char.IsDigit))
            {
                continue;
            }

            if (!state.Words.TryGetValue(Gazetteer.Singular(word), out var ids))
            {
                continue;
            }

            var entities = ids.Select(state.Find).OfType<IKnowledgeEntity>().ToList();
            if (entities.Count > 8)
            {
                // A word of many names ("Layon"): the territories and subdivisions that carry it, if few.
                entities = [.. entities.Where(e => e is Territory or Subdivision)];
                if (entities.Count is < 2 or > 8)
                {
                    continue;
                }
            }

            var token = tokens[i];
            yield return new Mention(token.Start, token.Length, question.Substring(token.Start, token.Length), i, i, entities, MatchExactness.Partial, 0);
        }
    }

    private static string? UnknownPlace(string question, IReadOnlyList<NormalizedToken> tokens, string[] words, List<Mention> mentions, List<(Cue Cue, int First, int Last)> cues, EngineState state)
    {
        var placeSeeking = cues.Any(c => c.Cue is Cue.Who or Cue.Advisers or Cue.FranceServices or Cue.SocialCentres or Cue.Fablabs or Cue.Libraries
            or Cue.Cybercentres or Cue.SocialAction or Cue.YesNo or Cue.Population or Cue.Location);
        var lastContent = Array.FindLastIndex(words, w => !FrenchWords.StopWords.Contains(w));

        for (var i = 0; i < words.Length - 1; i++)
        {
            var preposition = words[i];
            var strong = StrongLocatives.Contains(preposition) || (preposition == "a" && question[tokens[i].Start] == 'à');
            if (!strong && !WeakLocatives.Contains(preposition))
            {
                continue;
            }

            if (preposition == "a" && i > 0 && VerbSubjects.Contains(words[i - 1]))
            {
                continue;
            }

            var j = i + 1;
            if (preposition == "pres" && words.ElementAtOrDefault(j) is "de" or "d" or "du")
            {
                j++;
            }

            while (j < words.Length && Determiners.Contains(words[j]))
            {
                j++;
            }

            if (j >= words.Length || mentions.Any(m => m.Covers(j)))
            {
                continue;
            }

            var word = words[j];
            if (word.Length < 3 || word.Any(char.IsDigit) || FrenchWords.StopWords.Contains(word) || FrenchWords.CommonWords.Contains(word)
                || CueLexicon.Words.Contains(word) || NotPlaces.Contains(word) || state.Words.ContainsKey(Gazetteer.Singular(word)))
            {
                continue;
            }

            var capitalised = char.IsUpper(question[tokens[j].Start]);
            var frequent = FrenchWords.FrequentWords.Contains(word);
            var flagged = capitalised
                || (strong && (!frequent || (j == lastContent && placeSeeking)))
                || (preposition == "a" && !frequent);
            if (flagged)
            {
                // The whole name as typed: capitalised or hyphenated words that follow ("La Roche-sur-Yon").
                var end = j;
                while (end + 1 < tokens.Count && end - j < 4
                    && (char.IsUpper(question[tokens[end + 1].Start]) || question[tokens[end].Start + tokens[end].Length] is '-' or '\''))
                {
                    end++;
                }

                return question[tokens[j].Start..(tokens[end].Start + tokens[end].Length)];
            }
        }

        // A name no list knows, written with a capital ("conseiller numérique Brest", "Que fait Emmaüs ?"), or a rare word
        // ending a question about places: only when no place of Maine-et-Loire is named.
        if (mentions.Any(m => m.Entities.Any(e => e is Model.Territory or Model.Subdivision or Model.Commune or Model.FormerCommune or Model.Place)))
        {
            return null;
        }

        for (var i = 1; i < words.Length; i++)
        {
            var word = words[i];
            var source = tokens[i].Start;
            var afterStop = question[..source].TrimEnd() is { Length: > 0 } before && before[^1] is '.' or '?' or '!' or ':';
            var capitalised = char.IsUpper(question[source]) && !afterStop;
            // "Y a-t-il une action sur la cybersécurité ?": what an action or a group is about is a subject, not a place.
            var rareLast = i == lastContent && placeSeeking && !FrenchWords.FrequentWords.Contains(word) && word.Length >= 4
                && !cues.Any(c => c.Cue is Cue.Actions or Cue.Groups);
            if ((capitalised || rareLast) && word.Length >= 3 && !word.Any(char.IsDigit) && !mentions.Any(m => m.Covers(i))
                && !FrenchWords.StopWords.Contains(word) && !FrenchWords.CommonWords.Contains(word) && !CueLexicon.Words.Contains(word)
                && !NotPlaces.Contains(word) && !state.Words.ContainsKey(Gazetteer.Singular(word)) && !state.IsTextWord(word))
            {
                return question.Substring(source, tokens[i].Length);
            }
        }

        return null;
    }

    /// <summary>
    /// Articles that introduce the thing asked for: "un plombier", "la piscine". Not possessives: "mon père",
    /// "ma grand-mère" are the people to help, and the question is still ours.
    /// </summary>
    private static readonly FrozenSet<string> SubjectDeterminers = new[]
    {
        "un", "une", "des", "le", "la", "les", "l", "du", "ce", "cet", "cette", "ces",
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Adjectives that may stand between the determiner and the thing: "la meilleure pizzeria".</summary>
    private static readonly FrozenSet<string> LeadingAdjectives = new[]
    {
        "meilleur", "meilleure", "meilleurs", "meilleures", "bon", "bonne", "bons", "bonnes", "petit", "petite", "petits", "petites",
        "grand", "grande", "grands", "grandes", "nouveau", "nouvel", "nouvelle", "nouveaux", "nouvelles", "plus", "moins",
        "premier", "premiere", "dernier", "derniere", "prochain", "prochaine", "gros", "grosse", "peuple", "peuplee",
        "important", "importante",
    }.ToFrozenSet(StringComparer.Ordinal);

    private static bool FollowsDeterminer(string[] words, int i) =>
        SubjectDeterminers.Contains(words[i - 1]) || (i >= 2 && LeadingAdjectives.Contains(words[i - 1]) && SubjectDeterminers.Contains(words[i - 2]));

    private static string? UnknownSubject(string[] words, List<Mention> mentions, EngineState state)
    {
        for (var i = 1; i < words.Length; i++)
        {
            var word = words[i];
            if (FollowsDeterminer(words, i) && word.Length >= 4 && !word.Any(char.IsDigit) && !mentions.Any(m => m.Covers(i))
                && !LeadingAdjectives.Contains(word)
                && !FrenchWords.StopWords.Contains(word) && !FrenchWords.CommonWords.Contains(word) && !CueLexicon.Words.Contains(word)
                && !NotPlaces.Contains(word) && !state.IsTextWord(word) && !state.IsTextWord(Gazetteer.Singular(word)))
            {
                return word;
            }
        }

        return null;
    }

    private static int FirstToken(IReadOnlyList<NormalizedToken> tokens, int start)
    {
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start + tokens[i].Length > start)
            {
                return i;
            }
        }

        return -1;
    }

    private static int LastToken(IReadOnlyList<NormalizedToken> tokens, int end)
    {
        var last = -1;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (tokens[i].Start < end)
            {
                last = i;
            }
        }

        return last;
    }
}
