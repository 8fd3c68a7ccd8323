using System.ComponentModel.DataAnnotations;

namespace Mednum49.Knowledge;

/// <summary>Configuration section <c>Knowledge</c>.</summary>
public sealed class KnowledgeOptions
{
    public const string Section = "Knowledge";

    /// <summary>
    /// Folder of the knowledge-base YAML files (<c>Knowledge:DataPath</c>). Defaults to the copy embedded next to
    /// the binaries, so the bot runs with no setup; a deployment points it at its own editable copy.
    /// </summary>
    [Required]
    public string DataPath { get; set; } = DefaultDataPath;

    /// <summary>
    /// <c>Knowledge:ReloadOnChange</c>: reload the knowledge base when its files change (a valid change is served at
    /// once; an invalid one is logged and the previous base kept). Off by default.
    /// </summary>
    public bool ReloadOnChange { get; set; }

    public static string DefaultDataPath => Path.Combine(AppContext.BaseDirectory, "Data");
}
