namespace Mednum49.Knowledge.Generation;

/// <summary>Whether a model's reply says only what the facts say; when not, why (for the logs).</summary>
internal sealed record GroundingVerdict(bool IsGrounded, string Reason)
{
    public static readonly GroundingVerdict Grounded = new(true, "grounded");

    public static GroundingVerdict Rejected(string reason) => new(false, reason);
}
