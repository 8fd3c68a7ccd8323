namespace Mednum49.Knowledge.Model;

/// <summary>One of the three governance instances of the Mednum49 (<c>instance:comite-de-pilotage</c>…).</summary>
/// <param name="Frequency">As written ("trois fois par an", "autant que de besoin").</param>
/// <param name="MeetingsPerYear">When the document gives a number of meetings a year.</param>
/// <param name="MemberIds">The organisations that sit there, where the document names them.</param>
public sealed record GovernanceInstance(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string Frequency,
    int? MeetingsPerYear,
    string Composition,
    string Role,
    IReadOnlyList<string> MemberIds,
    string? MembersNote,
    string Section) : IKnowledgeEntity;
