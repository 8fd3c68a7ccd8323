using System.Collections.Frozen;
using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Answering;

/// <summary>
/// The needs vocabulary of one knowledge-base snapshot (needs.yaml), folded like the questions' words, so that
/// « ses démarches CAF », « la carte grise » or « apprendre la tablette » are read as needs.
/// </summary>
internal sealed class NeedLexicon
{
    private readonly FrozenDictionary<string, (Need Need, string[] Tokens)[]> byFirstToken;

    public NeedLexicon(IEnumerable<Need> needs)
    {
        byFirstToken = needs
            .SelectMany(n => n.Words.Select(w => (Need: n, Tokens: TextNormalizer.Tokenize(w).Select(t => t.Text).ToArray())))
            .Where(e => e.Tokens.Length > 0)
            .GroupBy(e => e.Tokens[0], StringComparer.Ordinal)
            .ToFrozenDictionary(g => g.Key, g => g.OrderByDescending(e => e.Tokens.Length).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>The needs found in the folded words of a question, longest phrase first at each word, each once.</summary>
    public IReadOnlyList<NeedMention> Find(IReadOnlyList<string> words)
    {
        var found = new List<NeedMention>();
        for (var i = 0; i < words.Count; i++)
        {
            if (!byFirstToken.TryGetValue(words[i], out var entries))
            {
                continue;
            }

            foreach (var (need, tokens) in entries)
            {
                if (i + tokens.Length <= words.Count && tokens.Select((t, k) => words[i + k] == t).All(x => x))
                {
                    if (found.All(f => f.Need.Id != need.Id))
                    {
                        found.Add(new NeedMention(need, i, i + tokens.Length - 1));
                    }

                    i += tokens.Length - 1;
                    break;
                }
            }
        }

        return found;
    }
}

/// <summary>A need read in a question, with the words that say it.</summary>
internal sealed record NeedMention(Need Need, int First, int Last);
