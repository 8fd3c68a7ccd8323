using Mednum49.Bot.Dialogs;
using Mednum49.Knowledge.Loading;
using KnowledgeModel = Mednum49.Knowledge.Model;

namespace Mednum49.Bot.Notes;

/// <summary>
/// The roadmap's working groups, read from the current knowledge-base snapshot (a reload is seen at once), with the
/// words that designate each one: its aliases, the name and synonyms of its main topic, the territories it is about
/// and the organisations that lead it, and the words of its slug. A word shared by two groups designates neither
/// (« Anjou Numérique » leads two groups), so it is left out of both.
/// </summary>
public sealed class KnowledgeBaseWorkingGroups(IKnowledgeBaseProvider knowledge) : IWorkingGroupDirectory, IWorkingGroupKeywords
{
    private Snapshot? _snapshot;

    public WorkingGroup? Find(string id) =>
        string.IsNullOrWhiteSpace(id) ? null : Current().Groups.FirstOrDefault(g => string.Equals(g.Id, id.Trim(), StringComparison.OrdinalIgnoreCase));

    public IReadOnlyList<WorkingGroup> All() => Current().Groups;

    public IReadOnlyList<string> KeywordsOf(string groupId) =>
        Current().Keywords.TryGetValue(groupId, out var keywords) ? keywords : [];

    // Rebuilt only when the provider swaps in a new snapshot.
    private Snapshot Current()
    {
        var kb = knowledge.Current;
        var snapshot = Volatile.Read(ref _snapshot);
        if (snapshot is null || !ReferenceEquals(snapshot.Source, kb))
        {
            snapshot = Build(kb);
            Volatile.Write(ref _snapshot, snapshot);
        }

        return snapshot;
    }

    private static Snapshot Build(KnowledgeModel.KnowledgeBase kb)
    {
        var groups = kb.WorkingGroups.Select(g => new WorkingGroup(g.Id, g.Title)).ToList();
        var candidates = kb.WorkingGroups.ToDictionary(g => g.Id, g => Candidates(kb, g).Where(k => !string.IsNullOrWhiteSpace(k)).Select(k => k.Trim()).ToList(), StringComparer.OrdinalIgnoreCase);
        var owners = candidates
            .SelectMany(pair => pair.Value.Select(k => (Key: FrenchText.Normalize(k), Group: pair.Key)))
            .GroupBy(x => x.Key, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => g.Select(x => x.Group).Distinct(StringComparer.OrdinalIgnoreCase).Count(), StringComparer.Ordinal);
        var keywords = candidates.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<string>)[.. pair.Value.Where(k => owners[FrenchText.Normalize(k)] == 1).DistinctBy(FrenchText.Normalize)],
            StringComparer.OrdinalIgnoreCase);
        return new Snapshot(kb, groups, keywords);
    }

    private static IEnumerable<string> Candidates(KnowledgeModel.KnowledgeBase kb, KnowledgeModel.WorkingGroup group)
    {
        foreach (var alias in group.Aliases)
        {
            yield return alias;
        }

        // The main topic only: the others are broader ("formation", "accès au matériel") and would pull answers to
        // the wrong group.
        if (group.TopicIds.Count > 0 && kb.Find<KnowledgeModel.Topic>(group.TopicIds[0]) is { } topic)
        {
            yield return topic.Name;
            foreach (var synonym in topic.Synonyms)
            {
                yield return synonym;
            }
        }

        foreach (var territory in group.TerritoryIds.Select(kb.Find<KnowledgeModel.Territory>).OfType<KnowledgeModel.Territory>())
        {
            yield return territory.Name;
            foreach (var alias in territory.Aliases)
            {
                yield return alias;
            }
        }

        foreach (var organisation in group.Leads.Select(l => kb.Find<KnowledgeModel.Organisation>(l.OrganisationId)).OfType<KnowledgeModel.Organisation>())
        {
            yield return organisation.Name;
            foreach (var alias in organisation.Aliases)
            {
                yield return alias;
            }
        }

        yield return WorkingGroup.SlugOf(group.Id).Replace('-', ' ');
    }

    private sealed record Snapshot(KnowledgeModel.KnowledgeBase Source, IReadOnlyList<WorkingGroup> Groups, IReadOnlyDictionary<string, IReadOnlyList<string>> Keywords);
}
