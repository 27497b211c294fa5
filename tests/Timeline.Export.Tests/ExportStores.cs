using Timeline.Domain.Ports;
using Timeline.Export;
using Timeline.Ingestion.Pipeline;
using Timeline.Ingestion.Samples;
using Timeline.Storage.Sqlite;
using Timeline.Worker.Tests;

namespace Timeline.Export.Tests;

/// <summary>SQLite stores in a temporary folder, filled through the real pipeline, and exports of them as bytes.</summary>
public sealed class ExportStores : IDisposable
{
    private readonly TempFolder _folder = new();
    private readonly List<SqliteGraphStore> _stores = [];

    public async Task<SqliteGraphStore> EmptyAsync(CancellationToken cancellationToken)
    {
        var store = new SqliteGraphStore(new SqliteGraphStoreOptions(_folder.Combine($"store-{_stores.Count}.db")));
        _stores.Add(store);
        await store.MigrateAsync(cancellationToken);
        return store;
    }

    /// <summary>A store holding the two sample articles, as a new installation has.</summary>
    public async Task<SqliteGraphStore> SamplesAsync(CancellationToken cancellationToken)
    {
        var store = await EmptyAsync(cancellationToken);
        var pipeline = IngestionPipeline.CreateDefault(store);
        foreach (var sample in SampleDocuments.All) await pipeline.IngestAsync(sample.Utf8, cancellationToken);
        return store;
    }

    /// <summary>The samples, generated documents and a curation decision: something of every kind an export carries.</summary>
    public async Task<SqliteGraphStore> VariedAsync(CancellationToken cancellationToken)
    {
        var store = await SamplesAsync(cancellationToken);
        var pipeline = IngestionPipeline.CreateDefault(store);
        foreach (var document in GeneratedDocuments.Create(valid: 6, invalid: 0)) await pipeline.IngestAsync(document.Utf8, cancellationToken);
        var claims = await store.ReadClaimsAsync(cancellationToken);
        var people = claims.Articles
            .SelectMany(a => a.Entities.Where(e => e.Kind == Domain.Model.EntityKind.Person).Select(e => a.Article.Id + "#" + e.Key))
            .Take(2).ToList();
        await store.RecordMergeDecisionAsync(new Domain.Model.MergeRecord(people[0], people[1], Domain.Model.MergeDecision.Different, "Two people \"quoted\"\nsplit\\kept"), cancellationToken);
        return store;
    }

    public static async Task<byte[]> ExportAsync(IGraphStore store, string format, CancellationToken cancellationToken)
    {
        var document = await GraphExportReader.ReadAsync(store, cancellationToken);
        using var bytes = new MemoryStream();
        ExportFormats.Write(format, document, bytes);
        return bytes.ToArray();
    }

    public void Dispose()
    {
        foreach (var store in _stores) store.Dispose();
        _folder.Dispose();
    }
}
