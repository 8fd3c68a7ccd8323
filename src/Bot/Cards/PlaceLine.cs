namespace Mednum49.Bot.Cards;

/// <summary>A place as a reply shows it: "Name (Commune) — kind", then how to reach it when an open-data file says.</summary>
public sealed record PlaceLine(string Text, PlaceContactLine? Contact = null);
