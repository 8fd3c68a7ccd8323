using System.Diagnostics;
using Mednum49.Knowledge.Model;

namespace Mednum49.Knowledge.Loading;

/// <summary>
/// Loads a knowledge-base folder: reads every YAML file, validates the whole (ids, references, sections, counts) and
/// builds one immutable <see cref="KnowledgeBase"/> only if there is no error. Never throws for bad content.
/// </summary>
public static class KnowledgeBaseLoader
{
    /// <param name="placesPath">The open-data places file or folder (<c>Knowledge:PlacesPath</c>); default: <c>places/</c> in the folder.</param>
    public static KnowledgeBaseLoadResult Load(string folder, string? placesPath = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        var clock = Stopwatch.StartNew();
        if (!Directory.Exists(folder))
        {
            return new(folder, null, [new KnowledgeBaseError(folder, 0, "The folder does not exist. Check Knowledge:DataPath or the path given to validate.")], clock.Elapsed);
        }

        // The places files do not depend on the base: read and checked on another thread while the YAML is read
        // (thousands of rows take about as long as the whole base). Linking them waits for both.
        placesPath ??= Path.Combine(folder, KnowledgeOptions.PlacesFolder);
        var places = Task.Run(() => ReadPlaces(placesPath));
        var reader = new KnowledgeBaseReader();
        reader.ReadFolder(folder);
        var result = Finish(folder, reader, clock);
        var baseTime = clock.Elapsed;
        var (read, readTime) = places.GetAwaiter().GetResult();
        var waited = clock.Elapsed - baseTime;
        var loaded = WithPlaces(result, read, placesPath, clock);
        return loaded with { Phases = loaded.Phases with { Base = baseTime, PlacesRead = readTime, PlacesWait = waited } };
    }

    private static (Places.PlacesLoadResult Result, TimeSpan Elapsed) ReadPlaces(string placesPath)
    {
        var clock = Stopwatch.StartNew();
        var result = Places.PlacesLoader.Load(placesPath);
        return (result, clock.Elapsed);
    }

    /// <summary>Adds the open-data places read to a valid snapshot; their problems are warnings, never errors of the base.</summary>
    private static KnowledgeBaseLoadResult WithPlaces(KnowledgeBaseLoadResult result, Places.PlacesLoadResult places, string placesPath, Stopwatch clock)
    {
        if (result.KnowledgeBase is not { } kb)
        {
            return result;
        }

        var start = clock.Elapsed;
        var linked = Places.OpenPlaces.Link(kb, places, kb.OpenDataLinks);
        var linkTime = clock.Elapsed;
        var openData = Places.OpenPlaces.Create(linked, places, placesPath);
        var elapsed = clock.Elapsed;
        return result with
        {
            KnowledgeBase = kb.WithOpenData(openData),
            Elapsed = elapsed,
            Phases = KnowledgeBaseLoadPhases.None with { PlacesLink = linkTime - start, PlacesIndex = elapsed - linkTime },
        };
    }

    /// <summary>Loads files given as (relative path, content) instead of a folder: for tests and tools.</summary>
    public static KnowledgeBaseLoadResult LoadFiles(IEnumerable<(string File, string Text)> files)
    {
        var clock = Stopwatch.StartNew();
        var reader = new KnowledgeBaseReader();
        foreach (var (file, text) in files.OrderBy(f => f.File, StringComparer.Ordinal))
        {
            reader.ReadFile(file, text);
        }

        return Finish("(in memory)", reader, clock);
    }

    public static KnowledgeBaseCheck Check(string folder) => Load(folder).ToCheck();

    private static KnowledgeBaseLoadResult Finish(string folder, KnowledgeBaseReader reader, Stopwatch clock)
    {
        new KnowledgeBaseValidator(reader).Validate();
        if (reader.Errors.Count > 0)
        {
            var errors = reader.Errors
                .Select((error, order) => (error, order))
                .OrderBy(x => x.error.File, StringComparer.Ordinal).ThenBy(x => x.error.Line).ThenBy(x => x.order)
                .Select(x => x.error)
                .Distinct()
                .ToList();
            return new(folder, null, errors, clock.Elapsed);
        }

        var spellings = reader.Spellings.ToLookup(s => s.Of, s => s.Spelling, StringComparer.Ordinal);
        var content = new KnowledgeBaseContent(
            reader.Documents[0].Document,
            reader.Axes,
            reader.Actions,
            reader.WorkingGroups,
            reader.Organisations,
            reader.Units,
            reader.People,
            reader.TopicList,
            reader.Instances,
            reader.Agreements[0].Agreement,
            reader.Context,
            reader.Territories,
            reader.Subdivisions,
            reader.Places,
            reader.Staff,
            reader.Examples,
            reader.Epcis,
            [.. reader.Communes.Select(c => c with { DocumentSpellings = [.. spellings[c.Id]] })],
            [.. reader.FormerCommunes.Select(f => f with { DocumentSpellings = [.. spellings[f.Id]] })],
            reader.History,
            reader.OpenDataLinks,
            reader.PlaceDetails)
        {
            Needs = reader.Needs,
            Figures = reader.Figures,
            PlaceKindWords = reader.PlaceKindWords,
            OpenPlaceKinds = reader.OpenPlaceKinds,
        };
        var references = reader.References.Where(r => r.FromId.Length > 0).Select(r => (r.FromId, r.TargetId));
        var knowledgeBase = new KnowledgeBase(content, references);
        return new(folder, knowledgeBase, [], clock.Elapsed);
    }
}
