using System.Text;
using Timeline.Export.Json;
using Xunit;

namespace Timeline.Export.Tests;

public sealed class RoundTripTests
{
    [Theory]
    [InlineData(ExportFormats.Json)]
    [InlineData(ExportFormats.Cypher)]
    public async Task Export_import_into_an_empty_store_and_export_again_gives_the_same_file(string format)
    {
        var ct = TestContext.Current.CancellationToken;
        using var stores = new ExportStores();
        var source = await stores.VariedAsync(ct);
        var json = await ExportStores.ExportAsync(source, ExportFormats.Json, ct);
        var first = await ExportStores.ExportAsync(source, format, ct);

        var target = await stores.EmptyAsync(ct);
        var summary = await StoreImporter.ImportAsync(target, ExportJsonReader.Read(json), null, ct);
        var second = await ExportStores.ExportAsync(target, format, ct);

        Assert.Equal(8, summary.Created);
        Assert.Equal(1, summary.Decisions);
        Assert.Equal(Encoding.UTF8.GetString(first), Encoding.UTF8.GetString(second));
        Assert.Equal((await source.ExportAsync(ct)).ToText(), (await target.ExportAsync(ct)).ToText());
    }

    [Fact]
    public async Task The_export_carries_every_article_decision_and_derived_node()
    {
        var ct = TestContext.Current.CancellationToken;
        using var stores = new ExportStores();
        var store = await stores.VariedAsync(ct);

        var document = await GraphExportReader.ReadAsync(store, ct);
        var counts = await store.CountAsync(ct);

        Assert.Equal(counts.Articles, document.Claims.Articles.Count);
        Assert.Equal(counts.Events, document.Graph.Events.Count);
        Assert.Equal(counts.Entities, document.Graph.Entities.Count);
        Assert.Single(document.Claims.Decisions);
        Assert.Equal(document.Claims.Articles.Sum(a => a.Entities.Count), document.Graph.MentionEntities.Count);
        Assert.Equal(document.Graph.Events.Select(e => e.Event.Id).Order(StringComparer.Ordinal), document.Graph.Events.Select(e => e.Event.Id));
    }

    [Fact]
    public async Task Importing_the_same_file_again_changes_nothing()
    {
        var ct = TestContext.Current.CancellationToken;
        using var stores = new ExportStores();
        var store = await stores.SamplesAsync(ct);
        var json = await ExportStores.ExportAsync(store, ExportFormats.Json, ct);
        var before = (await store.ExportAsync(ct)).ToText();

        var summary = await StoreImporter.ImportAsync(store, ExportJsonReader.Read(json), null, ct);

        Assert.Equal(new ImportSummary(0, 0, 2, 0), summary);
        Assert.Equal(before, (await store.ExportAsync(ct)).ToText());
    }
}
