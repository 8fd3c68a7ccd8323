namespace Mednum49.Knowledge.Model;

/// <summary>
/// A participant in building the roadmap (Annexe 4) or a signatory (<c>person:&lt;last&gt;-&lt;first&gt;</c>).
/// The source gives no e-mail or phone number, and neither does the knowledge base.
/// </summary>
/// <param name="StructureId">The organisation, place or commune the person represents.</param>
/// <param name="StructureAsWritten">The « Structure » column exactly as written (participants).</param>
/// <param name="Function">The signatory's function as written, without the article ("Préfet de Maine-et-Loire").</param>
public sealed record Person(
    string Id,
    string LastName,
    string FirstName,
    string StructureId,
    string? UnitId,
    string? StructureAsWritten,
    string? Function,
    bool IsParticipant,
    bool SignedRoadmap,
    bool SignedAgreement,
    string Section) : IKnowledgeEntity
{
    /// <summary>"Thomas BRAULT": first name then last name, as written.</summary>
    public string Name => $"{FirstName} {LastName}";

    /// <summary>"BRAULT Thomas" as in the list of participants, and the last name alone.</summary>
    public IReadOnlyList<string> Aliases => [$"{LastName} {FirstName}", LastName];

    public bool IsSignatory => SignedRoadmap || SignedAgreement;
}
