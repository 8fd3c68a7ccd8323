using System.Globalization;
using Mednum49.Knowledge.Places;

namespace Mednum49.Knowledge.Answering;

/// <summary>Answers from the open-data places files: a place's phone, address, e-mail, hours, website, services…</summary>
internal sealed partial class Composer
{
    /// <summary>The <see cref="Answer.Kind"/> of an answer about a place of the open-data files.</summary>
    public const string OpenPlaceKind = "place-details";

    private static readonly CultureInfo FrenchCulture = CultureInfo.GetCultureInfo("fr-FR");

    private static readonly TimeZoneInfo Paris = FindParis();

    public Answer OpenPlaceDetails(OpenPlace place, IReadOnlySet<PlaceDetail> asked, int? weekday)
    {
        var answer = New(OpenPlaceKind);
        var commune = OpenPlaceCommune(place);
        answer.Title = commune is null || NameHolds(place.Name, commune) ? place.Name : $"{place.Name} — {commune}";
        var missing = new List<string>();
        foreach (var detail in Order(asked))
        {
            if (DetailLine(place, detail, weekday) is { } line)
            {
                answer.Fact(line);
            }
            else if (!asked.Contains(PlaceDetail.Contact))
            {
                missing.Add(MissingLabel(detail));
            }
        }

        if (asked.Contains(PlaceDetail.Contact) && answer.FactCount == 0)
        {
            missing.Add(MissingLabel(PlaceDetail.Contact));
        }

        if (missing.Count > 0)
        {
            answer.Fact($"Le fichier des lieux de médiation numérique ne donne pas {Labels.Enumerate(missing)} pour {place.Name}");

            // What the file does give, so the person can still reach the place.
            foreach (var detail in new[] { PlaceDetail.Phone, PlaceDetail.Email, PlaceDetail.Address, PlaceDetail.Website }.Where(d => !asked.Contains(d)))
            {
                if (DetailLine(place, detail, weekday) is { } other)
                {
                    answer.Fact(other);
                }
            }
        }

        answer.Fact(UpdateLine(place));
        answer.OpenPlace(place, commune, Contact(place));
        if (place.Links.EntityId is { } entity)
        {
            answer.Source(entity);
        }

        foreach (var next in new[] { PlaceDetail.Phone, PlaceDetail.Address, PlaceDetail.Hours, PlaceDetail.Services, PlaceDetail.Email })
        {
            if (!asked.Contains(next) && !asked.Contains(PlaceDetail.Contact) && DetailLine(place, next, null) is not null)
            {
                answer.FollowUp($"{FollowUpWord(next)} {Labels.De(place.Name)}{(commune is null || NameHolds(place.Name, commune) ? "" : $" ({commune})")} ?");
            }
        }

        return answer.Build();
    }

    /// <summary>Several places of the files fit the question equally: the person picks one.</summary>
    public Answer OpenPlaceChoices(IReadOnlyList<OpenPlace> places, string asked)
    {
        var answer = New(QuestionKinds.Ambiguous);
        answer.Title = "Plusieurs lieux correspondent";
        answer.Summary = "Duquel parlez-vous ?";
        foreach (var place in places)
        {
            var commune = OpenPlaceCommune(place);
            var label = commune is null || NameHolds(place.Name, commune) ? place.Name : $"{place.Name} ({commune})";
            answer.Choice(label, $"{asked.TrimEnd(' ', '?')} — {label} ?");
            answer.OpenPlace(place, commune, Contact(place));
        }

        return answer.Build(found: true, AnswerConfidence.Medium);
    }

    private static IEnumerable<PlaceDetail> Order(IReadOnlySet<PlaceDetail> asked) =>
        asked.Contains(PlaceDetail.Contact)
            ? new[] { PlaceDetail.Address, PlaceDetail.Phone, PlaceDetail.Email, PlaceDetail.Website, PlaceDetail.Hours, PlaceDetail.Booking }.Concat(asked.Where(d => d != PlaceDetail.Contact)).Distinct()
            : asked.Order();

    private string? DetailLine(OpenPlace place, PlaceDetail detail, int? weekday) => detail switch
    {
        PlaceDetail.Phone => place.Phone is { } phone ? $"Téléphone : {FrenchPhone.Display(phone)}" : null,
        PlaceDetail.Email => place.Emails.Count > 0 ? $"Courriel : {string.Join(", ", place.Emails)}" : null,
        PlaceDetail.Address => place.FullAddress is { } address ? $"Adresse : {address}" + (MapUrl(place) is { } map ? $" (plan : {map})" : "") : null,
        PlaceDetail.Website => place.Websites.Count > 0 ? $"Site : {string.Join(", ", place.Websites)}" : null,
        PlaceDetail.Hours => HoursLine(place, weekday),
        PlaceDetail.OpenNow => TodayLine(place),
        PlaceDetail.Services => place.Services.Count > 0 ? $"Services : {string.Join(" ; ", place.Services)}" : null,
        PlaceDetail.Publics => place.Publics.Count > 0 ? $"Publics accueillis en particulier : {string.Join(", ", place.Publics)}"
            : place.Services.Count > 0 ? "Tout public (le fichier ne signale pas de public particulier)" : null,
        PlaceDetail.Booking => place.Booking is { } booking ? $"Prise de rendez-vous : {booking}"
            : place.AccessModes.Count > 0 ? $"Modalités d'accès : {string.Join(", ", place.AccessModes)}" : null,
        PlaceDetail.Fees => place.Fees.Count > 0 ? $"Frais : {string.Join(", ", place.Fees)}" : null,
        PlaceDetail.Accessibility => AccessibilityLine(place),
        _ => null,
    };

