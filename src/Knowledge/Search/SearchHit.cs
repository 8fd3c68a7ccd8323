namespace Mednum49.Knowledge.Search;

/// <summary>A document found for a question, best first.</summary>
/// <param name="Id">The document's id.</param>
/// <param name="Kind">The document's kind.</param>
/// <param name="Title">The document's title.</param>
/// <param name="Score">Raw relevance score (BM25): only comparable between hits of the same question.</param>
/// <param name="Confidence">
/// Share of the question's meaningful words (weighted by their rarity in the index) that the document
/// contains, exactly, through a synonym, or — counting less — with a typo: from 0 to 1, comparable between
/// questions. A question about something the index does not know ("météo demain") has no hit or a low one.
/// </param>
public sealed record SearchHit(string Id, string Kind, string Title, float Score, double Confidence);
