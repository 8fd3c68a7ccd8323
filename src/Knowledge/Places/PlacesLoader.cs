namespace Mednum49.Knowledge.Places;

/// <summary>What reading the places files gave: the places kept, every problem, and the files that could not be read.</summary>
/// <param name="Read">Rows read (kept + skipped).</param>
/// <param name="FileErrors">Files that could not be read as the standard, with why: none of their rows is kept.</param>
public sealed record PlacesLoadResult(IReadOnlyList<OpenPlace> Places, IReadOnlyList<PlaceProblem> Problems, IReadOnlyList<PlaceProblem> FileErrors, int Read)
{
    public static readonly PlacesLoadResult Empty = new([], [], [], 0);

    public int Kept => Places.Count;

    public int Skipped => Problems.Count(p => p.Skipped);

    /// <summary><c>N places read, K kept, S skipped, P problems</c>.</summary>
    public string Summary => $"{Read} places read, {Kept} kept, {Skipped} skipped, {Problems.Count} problems";
}

/// <summary>
/// Reads the places files of <c>Knowledge:PlacesPath</c>: one file, or every <c>.csv</c>, <c>.json</c> and
/// <c>.geojson</c> file of a folder and its subfolders (in name order; a README or anything else is ignored).
/// </summary>
public static class PlacesLoader
{
    public static PlacesLoadResult Load(string? path)
    {
        if (string.IsNullOrWhiteSpace(path))
        {
            return PlacesLoadResult.Empty;
        }

        if (File.Exists(path))
        {
            return LoadFiles([(Path.GetFileName(path), path)]);
        }

        if (!Directory.Exists(path))
        {
            return PlacesLoadResult.Empty;
        }

        var files = Directory.EnumerateFiles(path, "*", SearchOption.AllDirectories)
            .Where(PlacesFileReader.IsPlacesFile)
            .Select(f => (Name: Path.GetRelativePath(path, f).Replace('\\', '/'), Path: f))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();
        return LoadFiles(files);
    }

    /// <summary>Reads one file as <c>places check</c> does, reporting it under <paramref name="name"/>.</summary>
    public static PlacesLoadResult LoadFile(string path, string name) => LoadFiles([(name, path)]);

    private static PlacesLoadResult LoadFiles(IReadOnlyList<(string Name, string Path)> files)
    {
        var places = new List<OpenPlace>();
        var problems = new List<PlaceProblem>();
        var fileErrors = new List<PlaceProblem>();
        var ids = new Dictionary<string, OpenPlace>(StringComparer.Ordinal);
        var seen = new PlaceValuesSeen();
        var read = 0;
        foreach (var (name, path) in files)
        {
            var rows = PlacesFileReader.Read(path);
            if (rows.Error is { } error)
            {
                fileErrors.Add(new PlaceProblem(name, 1, "file", error));
                continue;
            }

            var parser = new PlaceRowParser(name, problems, seen);
            foreach (var row in rows.Rows)
            {
                read++;
                if (parser.Parse(row) is not { } place)
                {
                    continue;
                }

                if (ids.TryGetValue(place.Id, out var first))
                {
                    problems.Add(new PlaceProblem(name, row.Line, "id", $"« {place.Id} » is already the id of « {first.Name} » ({first.File}:{first.Line}): this place is identified by its file and line"));
                    place = place with { Id = $"{name}:{row.Line}" };
                }

                ids[place.Id] = place;
                places.Add(place);
            }
        }

        return new PlacesLoadResult(places, problems, fileErrors, read);
    }
}
