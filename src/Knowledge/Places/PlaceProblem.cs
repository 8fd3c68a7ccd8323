namespace Mednum49.Knowledge.Places;

/// <summary>A row's value that broke the standard: reported, and only that value dropped (or the row, when <see cref="Skipped"/>).</summary>
/// <param name="File">The file, as given (relative to the places folder when loaded from one).</param>
public sealed record PlaceProblem(string File, int Line, string Field, string Reason, bool Skipped = false)
{
    /// <summary><c>&lt;file&gt;:&lt;line&gt;: &lt;field&gt;: &lt;reason&gt;</c>, what <c>places check</c> prints.</summary>
    public override string ToString() => $"{File}:{Line}: {Field}: {Reason}";
}
