using System.Globalization;
using CsvHelper;
using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Places;

/// <summary>
/// Writes every place the bot knows in the standard's columns and order (<see cref="PlacesSchema.Fields"/>), so the
/// network can publish its own offer: the open-data places as read (values that broke the standard were dropped on
/// reading), then the roadmap's places that no file describes, with what the roadmap says of them (name, commune,
/// kind, France Services). Comma-separated UTF-8, multi-valued fields joined with <c>|</c> as in version 1.x.
/// </summary>
public static class PlacesCsvExporter
{
    /// <summary>The <c>source</c> written for the roadmap's own places.</summary>
    public const string RoadmapSource = "Mednum49 — feuille de route 2023-2025";

    private static readonly CsvWriterOptions Options = CsvWriterOptions.Default with
    {
        Separator = ',',
        NewLine = "\r\n",
        WriteByteOrderMark = false,
        FormatProvider = CultureInfo.InvariantCulture,
    };

    public static async Task<int> WriteAsync(Stream output, KnowledgeBase kb, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(kb);
        await using var csv = CsvWriter.Create(output, Options, leaveOpen: true);
        csv.WriteHeader([.. PlacesSchema.Fields.Select(f => f.Name)]);
        var count = 0;
        foreach (var place in kb.OpenData.All)
        {
            // A place located by its INSEE code alone gets the commune's official name.
            var located = place.CommuneName is null && place.Links.CommuneId is { } communeId ? place with { CommuneName = kb.Find(place.Links.FormerCommuneId ?? communeId)?.Name } : place;
            await csv.WriteRecordAsync([.. PlacesSchema.Fields.Select(f => Value(located, f.Name))], cancellationToken);
            count++;
        }

        foreach (var place in RoadmapOnly(kb))
        {
            await csv.WriteRecordAsync([.. PlacesSchema.Fields.Select(f => Value(kb, place, f.Name))], cancellationToken);
            count++;
        }

        await csv.FlushAsync(cancellationToken);
        return count;
    }

    /// <summary>
    /// The roadmap's open places that no file describes and whose commune the roadmap gives (the standard requires
    /// one: an itinerant service of a whole territory has none).
    /// </summary>
    public static IEnumerable<Place> RoadmapOnly(KnowledgeBase kb) =>
        kb.Places.Where(p => kb.OpenData.Of(p.Id).Count == 0 && p.Closed is null && p.CommuneId is not null);

    private static string Value(OpenPlace p, string field) => field switch
    {
        "id" => p.Id,
        "pivot" => p.Pivot ?? "",
        "nom" => p.Name,
        "commune" => p.CommuneName ?? "",
        "code_postal" => p.PostalCode ?? "",
        "code_insee" => p.InseeCode ?? "",
        "adresse" => p.Address ?? "",
        "complement_adresse" => p.AddressComplement ?? "",
        "latitude" => p.Latitude?.ToString("0.######", CultureInfo.InvariantCulture) ?? "",
        "longitude" => p.Longitude?.ToString("0.######", CultureInfo.InvariantCulture) ?? "",
        "typologie" => Join(p.Typologies),
        "telephone" => p.Phone ?? "",
        "courriels" => Join(p.Emails),
        "site_web" => Join(p.Websites),
        "horaires" => p.OpeningHours ?? "",
        "presentation_resume" => p.Summary ?? "",
        "presentation_detail" => p.Detail ?? "",
        "source" => p.Source ?? "",
        "itinerance" => Join(p.Itinerance),
        "structure_parente" => p.ParentStructure ?? "",
        "date_maj" => p.UpdatedOn?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) ?? "",
        "services" => Join(p.Services),
        "publics_specifiquement_adresses" => Join(p.Publics),
        "prise_en_charge_specifique" => Join(p.SpecificSupport),
        "frais_a_charge" => Join(p.Fees),
        "dispositif_programmes_nationaux" => Join(p.Programmes),
        "formations_labels" => Join(p.Labels),
        "autres_formations_labels" => Join(p.OtherLabels),
        "modalites_acces" => Join(p.AccessModes),
        "modalites_accompagnement" => Join(p.SupportModes),
        "fiche_acces_libre" => p.AccessLibre ?? "",
        "prise_rdv" => p.Booking ?? "",
        _ => "",
    };

    private static string Value(KnowledgeBase kb, Place p, string field)
    {
        var commune = p.CommuneId is { } id ? kb.CommuneOf(id) : null;
        var former = p.CommuneId is { } f ? kb.Find<FormerCommune>(f) : null;
        return field switch
        {
            "id" => $"mednum49-{KnowledgeIds.LocalPart(p.Id)}",
            "nom" => p.Name,
            "commune" => former?.Name ?? commune?.Name ?? "",
            "code_postal" => former?.PostalCode ?? (commune?.PostalCodes.Count == 1 ? commune.PostalCodes[0] : ""),
            "code_insee" => commune?.InseeCode ?? "",
            "typologie" => Typology(p.Kind),
            "presentation_resume" => p.Description.Length <= 280 ? p.Description : "",
            "presentation_detail" => p.Description.Length > 280 ? p.Description : "",
            "source" => RoadmapSource,
            "itinerance" => p.Itinerant ? "Itinérant" : "Fixe",
            "dispositif_programmes_nationaux" => p.IsFranceServices ? "France Services" : "",
            _ => "",
        };
    }

    /// <summary>The data·inclusion structure type of a roadmap place kind, where one fits.</summary>
    private static string Typology(string kind) => kind switch
    {
        PlaceKinds.FranceServices => "MSAP",
        "centre-social" => "CS",
        "mjc" => "MJC",
        "mediatheque" => "BIB",
        "ccas" => "CCAS",
        "cias" => "CIAS",
        "mairie" => "MUNI",
        "association" => "ASSO",
        "fablab" => "TIERS_LIEUX",
        _ => "",
    };

    private static string Join(IReadOnlyList<string> values) => string.Join('|', values);
}
