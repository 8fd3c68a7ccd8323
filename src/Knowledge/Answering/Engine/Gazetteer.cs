using System.Collections.Frozen;
using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Understanding;

namespace Mednum49.Knowledge.Answering;

/// <summary>The names the entity matcher looks for, taken from the knowledge base, and a word index over place and structure names.</summary>
internal static class Gazetteer
{
    /// <summary>Kinds whose names a single word of a question may designate ("Vallée" → Baugeois Vallée, L'Entente-Vallée…).</summary>
    private static readonly FrozenSet<string> WordIndexedKinds = new[]
    {
        KnowledgeIds.Territory, KnowledgeIds.Subdivision, KnowledgeIds.Place, KnowledgeIds.Commune, KnowledgeIds.FormerCommune,
    }.ToFrozenSet(StringComparer.Ordinal);

    /// <summary>Every entity that has a name people type, with its name and aliases. Staff entries and examples have none.</summary>
    public static List<EntityName> Names(KnowledgeBase kb)
    {
        var names = new List<EntityName>(kb.Entities.Count + ScopeEntity.All.Count);
        foreach (var entity in kb.Entities.Values)
        {
            var kind = KnowledgeIds.KindOf(entity.Id);
            if (kind == KnowledgeIds.Staff)
            {
                continue;
            }

            // An example's title is a sentence, not a name: only the aliases it is given are names.
            if (kind == KnowledgeIds.Example)
            {
                if (entity.Aliases.Count > 0)
                {
                    names.Add(new EntityName(entity.Id, kind, [.. entity.Aliases]));
                }

                continue;
            }

            var all = new List<string> { entity.Name };
            all.AddRange(entity.Aliases);
            if (entity is Organisation { FullName: { } full })
            {
                all.Add(full);
            }

            names.Add(new EntityName(entity.Id, kind, all));
        }

        names.AddRange(ScopeEntity.All.Select(s => new EntityName(s.Id, "scope", [s.Name, .. s.Aliases])));
        return names;
    }

    /// <summary>Folded, singular word → ids of the places, structures and territories whose name holds it.</summary>
    public static FrozenDictionary<string, string[]> WordIndex(KnowledgeBase kb)
    {
        var index = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var entity in kb.Entities.Values.Where(e => WordIndexedKinds.Contains(KnowledgeIds.KindOf(e.Id))))
        {
            foreach (var name in entity.Aliases.Prepend(entity.Name))
            {
                foreach (var token in TextNormalizer.Tokenize(name))
                {
                    var word = Singular(token.Text);
                    if (word.Length < 4 || FrenchWords.StopWords.Contains(word) || FrenchWords.CommonWords.Contains(token.Text))
                    {
                        continue;
                    }

                    if (!index.TryGetValue(word, out var ids))
                    {
                        index[word] = ids = new HashSet<string>(StringComparer.Ordinal);
                    }

                    ids.Add(entity.Id);
                }
            }
        }

        return index.ToFrozenDictionary(p => p.Key, p => p.Value.Order(StringComparer.Ordinal).ToArray(), StringComparer.Ordinal);
    }

    /// <summary>"vallees" → "vallee", "bassins" → "bassin": plural and singular look the same up.</summary>
    public static string Singular(string word) =>
        word.Length > 4 && (word[^1] == 's' || word[^1] == 'x') ? word[..^1] : word;
}
