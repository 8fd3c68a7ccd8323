using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Benchmarks;

/// <summary>
/// Generates a places file of the open-data standard for benchmarks: <c>count</c> clearly fictitious places (names
/// « Lieu de test N », phones in 01 99 xx xx xx, the fictitious range) spread over the real communes of the knowledge
/// base, with hours (a few hundred different ones, as real files have), services and coordinates — never written to
/// the repository.
/// </summary>
public static partial class SamplePlaces
{
    private static readonly string[] Kinds = ["Médiathèque de test", "Espace numérique de test", "Centre social de test", "France Services de test", "Tiers-lieu de test"];

    private static readonly string[] Services =
        ["Aide aux démarches administratives", "Maîtrise des outils numériques du quotidien", "Accès internet et matériel informatique", "Loisirs et créations numériques"];

    private static readonly string[] Days = ["Mo-Fr", "Tu-Sa", "Mo-Th", "Mo,Tu,Th,Fr"];
    private static readonly string[] Mornings = ["08:30-12:00", "09:00-12:00", "09:00-12:30", "10:00-12:00"];
    private static readonly string[] Afternoons = ["13:30-17:00", "14:00-17:30", "14:00-18:00"];

    public static void Write(string path, KnowledgeBase kb, int count)
    {
        ArgumentNullException.ThrowIfNull(kb);
        Write(path, [.. kb.Communes.Select(c => (c.Name, c.PostalCodes.FirstOrDefault() ?? "49000", c.InseeCode))], count);
    }

    /// <summary>
    /// The same file from the communes of <c>geography/communes.yaml</c> in <paramref name="dataPath"/>, read line by line
    /// without loading the knowledge base: <c>bench</c> then measures the base's first load as a starting bot pays it.
    /// </summary>
    public static void Write(string path, string dataPath, int count)
    {
        var communes = new List<(string Name, string PostalCode, string Insee)>();
        string? insee = null;
        string? name = null;
        foreach (var line in File.ReadLines(Path.Combine(dataPath, "geography", "communes.yaml")))
        {
            if (CommuneId().Match(line) is { Success: true } id)
            {
                (insee, name) = (id.Groups[1].Value, null);
            }
            else if (insee is not null && QuotedValue().Match(line) is { Success: true } value && value.Groups[1].Value == "name")
            {
                name = value.Groups[2].Value;
            }
            else if (insee is not null && name is not null && QuotedValue().Match(line) is { Success: true } postal && postal.Groups[1].Value == "postal_codes")
            {
                communes.Add((name, postal.Groups[2].Value, insee));
                (insee, name) = (null, null);
            }
        }

        if (communes.Count == 0)
        {
            throw new InvalidOperationException($"No commune in {Path.Combine(dataPath, "geography", "communes.yaml")}.");
        }

        Write(path, communes, count);
    }

    private static void Write(string path, IReadOnlyList<(string Name, string PostalCode, string Insee)> communes, int count)
    {
        var random = new Random(49);
        var text = new StringBuilder("id,pivot,nom,commune,code_postal,code_insee,adresse,latitude,longitude,telephone,courriels,horaires,date_maj,services,publics_specifiquement_adresses,dispositif_programmes_nationaux\n");
        for (var i = 0; i < count; i++)
        {
            var commune = communes[random.Next(communes.Count)];
            var kind = Kinds[i % Kinds.Length];
            text.Append(CultureInfo.InvariantCulture, $"bench-{i},{10000000000000 + i},{kind} {i},\"{commune.Name}\",{commune.PostalCode},{commune.Insee},");
            text.Append(CultureInfo.InvariantCulture, $"{1 + (i % 90)} rue du Test,{47 + random.NextDouble():0.00000},{-1.2 + random.NextDouble():0.00000},+3319{i % 10_000_000:0000000},lieu{i}@exemple.test,");
            text.Append(CultureInfo.InvariantCulture, $"\"{Hours(i)}\",2024-0{1 + (i % 9)}-15,{Services[i % Services.Length]}|{Services[(i + 1) % Services.Length]},{(i % 7 == 0 ? "Seniors" : "")},{(kind.StartsWith("France", StringComparison.Ordinal) ? "France Services" : "")}\n");
        }

        File.WriteAllText(path, text.ToString());
    }

    /// <summary>« Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00 » and its variants: 96 different values.</summary>
    private static string Hours(int i)
    {
        var days = Days[i % Days.Length];
        var morning = Mornings[(i / 4) % Mornings.Length];
        var afternoon = Afternoons[(i / 16) % Afternoons.Length];
        return (i / 48) % 2 == 0 ? $"{days} {morning},{afternoon}; Sa {morning}" : $"{days} {morning},{afternoon}";
    }

    [GeneratedRegex(@"^\s*-\s*id:\s*commune:(\d[0-9AB]\d{3})\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CommuneId();

    [GeneratedRegex(@"^\s+(name|postal_codes):\s*\[?\s*""([^""]+)""", RegexOptions.CultureInvariant)]
    private static partial Regex QuotedValue();
}
