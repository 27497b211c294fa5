using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Timeline.Hosting;
using Timeline.Ingestion.Pipeline;
using Timeline.Storage.Sqlite;

namespace Timeline.Worker.Tests;

/// <summary>An <see cref="InboxProcessor"/> over a real SQLite file in a temp data directory.</summary>
public sealed class ProcessorFixture : IAsyncDisposable
{
    private ProcessorFixture(TempFolder folder, SqliteGraphStore store, IngestionPipeline pipeline, InboxPaths paths, InboxProcessor processor)
    {
        Folder = folder;
        Store = store;
        Pipeline = pipeline;
        Paths = paths;
        Processor = processor;
    }

    public TempFolder Folder { get; }

    public SqliteGraphStore Store { get; }

    public IngestionPipeline Pipeline { get; }

    public InboxPaths Paths { get; }

    public InboxProcessor Processor { get; }

    public static async Task<ProcessorFixture> CreateAsync(CancellationToken cancellationToken)
    {
        var folder = new TempFolder();
        var options = new TimelineOptions { DataDirectory = folder.Combine("data") };
        var paths = InboxPaths.From(options);
        paths.EnsureExist();
        var store = await Stores.OpenAsync(options.DataDirectory, cancellationToken);
        var pipeline = IngestionPipeline.CreateDefault(store);
        var processor = new InboxProcessor(pipeline, paths, Options.Create(options), TimeProvider.System, NullLogger<InboxProcessor>.Instance);
        return new ProcessorFixture(folder, store, pipeline, paths, processor);
    }

    /// <summary>Puts a document into the inbox and returns its path.</summary>
    public string Drop(GeneratedDocument document)
    {
        GeneratedDocuments.WriteTo(Paths.Inbox, [document]);
        return Path.Combine(Paths.Inbox, document.FileName);
    }

    public async Task<string> ExportAsync(CancellationToken cancellationToken) => (await Store.ExportAsync(cancellationToken)).ToText();

    public async ValueTask DisposeAsync()
    {
        await Store.DisposeAsync();
        Folder.Dispose();
    }
}
