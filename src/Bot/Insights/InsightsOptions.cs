using System.ComponentModel.DataAnnotations;

namespace Mednum49.Bot.Insights;

/// <summary>
/// Configuration section <c>Insights</c>: what the bot records of the questions it failed (see docs/insights.md).
/// <code>
/// "Insights": { "Enabled": true, "RetentionDays": 90, "UserKeySecret": "&lt;a random secret, 32+ characters&gt;" }
/// </code>
/// </summary>
public sealed class InsightsOptions
{
    public const string Section = "Insights";

    /// <summary>The shortest secret accepted: 32 characters (about 190 bits from a password generator).</summary>
    public const int MinimumSecretLength = 32;

    /// <summary>Records unanswered questions and 👎 (default true). False: nothing is recorded and answers carry no feedback buttons.</summary>
    public bool Enabled { get; set; } = true;

    /// <summary>Days a record is kept; older records are deleted by a purge every few hours (default 90).</summary>
    [Range(1, 3650, ErrorMessage = "Set 'Insights:RetentionDays' between 1 and 3650.")]
    public int RetentionDays { get; set; } = 90;

    /// <summary>
    /// The key of the keyed hash (HMAC-SHA256) that turns a user's id into a pseudonym. Required outside Development
    /// when <see cref="Enabled"/>; in Development a missing secret is replaced by a random one for the life of the
    /// process (pseudonyms then change at each restart). Whoever knows it can test whether a given person asked.
    /// </summary>
    public string? UserKeySecret { get; set; }

    /// <summary>How many days the <c>questions</c> command looks back (default 30).</summary>
    [Range(1, 3650, ErrorMessage = "Set 'Insights:ReportDays' between 1 and 3650.")]
    public int ReportDays { get; set; } = 30;

    public TimeSpan Retention => TimeSpan.FromDays(RetentionDays);
}
