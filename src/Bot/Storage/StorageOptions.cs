using System.ComponentModel.DataAnnotations;

namespace Mednum49.Bot.Storage;

/// <summary>Configuration section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    public const string Section = "Storage";

    /// <summary>
    /// The embedded SQLite database of the bot (conversation state, notes). Relative paths are resolved against the
    /// content root; the file and its folder are created on first use. In Azure: a path under <c>/home</c>.
    /// </summary>
    [Required(AllowEmptyStrings = false, ErrorMessage = "Set 'Storage:DatabasePath' to the SQLite file of the bot.")]
    public string DatabasePath { get; set; } = "data/mednum49.db";
}