    private static string? AccessibilityLine(OpenPlace place)
    {
        var parts = new List<string>();
        if (place.SpecificSupport.Count > 0)
        {
            parts.Add($"Accueil adapté : {string.Join(", ", place.SpecificSupport)}");
        }

        if (place.AccessLibre is { } sheet)
        {
            parts.Add($"fiche d'accessibilité : {sheet}");
        }

        return parts.Count == 0 ? null : string.Join(" ; ", parts);
    }

    private static string? HoursLine(OpenPlace place, int? weekday)
    {
        if (place.OpeningHours is not { } raw)
        {
            return null;
        }

        var hours = OpeningHours.Parse(raw);
        if (!hours.IsParsed)
        {
            return $"Horaires (tels qu'écrits dans le fichier) : {raw}";
        }

        if (weekday is { } day)
        {
            var name = OpeningHours.DayName(day);
            return hours.On(day) is { Count: > 0 } intervals
                ? $"Le {name} : ouvert {OpeningHours.Times(intervals)} (horaires : {hours.ToFrench()})"
                : $"Le {name} : fermé (horaires : {hours.ToFrench()})";
        }

        return $"Horaires : {hours.ToFrench()}";
    }

    private string? TodayLine(OpenPlace place)
    {
        if (place.OpeningHours is not { } raw)
        {
            return null;
        }

        var hours = OpeningHours.Parse(raw);
        var now = TimeZoneInfo.ConvertTime(state.Clock.GetUtcNow(), Paris).DateTime;
        return hours.Today(now) is { } today
            ? $"{today} Horaires : {hours.ToFrench()}"
            : $"Horaires (tels qu'écrits dans le fichier, à vérifier pour aujourd'hui) : {raw}";
    }

    private static string MissingLabel(PlaceDetail detail) => detail switch
    {
        PlaceDetail.Phone => "de numéro de téléphone",
        PlaceDetail.Email => "d'adresse e-mail",
        PlaceDetail.Address => "d'adresse",
        PlaceDetail.Website => "de site web",
        PlaceDetail.Hours or PlaceDetail.OpenNow => "d'horaires",
        PlaceDetail.Services => "de services",
        PlaceDetail.Publics => "de publics",
        PlaceDetail.Booking => "de prise de rendez-vous",
        PlaceDetail.Fees => "de frais",
        PlaceDetail.Accessibility => "d'information sur l'accessibilité",
        _ => "de coordonnées",
    };

    private static string FollowUpWord(PlaceDetail detail) => detail switch
    {
        PlaceDetail.Phone => "Téléphone",
        PlaceDetail.Address => "Adresse",
        PlaceDetail.Hours => "Horaires",
        PlaceDetail.Services => "Services",
        _ => "Courriel",
    };

    private static string UpdateLine(OpenPlace place)
    {
        var updated = place.UpdatedOn is { } date ? $"Mis à jour le {date.ToString("d MMMM yyyy", FrenchCulture)}" : "Date de mise à jour non précisée";
        var source = place.Source is { Length: > 0 } s ? $"source : {s}, " : "";
        return $"{updated} ({source}fichier « lieux de médiation numérique » {place.File})";
    }

    private string? OpenPlaceCommune(OpenPlace place) =>
        place.Links.FormerCommuneId is { } former ? Names.Of(Kb, former)
        : place.Links.CommuneId is { } commune ? Names.Of(Kb, commune)
        : place.CommuneName;

    internal static string? MapUrl(OpenPlace place) =>
        place is { Latitude: { } lat, Longitude: { } lon }
            ? string.Create(CultureInfo.InvariantCulture, $"https://www.openstreetmap.org/?mlat={lat:0.######}&mlon={lon:0.######}#map=17/{lat:0.######}/{lon:0.######}")
            : null;

    private static PlaceContact Contact(OpenPlace place) => new(
        place.FullAddress,
        place.Phone is { } phone ? FrenchPhone.Display(phone) : null,
        place.Phone is { } p ? FrenchPhone.Uri(p) : null,
        place.Emails.FirstOrDefault(),
        place.Websites.FirstOrDefault(),
        MapUrl(place),
        place.OpeningHours is { } raw ? OpeningHours.Parse(raw).ToFrench() : null,
        place.UpdatedOn?.ToString("d MMMM yyyy", FrenchCulture),
        place.Source);

    /// <summary>True when the place's name already says its commune (« France Services de Candé »).</summary>
    private static bool NameHolds(string name, string commune) =>
        Understanding.TextNormalizer.Fold(name).Contains(Understanding.TextNormalizer.Fold(commune), StringComparison.Ordinal);

    private static TimeZoneInfo FindParis()
    {
        try
        {
            return TimeZoneInfo.FindSystemTimeZoneById("Europe/Paris");
        }
        catch (TimeZoneNotFoundException)
        {
            return TimeZoneInfo.Utc;
        }
    }
}
