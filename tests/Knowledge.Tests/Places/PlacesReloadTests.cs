using Mednum49.Knowledge.Loading;
using Mednum49.Knowledge.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Mednum49.Knowledge.Tests.Places;

public sealed class PlacesReloadTests : IDisposable
{
    private readonly KnowledgeBaseCopy _copy = new();
    private readonly string _places = Directory.CreateTempSubdirectory("places-").FullName;

    public void Dispose()
    {
        _copy.Dispose();
        Directory.Delete(_places, recursive: true);
    }

    private KnowledgeBaseProvider Provider(string? placesPath) =>
        new(Options.Create(new KnowledgeOptions { DataPath = _copy.Folder, PlacesPath = placesPath }), NullLogger<KnowledgeBaseProvider>.Instance);

    [Fact]
    public void The_places_folder_of_the_knowledge_base_is_read_by_default()
    {
        File.Copy(PlacesFixtures.File("lieux.json"), Path.Combine(_copy.Folder, "places", "lieux.json"));

        Assert.Equal(2, Provider(null).Current.OpenData.All.Count);
    }

    [Fact]
    public void Knowledge_places_path_may_name_one_file_outside_the_knowledge_base()
    {
        Assert.Equal(6 - 2, Provider(PlacesFixtures.File("lieux-v1.csv")).Current.OpenData.All.Count);
    }

    [Fact]
    public void A_reload_swaps_in_the_new_places_with_the_knowledge_base()
    {
        var provider = Provider(_places);
        Assert.Empty(provider.Current.OpenData.All);

        File.Copy(PlacesFixtures.File("lieux-v0.csv"), Path.Combine(_places, "lieux-v0.csv"));
        var result = provider.Reload();

        Assert.True(result.IsValid);
        Assert.Equal(2, provider.Current.OpenData.All.Count);
        Assert.Equal(2, provider.Current.Generation);
    }

    [Fact]
    public void A_reload_with_an_unreadable_places_file_keeps_the_previous_snapshot()
    {
        File.Copy(PlacesFixtures.File("lieux-v0.csv"), Path.Combine(_places, "lieux-v0.csv"));
        var provider = Provider(_places);
        var before = provider.Current;

        File.WriteAllText(Path.Combine(_places, "half-copied.csv"), "id,commune\n");
        var result = provider.Reload();

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.File == "half-copied.csv");
        Assert.Same(before, provider.Current);
    }

    [Fact]
    public async Task With_reload_on_change_a_places_file_copied_in_is_served_without_a_restart()
    {
        var options = Options.Create(new KnowledgeOptions { DataPath = _copy.Folder, PlacesPath = _places, ReloadOnChange = true });
        var provider = new KnowledgeBaseProvider(options, NullLogger<KnowledgeBaseProvider>.Instance);
        _ = provider.Current;
        var swapped = new TaskCompletionSource<Mednum49.Knowledge.Model.KnowledgeBase>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.Changed += (_, e) => swapped.TrySetResult(e.Current);
        using var watcher = new KnowledgeBaseFileWatcher(provider, options, NullLogger<KnowledgeBaseFileWatcher>.Instance);
        await watcher.StartAsync(CancellationToken.None);
        try
        {
            File.Copy(PlacesFixtures.File("lieux.json"), Path.Combine(_places, "lieux.json"));
            var current = await swapped.Task.WaitAsync(TimeSpan.FromSeconds(60));

            Assert.Equal(2, current.OpenData.All.Count);
        }
        finally
        {
            await watcher.StopAsync(CancellationToken.None);
        }
    }

    [Fact]
    public void At_start_an_unreadable_places_file_is_left_out_and_the_others_served()
    {
        File.Copy(PlacesFixtures.File("lieux-v0.csv"), Path.Combine(_places, "lieux-v0.csv"));
        File.WriteAllText(Path.Combine(_places, "notes.csv"), "id,commune\n");

        var kb = Provider(_places).Current;

        Assert.Equal(2, kb.OpenData.All.Count);
        Assert.Equal(["notes.csv"], kb.OpenData.Load.FileErrors.Select(e => e.File));
    }
}
