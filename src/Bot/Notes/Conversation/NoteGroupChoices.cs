using Mednum49.Bot.Dialogs.Prompts;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// The working groups as the answers of a choice: the title shown, the id returned, and as synonyms the id, the slug
/// and the words of <see cref="IWorkingGroupKeywords"/>. Recognition is <see cref="ChoiceRecognizer"/>'s: "bénévoles",
/// "le groupe sur le reconditionnement", "3", "la troisième".
/// </summary>
public sealed class NoteGroupChoices(IWorkingGroupDirectory groups, IWorkingGroupKeywords? keywords = null)
{
    public IReadOnlyList<WorkingGroup> Groups => groups.All();

    public IReadOnlyList<Choice> Choices() => [.. groups.All().Select(ChoiceOf)];

    public Choice ChoiceOf(WorkingGroup group)
    {
        var slug = WorkingGroup.SlugOf(group.Id);
        IReadOnlyList<string> synonyms = [group.Id, slug, slug.Replace('-', ' '), .. keywords?.KeywordsOf(group.Id) ?? []];
        return new Choice(group.Id, synonyms, group.Title);
    }

    /// <summary>
    /// The group a command's argument names ("notes bénévoles", "export 3"), or null. <paramref name="byPosition"/>
    /// false ignores numbers and ordinals: in a sentence ("une note sur la réunion du 3 mars") a number is no group.
    /// </summary>
    public WorkingGroup? Resolve(string? text, bool byPosition = true)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var all = groups.All();
        var found = ChoiceRecognizer.Recognize(text, null, [.. all.Select(ChoiceOf)]);
        if (found is null || (!byPosition && found.Match is ChoiceMatch.Ordinal or ChoiceMatch.Number))
        {
            return null;
        }

        return all[found.Index];
    }

    public WorkingGroup? Find(string? id) => string.IsNullOrWhiteSpace(id) ? null : groups.Find(id);
}
