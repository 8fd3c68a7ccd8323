namespace Mednum49.Knowledge.Places;

/// <summary>What a question asks about a place of the open-data file.</summary>
public enum PlaceDetail
{
    /// <summary>Every contact detail at once ("coordonnées", "comment les joindre").</summary>
    Contact,
    Phone,
    Email,
    Address,
    Hours,

    /// <summary>Whether it is open today (Europe/Paris).</summary>
    OpenNow,
    Website,
    Services,
    Publics,
    Booking,
    Fees,

    /// <summary>Support for people with a disability (<c>prise_en_charge_specifique</c>, <c>fiche_acces_libre</c>).</summary>
    Accessibility,
}

/// <summary>The phrases of <c>place_details:</c> that ask for one detail, and the words that, just before, make a phrase part of a name.</summary>
public sealed record PlaceDetailWords(PlaceDetail Detail, IReadOnlyList<string> Phrases, IReadOnlyList<string> NotAfter);
