using System.Globalization;
using System.Text;
using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Benchmarks;

/// <summary>
/// Generates a places file of the open-data standard for benchmarks: <c>count</c> clearly fictitious places (names
/// « Lieu de test N », phones in 01 99 xx xx xx, the fictitious range) spread over the real communes of the knowledge
/// base, with hours, services and coordinates — never written to the repository.
/// </summary>
public static class SamplePlaces
{
    private static readonly string[] Kinds = ["Médiathèque de test", "Espace numérique de test", "Centre social de test", "France Services de test", "Tiers-lieu de test"];

    private static readonly string[] Services =
        ["Aide aux démarches administratives", "Maîtrise des outils numériques du quotidien", "Accès internet et matériel informatique", "Loisirs et créations numériques"];

    public static void Write(string path, KnowledgeBase kb, int count)
    {
        ArgumentNullException.ThrowIfNull(kb);
        var random = new Random(49);
        var text = new StringBuilder("id,pivot,nom,commune,code_postal,code_insee,adresse,latitude,longitude,telephone,courriels,horaires,date_maj,services,publics_specifiquement_adresses,dispositif_programmes_nationaux\n");
        for (var i = 0; i < count; i++)
        {
            var commune = kb.Communes[random.Next(kb.Communes.Count)];
            var kind = Kinds[i % Kinds.Length];
            text.Append(CultureInfo.InvariantCulture, $"bench-{i},{10000000000000 + i},{kind} {i},\"{commune.Name}\",{commune.PostalCodes.FirstOrDefault() ?? "49000"},{commune.InseeCode},");
            text.Append(CultureInfo.InvariantCulture, $"{1 + (i % 90)} rue du Test,{47 + random.NextDouble():0.00000},{-1.2 + random.NextDouble():0.00000},+3319{i % 10_000_000:0000000},lieu{i}@exemple.test,");
            text.Append(CultureInfo.InvariantCulture, $"\"Mo-Fr 09:00-12:00,14:00-17:30; Sa 09:00-12:00\",2024-0{1 + (i % 9)}-15,{Services[i % Services.Length]}|{Services[(i + 1) % Services.Length]},{(i % 7 == 0 ? "Seniors" : "")},{(kind.StartsWith("France", StringComparison.Ordinal) ? "France Services" : "")}\n");
        }

        File.WriteAllText(path, text.ToString());
    }
}
