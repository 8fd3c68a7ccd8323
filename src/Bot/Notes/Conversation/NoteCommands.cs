using System.Globalization;
using System.Text.RegularExpressions;
using Mednum49.Bot.Dialogs;

namespace Mednum49.Bot.Notes.Conversation;

/// <summary>
/// The reading and correcting commands, as typed and as the buttons send them: <c>notes &lt;groupe&gt; [page N]</c>,
/// <c>mes notes [page N]</c>, <c>export &lt;groupe&gt;</c>, <c>corriger &lt;référence&gt;</c>,
/// <c>supprimer &lt;référence&gt;</c>. Parsing works on the normalised text (no case, accents or punctuation).
/// Filing a note is <see cref="NoteIntent"/>.
/// </summary>
public static partial class NoteCommands
{
    public const string New = "note";
    public const string StepByStep = "note pas à pas";
    public const string Mine = "mes notes";

    public static string Read(WorkingGroup group, int page = 1) =>
        page <= 1 ? $"notes {group.Slug}" : string.Create(CultureInfo.InvariantCulture, $"notes {group.Slug} page {page}");

    public static string MinePage(int page) => page <= 1 ? Mine : string.Create(CultureInfo.InvariantCulture, $"{Mine} page {page}");

    public static string Export(WorkingGroup group) => $"export {group.Slug}";

    public static string Edit(string reference) => $"corriger {reference}";

    public static string Delete(string reference) => $"supprimer {reference}";

    /// <summary>"notes bénévoles page 2", "lire les notes du groupe bénévoles" → the group text and the page (1 by default).</summary>
    public static (string GroupText, int Page)? ParseRead(string? text)
    {
        var normalized = FrenchText.Normalize(text);
        if (MineCommand().IsMatch(normalized))
        {
            return null;
        }

        var match = ReadCommand().Match(normalized);
        return match.Success ? WithPage(match.Groups["rest"].Value) : null;
    }

    /// <summary>"mes notes", "mes notes page 2" → the page.</summary>
    public static int? ParseMine(string? text)
    {
        var match = MineCommand().Match(FrenchText.Normalize(text));
        return match.Success ? WithPage(match.Groups["rest"].Value).Page : null;
    }

    /// <summary>"export bénévoles", "exporter les notes du groupe bénévoles" → the group text (empty when none).</summary>
    public static string? ParseExport(string? text)
    {
        var match = ExportCommand().Match(FrenchText.Normalize(text));
        return match.Success ? match.Groups["rest"].Value.Trim() : null;
    }

    /// <summary>"corriger N-4F7K2" → (Edit, "N-4F7K2"); "supprimer la note 4f7k2" → (Delete, "N-4F7K2"); no reference → empty.</summary>
    public static (NoteChangeKind Kind, string? Reference)? ParseChange(string? text)
    {
        var match = ChangeCommand().Match(FrenchText.Normalize(text));
        if (!match.Success)
        {
            return null;
        }

        var kind = match.Groups["verb"].Value is "supprimer" or "effacer" or "retirer" ? NoteChangeKind.Delete : NoteChangeKind.Edit;
        var rest = match.Groups["rest"].Value.Trim();
        if (NoteReference.TryNormalize(rest, out var reference))
        {
            return (kind, reference);
        }

        // "corriger" or "supprimer la note" without a usable reference: ask for it. Other text ("supprimer la fracture
        // numérique") is not about notes.
        return rest.Length == 0 || match.Groups["note"].Success ? (kind, null) : null;
    }

    private static (string GroupText, int Page) WithPage(string rest)
    {
        var page = 1;
        var paging = PageSuffix().Match(rest);
        if (paging.Success)
        {
            page = int.TryParse(paging.Groups["page"].Value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) ? Math.Max(1, number) : int.MaxValue;
            rest = rest[..paging.Index];
        }

        return (rest.Trim(), page);
    }

    [GeneratedRegex(@"^(?:(?:lire|voir|afficher|consulter|montre moi|montrez moi)\s+)?(?:les\s+)?notes(?:\s+(?<rest>.*))?$")]
    private static partial Regex ReadCommand();

    [GeneratedRegex(@"^(?:(?:lire|voir|afficher|consulter|montre moi|montrez moi)\s+)?mes\s+notes(?:\s+(?<rest>.*))?$")]
    private static partial Regex MineCommand();

    [GeneratedRegex(@"^(?:export|exporter|exportez|exporte)(?:\s+les\s+notes)?(?:\s+(?<rest>.*))?$")]
    private static partial Regex ExportCommand();

    [GeneratedRegex(@"^(?<verb>corriger|modifier|editer|supprimer|effacer|retirer)(?<note>\s+(?:la|ma|une|cette)\s+note)?(?:\s+(?<rest>.*))?$")]
    private static partial Regex ChangeCommand();

    [GeneratedRegex(@"(?:^|\s)page\s+(?<page>\d{1,9})\s*$")]
    private static partial Regex PageSuffix();
}

public enum NoteChangeKind
{
    Edit,
    Delete,
}
