namespace Mednum49.Knowledge.Answering;

/// <summary>
/// The structured result of an orientation question. Every front end renders this same object:
/// the CLI as plain text, the bot as an Adaptive Card or formatted text, the optional model as numbered facts.
/// </summary>
public sealed record Answer
{
    public required string Question { get; init; }

    /// <summary>False when the knowledge base has nothing relevant: the answer then says so and suggests what the bot can do.</summary>
    public bool Found { get; init; }

    /// <summary>What the engine understood the question to be about (e.g. "territory", "action", "fallback").</summary>
    public string Kind { get; init; } = "none";

    public AnswerConfidence Confidence { get; init; } = AnswerConfidence.None;

    /// <summary>Short French heading, e.g. "Cholet Agglomération — polarité du Vihierois".</summary>
    public string Title { get; init; } = "";

    /// <summary>One-sentence French lead shown before the facts (optional).</summary>
    public string? Summary { get; init; }

    /// <summary>French facts, most relevant first. Each one reads on its own (the model cites them by number).</summary>
    public IReadOnlyList<AnswerFact> Facts { get; init; } = [];

    public IReadOnlyList<AnswerPerson> People { get; init; } = [];

    public IReadOnlyList<AnswerPlace> Places { get; init; } = [];

    /// <summary>Knowledge-base ids the answer comes from, with the section of the source document.</summary>
    public IReadOnlyList<AnswerSource> Sources { get; init; } = [];

    /// <summary>Questions the user may ask next (rendered as buttons or suggestions).</summary>
    public IReadOnlyList<AnswerChoice> FollowUps { get; init; } = [];

    /// <summary>When the question matched several things about equally: the candidates to choose from.</summary>
    public IReadOnlyList<AnswerChoice> Choices { get; init; } = [];

    /// <summary>
    /// Optional natural phrasing of <see cref="Facts"/> (grounded generation). Renderers show it in place of
    /// the fact lines when present; sources always stay the engine's.
    /// </summary>
    public string? Narrative { get; init; }

    /// <summary>
    /// What the conversation is about after this answer, to give back with the next message of the same conversation
    /// (<see cref="IAnswerService.AskAsync(string, DialogueContext?, CancellationToken)"/>). Null from a service that
    /// keeps no context.
    /// </summary>
    public DialogueContext? Context { get; init; }

    public bool IsAmbiguous => Choices.Count > 0;
}

public enum AnswerConfidence
{
    None,
    Low,
    Medium,
    High,
}

public sealed record AnswerFact(string Text, string? SourceId = null);

public sealed record AnswerPerson(string Name, string Organisation, string? Role = null, string? SourceId = null);

/// <param name="Contact">How to reach it, when an open-data file gives it (cards show links: tel:, mailto:, the website, a map).</param>
public sealed record AnswerPlace(string Name, string? Commune = null, string? Kind = null, string? SourceId = null, PlaceContact? Contact = null);

/// <summary>A place's contact details from the open-data files, ready to show: texts and the links behind them.</summary>
/// <param name="Phone">« 02 41 75 42 70 »; <paramref name="PhoneUri"/> is its <c>tel:+33…</c> link.</param>
/// <param name="MapUrl">An openstreetmap.org link to the coordinates, when the file gives them.</param>
/// <param name="UpdatedOn">« 5 mars 2024 », the file's <c>date_maj</c>.</param>
public sealed record PlaceContact(
    string? Address = null,
    string? Phone = null,
    string? PhoneUri = null,
    string? Email = null,
    string? Website = null,
    string? MapUrl = null,
    string? Hours = null,
    string? UpdatedOn = null,
    string? Source = null);

/// <param name="Id">Stable knowledge-base id, e.g. <c>action:B.6</c>.</param>
/// <param name="Section">Where it stands in the source document, in French, e.g. "Annexe 3 — Cholet Agglomération".</param>
public sealed record AnswerSource(string Id, string Section);

/// <param name="Label">What the user sees.</param>
/// <param name="Query">What is sent back as if the user had typed it.</param>
public sealed record AnswerChoice(string Label, string Query);
