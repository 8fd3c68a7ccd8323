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

    /// <summary>
    /// <c>Knowledge:PlacesPath</c>: a file, or a folder of files, of places in the national open-data standard « lieux de
    /// médiation numérique » (CSV or JSON). Default: the <c>places</c> folder of <see cref="DataPath"/>.
    /// </summary>
    public string? PlacesPath { get; set; }

    /// <summary>The places file or folder actually read: <see cref="PlacesPath"/>, else <c>&lt;DataPath&gt;/places</c>.</summary>
    public string ResolvedPlacesPath => string.IsNullOrWhiteSpace(PlacesPath) ? Path.Combine(DataPath, PlacesFolder) : PlacesPath;

    /// <summary>The folder of <see cref="DataPath"/> that holds the places files by default.</summary>
    public const string PlacesFolder = "places";

    public static string DefaultDataPath => Path.Combine(AppContext.BaseDirectory, "Data");
}
