using Mednum49.Knowledge.Loading;
using Mednum49.Knowledge.Model;
using Mednum49.Knowledge.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace Mednum49.Knowledge.Tests.Loading;

public sealed class KnowledgeBaseProviderTests : IDisposable
{
    private readonly KnowledgeBaseCopy _copy = new();

    public void Dispose() => _copy.Dispose();

    private KnowledgeBaseProvider CreateProvider() =>
        new(Options.Create(new KnowledgeOptions { DataPath = _copy.Folder }), NullLogger<KnowledgeBaseProvider>.Instance);

    [Fact]
    public void The_first_snapshot_is_loaded_on_first_use_as_generation_1()
    {
        var provider = CreateProvider();

        var current = provider.Current;

        Assert.Equal(1, current.Generation);
        Assert.Same(current, provider.Current);
    }

    [Fact]
    public void A_reload_with_invalid_files_keeps_serving_the_previous_snapshot()
    {
        var provider = CreateProvider();
        var before = provider.Current;
        var raised = false;
        provider.Changed += (_, _) => raised = true;
        _copy.Replace("roadmap/actions.yaml", "id: action:B.7", "id: action:B.6");

        var result = provider.Reload();

        Assert.False(result.IsValid);
        Assert.Contains(result.Errors, e => e.File == "roadmap/actions.yaml");
        Assert.Same(before, provider.Current);
        Assert.Equal("La parentalité à l'ère du numérique", provider.Current.Get<RoadmapAction>("action:B.7").Title);
        Assert.False(raised);
    }

    [Fact]
    public void A_reload_with_valid_files_swaps_the_snapshot_and_tells_dependants()
    {
        var provider = CreateProvider();
        var before = provider.Current;
        KnowledgeBaseChangedEventArgs? change = null;
        provider.Changed += (_, e) => change = e;
        _copy.Replace("roadmap/actions.yaml", "title: \"Formation des décideurs\"", "title: \"Formation des élus et décideurs\"");

        var result = provider.Reload();

        Assert.True(result.IsValid);
        Assert.Equal(2, provider.Current.Generation);
        Assert.Equal("Formation des élus et décideurs", provider.Current.Get<RoadmapAction>("action:C.1").Title);
        Assert.Equal("Formation des décideurs", before.Get<RoadmapAction>("action:C.1").Title);
        Assert.NotNull(change);
        Assert.Same(before, change.Previous);
        Assert.Same(provider.Current, change.Current);
    }

    [Fact]
    public void An_invalid_base_at_start_fails_with_every_error_as_a_configuration_error()
    {
        var line = _copy.Replace("territories/cholet-agglomeration.yaml", "carried_by: [org:anjou-numerique]", "carried_by: [org:anjou-numerik]");
        var provider = CreateProvider();

        var failure = Assert.Throws<KnowledgeBaseInvalidException>(() => provider.Current);

        var error = Assert.Single(failure.Errors);
        Assert.Equal(("territories/cholet-agglomeration.yaml", line), (error.File, error.Line));
        Assert.IsAssignableFrom<OptionsValidationException>(failure);
        Assert.Contains(failure.Failures, f => f.StartsWith($"territories/cholet-agglomeration.yaml:{line}:", StringComparison.Ordinal));
    }

    [Fact]
    public async Task With_reload_on_change_an_edited_file_is_served_without_a_restart()
    {
        var options = Options.Create(new KnowledgeOptions { DataPath = _copy.Folder, ReloadOnChange = true });
        var provider = new KnowledgeBaseProvider(options, NullLogger<KnowledgeBaseProvider>.Instance);
        _ = provider.Current;
        var swapped = new TaskCompletionSource<KnowledgeBase>(TaskCreationOptions.RunContinuationsAsynchronously);
        provider.Changed += (_, e) => swapped.TrySetResult(e.Current);
        using var watcher = new KnowledgeBaseFileWatcher(provider, options, NullLogger<KnowledgeBaseFileWatcher>.Instance);
        await watcher.StartAsync(CancellationToken.None);

        try
        {
            _copy.Replace("roadmap/actions.yaml", "title: \"Ma vie en numérique\"", "title: \"Ma vie en numérique 2024\"");
            var current = await swapped.Task.WaitAsync(TimeSpan.FromSeconds(60));

            Assert.Equal("Ma vie en numérique 2024", current.Get<RoadmapAction>("action:A.3.2").Title);
        }
        finally
        {
            await watcher.StopAsync(CancellationToken.None);
        }
    }
}
