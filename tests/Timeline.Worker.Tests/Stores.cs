using Timeline.Ingestion.Pipeline;
using Timeline.Storage.Sqlite;

namespace Timeline.Worker.Tests;

/// <summary>Real SQLite stores on real files, for the tests' references and inspections.</summary>
public static class Stores
{
    /// <summary>Opens (and migrates) the store of a data directory.</summary>
    public static async Task<SqliteGraphStore> OpenAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        var store = new SqliteGraphStore(new SqliteGraphStoreOptions(Path.Combine(dataDirectory, "timeline.db")));
        await store.MigrateAsync(cancellationToken);
        return store;
    }

    /// <summary>The export of a store on <paramref name="dataDirectory"/>, as text.</summary>
    public static async Task<string> ExportTextAsync(string dataDirectory, CancellationToken cancellationToken)
    {
        await using var store = await OpenAsync(dataDirectory, cancellationToken);
        return (await store.ExportAsync(cancellationToken)).ToText();
    }

    /// <summary>The export of a fresh store into which a fresh pipeline ingested <paramref name="documents"/> in order, uninterrupted.</summary>
    public static async Task<string> ReferenceExportAsync(string dataDirectory, IEnumerable<GeneratedDocument> documents, CancellationToken cancellationToken)
    {
        await using var store = await OpenAsync(dataDirectory, cancellationToken);
        var pipeline = IngestionPipeline.CreateDefault(store);
        foreach (var document in documents) await pipeline.IngestAsync(document.Utf8, cancellationToken);
        return (await store.ExportAsync(cancellationToken)).ToText();
    }
}
