using System.ComponentModel.DataAnnotations;

namespace Mednum49.Bot.Deduplication;

/// <summary>Configuration section <c>Deduplication</c>.</summary>
public sealed class DeduplicationOptions
{
    public const string Section = "Deduplication";

    /// <summary>
    /// How long a handled activity id is remembered (default one day). Teams retries within seconds; the margin
    /// covers channels that redeliver much later.
    /// </summary>
    [Range(typeof(TimeSpan), "00:01:00", "90.00:00:00", ErrorMessage = "Set 'Deduplication:Retention' between 00:01:00 and 90.00:00:00.")]
    public TimeSpan Retention { get; set; } = TimeSpan.FromDays(1);

    /// <summary>
    /// How long a claim stays <em>in progress</em> without being completed or released (default 30 s): past it, the
    /// process that held it is presumed dead (killed mid-turn) and a redelivery is processed. Longer than a turn
    /// (Teams gives 15 s), short enough that Teams' own retries after a crash are answered.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:01", "01:00:00", ErrorMessage = "Set 'Deduplication:InProgressLease' between 00:00:01 and 01:00:00.")]
    public TimeSpan InProgressLease { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>
    /// How long a delivery that finds its activity <em>in progress</em> waits for that turn to settle (default 5 s),
    /// polling the claim. When the first turn fails or is cancelled (Teams drops the first request at 15 s and
    /// retries), its claim is released and the waiting delivery runs the turn; when it succeeds, the delivery is
    /// skipped. Shorter than the channel's own timeout so the waiting request still gets its answer.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:01:00", ErrorMessage = "Set 'Deduplication:InProgressWait' between 00:00:00 and 00:01:00.")]
    public TimeSpan InProgressWait { get; set; } = TimeSpan.FromSeconds(5);
}
