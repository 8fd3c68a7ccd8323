namespace Mednum49.Knowledge.Model;

/// <summary>A partner, signatory, member or participating structure (<c>org:&lt;slug&gt;</c>).</summary>
/// <param name="Kind">etat, collectivite, syndicat-mixte, protection-sociale, federation, reseau, association, union-departementale, service-public, entreprise, education.</param>
/// <param name="ParentId">The organisation it belongs to (Cyb@njou → the Fédération des centres sociaux), if any.</param>
/// <param name="IsMember">Listed among « Ses membres » on the last page of the document.</param>
/// <param name="Commitments">What it commits to or does for the network, in French.</param>
/// <param name="TerritoryIds">For a local organisation, the territories where it acts.</param>
public sealed record Organisation(
    string Id,
    string Name,
    string? FullName,
    IReadOnlyList<string> Aliases,
    string Kind,
    string? ParentId,
    bool IsMember,
    string Description,
    IReadOnlyList<string> Commitments,
    IReadOnlyList<string> TopicIds,
    IReadOnlyList<string> TerritoryIds,
    IReadOnlyList<string> UnitIds,
    string Section) : IKnowledgeEntity;

/// <summary>A named unit inside an organisation (<c>unit:bibliopole</c>, <c>unit:dast</c>…).</summary>
public sealed record OrganisationUnit(
    string Id,
    string OrganisationId,
    string Name,
    IReadOnlyList<string> Aliases,
    string? Description,
    IReadOnlyList<string> TopicIds,
    string Section) : IKnowledgeEntity;
