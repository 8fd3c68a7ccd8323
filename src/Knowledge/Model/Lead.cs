namespace Mednum49.Knowledge.Model;

/// <summary>Who carries an action or a working group: an organisation and, when the document names it, its unit.</summary>
public sealed record Lead(string OrganisationId, string? UnitId = null);
