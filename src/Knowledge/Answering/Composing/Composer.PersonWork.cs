using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Answering;

internal sealed partial class Composer
{
    /// <summary>
    /// What a person works on, as the document says it: the actions and working groups their service leads (their
    /// organisation's, when no service is named) — the answer to "elle fait quoi ?" after a name.
    /// </summary>
    private static IEnumerable<(string Text, string Source)> WorkOf(KnowledgeBase kb, Person person)
    {
        bool Leads(Lead lead) => person.UnitId is { } unit ? lead.UnitId == unit : lead.OrganisationId == person.StructureId && lead.UnitId is null;
        var who = person.UnitId is { } unitId && kb.Find(unitId) is { } service ? $"Son service ({service.Name})" : "Sa structure";
        foreach (var action in kb.Actions.Where(a => !a.LeadsInherited && a.Leads.Any(Leads)).Take(3))
        {
            yield return ($"{who} porte l'action {action.Code} « {action.Title} »", action.Id);
        }

        foreach (var group in kb.WorkingGroups.Where(g => g.Leads.Any(Leads)).Take(2))
        {
            yield return ($"{who} anime le groupe de travail « {group.Title} »", group.Id);
        }
    }
}
