namespace Mednum49.Bot.Insights;

/// <summary>How a list of knowledge-base ids is kept in one column: joined by ';' (ids never contain one).</summary>
internal static class InsightSources
{
    public const char Separator = ';';

    public static string Join(IReadOnlyList<string> sources) => string.Join(Separator, sources.Where(s => s.Length > 0));

    public static IReadOnlyList<string> Split(string? column) =>
        string.IsNullOrEmpty(column) ? [] : column.Split(Separator, StringSplitOptions.RemoveEmptyEntries);
}
