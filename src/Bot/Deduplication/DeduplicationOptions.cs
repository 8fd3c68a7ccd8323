using System.ComponentModel.DataAnnotations;

namespace Mednum49.Bot.Deduplication;

/// <summary>Configuration section <c>Deduplication</c>.</summary>
public sealed class DeduplicationOptions
{
    public const string Section = "Deduplication";

    /// <summary>
    /// How long an incoming activity id is remembered (default one day). Teams retries within seconds; the margin
    /// covers channels that redeliver much later.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00", ErrorMessage = "Set 'Deduplication:Retention' between 00:01:00 and 90.00:00:00.")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(1);
}
