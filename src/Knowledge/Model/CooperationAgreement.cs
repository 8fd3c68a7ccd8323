namespace Mednum49.Knowledge.Model;

/// <summary>The cooperation agreement of the Mednum49 (Annexe 1). Its signatories are the people with <see cref="Person.SignedAgreement"/>.</summary>
public sealed record CooperationAgreement(
    string Id,
    string Name,
    IReadOnlyList<string> Aliases,
    string Summary,
    string? PreviousPeriod,
    IReadOnlyList<string> Objectives,
    IReadOnlyList<string> Principles,
    string CommitmentTerms,
    string? FundedStructureId,
    IReadOnlyList<string> InstanceIds,
    string Communication,
    string Duration,
    int DurationYears,
    string Renewal,
    string Amendment,
    string Withdrawal,
    string? WithdrawalDeadline,
    string Joining,
    string? JoiningInstanceId,
    string Section) : IKnowledgeEntity;
