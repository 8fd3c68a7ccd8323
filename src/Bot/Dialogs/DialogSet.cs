namespace Mednum49.Bot.Dialogs;

/// <summary>The dialogs a bot knows, by id. One flat set: give prompts ids that say whose they are ("note.date").</summary>
public sealed class DialogSet
{
    private readonly Dictionary<string, Dialog> _dialogs = new(StringComparer.Ordinal);

    public DialogSet(IEnumerable<Dialog>? dialogs = null)
    {
        foreach (var dialog in dialogs ?? [])
        {
            Add(dialog);
        }
    }

    public IEnumerable<Dialog> All => _dialogs.Values;

    public DialogSet Add(Dialog dialog)
    {
        ArgumentNullException.ThrowIfNull(dialog);
        if (_dialogs.TryGetValue(dialog.Id, out var existing) && !ReferenceEquals(existing, dialog))
        {
            throw new InvalidOperationException($"Two different dialogs have the id '{dialog.Id}'.");
        }

        _dialogs[dialog.Id] = dialog;
        return this;
    }

    public Dialog? Find(string dialogId) => _dialogs.GetValueOrDefault(dialogId);
}
