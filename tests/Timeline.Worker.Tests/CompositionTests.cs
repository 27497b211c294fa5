using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Timeline.Domain.Ports;
using Timeline.Hosting;
using Xunit;

namespace Timeline.Worker.Tests;

public sealed class CompositionTests
{
    private static readonly TimeSpan Bound = TimeSpan.FromSeconds(60);

    [Fact]
    public async Task Start_up_creates_the_data_directory_and_inbox_folders_and_applies_every_migration()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var data = folder.Combine("nested", "data");
        using var host = WorkerHost.Build(data, loadSamples: false);

        await host.StartAsync(ct);
        try
        {
            Assert.True(Directory.Exists(Path.Combine(data, "inbox")));
            Assert.True(Directory.Exists(Path.Combine(data, "processed")));
            Assert.True(Directory.Exists(Path.Combine(data, "failed")));
            Assert.True(File.Exists(Path.Combine(data, "timeline.db")));
            Assert.True((await host.Services.GetRequiredService<IGraphStore>().GetSchemaStatusAsync(ct)).IsCurrent);
        }
        finally
        {
            await host.StopAsync(ct);
        }
    }

    [Fact]
    public async Task Neo4j_as_the_store_stops_start_up_with_a_message_naming_the_setting()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        using var host = WorkerHost.Build(folder.Combine("data"), loadSamples: false, store: "neo4j");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(ct));

        Assert.Contains("Timeline:Store is 'neo4j'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_store_stops_start_up_listing_the_known_ones()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        using var host = WorkerHost.Build(folder.Combine("data"), loadSamples: false, store: "mongodb");

        var error = await Assert.ThrowsAsync<OptionsValidationException>(() => host.StartAsync(ct));

        Assert.Contains("expected one of: sqlite, neo4j", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_samples_are_ingested_on_first_start_and_not_again_once_the_store_holds_other_articles()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        await SamplesPrecondition.RequireAcceptedAsync(folder.Combine("check"), ct);
        var data = folder.Combine("data");
        using (var host = WorkerHost.Build(data, loadSamples: true))
        {
            await host.StartAsync(ct);
            var store = host.Services.GetRequiredService<IGraphStore>();
            await Eventually.WaitAsync(async () => (await store.CountAsync(ct)).Articles == 2, Bound, () => "the two samples", ct);
            Assert.True((await store.CountAsync(ct)).Events > 0);
            await host.StopAsync(ct);
        }

        await using (var store = await Stores.OpenAsync(data, ct))
        {
            Assert.True(await store.RetractArticleAsync("aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq", new Timeline.Domain.Model.CurationContext("test", null), ct));
            await Timeline.Ingestion.Pipeline.IngestionPipeline.CreateDefault(store).IngestAsync(GeneratedDocuments.Create(1, 0)[0].Utf8, ct);
        }

        using (var host = WorkerHost.Build(data, loadSamples: true))
        {
            await host.StartAsync(ct);
            await Task.Delay(500, ct);
            await host.StopAsync(ct);
            var articles = await host.Services.GetRequiredService<IGraphStore>().GetArticlesAsync(["aljazeera-2021-04-07-no-timeline-us-combat-troops-iraq"], ct);
            Assert.Empty(articles);
        }
    }

    [Fact]
    public async Task A_first_start_stopped_half_way_through_the_samples_completes_them_on_the_next_start()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        await SamplesPrecondition.RequireAcceptedAsync(folder.Combine("check"), ct);
        var data = folder.Combine("data");
        await using (var store = await Stores.OpenAsync(data, ct))
        {
            var sample = Timeline.Ingestion.Samples.SampleDocuments.All[0];
            await Timeline.Ingestion.Pipeline.IngestionPipeline.CreateDefault(store).IngestAsync(sample.Utf8, ct);
        }

        using var host = WorkerHost.Build(data, loadSamples: true);
        await host.StartAsync(ct);
        var live = host.Services.GetRequiredService<IGraphStore>();
        await Eventually.WaitAsync(async () => (await live.CountAsync(ct)).Articles == 2, Bound, () => "the second sample", ct);
        await host.StopAsync(ct);
    }

    [Fact]
    public async Task The_inbox_is_served_after_the_first_start_sample_load_whatever_its_outcome()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        using var host = WorkerHost.Build(folder.Combine("data"), loadSamples: true);
        await host.StartAsync(ct);
        var paths = host.Services.GetRequiredService<InboxPaths>();

        GeneratedDocuments.WriteTo(paths.Inbox, GeneratedDocuments.Create(valid: 1, invalid: 0));

        await Eventually.WaitAsync(() => InboxState.Read(paths).Processed.Count == 1, Bound, () => $"{InboxState.Read(paths)}", ct);
        await host.StopAsync(ct);
    }

    [Fact]
    public async Task The_in_process_worker_picks_up_a_document_dropped_after_start()
    {
        var ct = TestContext.Current.CancellationToken;
        using var folder = new TempFolder();
        var data = folder.Combine("data");
        using var host = WorkerHost.Build(data, loadSamples: false);
        await host.StartAsync(ct);
        var paths = host.Services.GetRequiredService<InboxPaths>();

        var documents = GeneratedDocuments.Create(valid: 2, invalid: 1);
        GeneratedDocuments.WriteTo(paths.Inbox, documents);

        await Eventually.WaitAsync(() => InboxState.Read(paths).Done == 3, Bound, () => $"{InboxState.Read(paths)}", ct);
        await host.StopAsync(ct);
        var state = InboxState.Read(paths);
        Assert.Empty(state.Waiting);
        Assert.Equal(documents.Where(d => d.Valid).Select(d => d.FileName), state.Processed);
        Assert.Equal(documents.Where(d => !d.Valid).Select(d => d.FileName), state.Failed);
    }
}
