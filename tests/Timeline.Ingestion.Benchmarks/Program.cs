using System.Diagnostics;
using System.Globalization;
using Timeline.Ingestion.Benchmarks;
using Timeline.Ingestion.Pipeline;
using Timeline.Storage.Sqlite;

// Ingestion throughput, run by hand: dotnet run -c Release --project tests/Timeline.Ingestion.Benchmarks [documents] [sharedPool] [keep]
// Generates documents of 20 events, ingests them through the full pipeline into a fresh SQLite file,
// then inserts the same rows bare into fresh files (in one transaction, and in one transaction a
// document) and reports the rates and their ratios.
const int EventsPerDocument = 20;
var documents = args.Length > 0 ? int.Parse(args[0], CultureInfo.InvariantCulture) : 600;
var sharedPool = args.Length > 1 ? int.Parse(args[1], CultureInfo.InvariantCulture) : 2000;
// "keep" leaves the database files behind for inspection.
var keep = args.Contains("keep");
if (documents < 1 || sharedPool < 1)
{
    Console.Error.WriteLine("usage: [documents >= 1] [sharedPool >= 1]");
    return 2;
}

var folder = Path.Combine(Path.GetTempPath(), "timeline-bench-" + Guid.NewGuid().ToString("N"));
Directory.CreateDirectory(folder);
try
{
    var generator = new DocumentGenerator(EventsPerDocument, sharedPool, seed: 20210407);
    var batch = Enumerable.Range(0, documents).Select(generator.Generate).ToList();
    var totalEvents = documents * EventsPerDocument;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"{documents} documents, {totalEvents} events, {batch.Sum(b => (long)b.Length) / 1024} KiB of JSON, shared pool {sharedPool}"));

    var pipelinePath = Path.Combine(folder, "pipeline.db");
    TimeSpan pipelineTime;
    await using (var store = new SqliteGraphStore(new SqliteGraphStoreOptions(pipelinePath)))
    {
        await store.MigrateAsync(CancellationToken.None);
        var pipeline = IngestionPipeline.CreateDefault(store);
        // Warm up code paths on a throwaway file so the measured run is not mostly JIT.
        await using (var warm = new SqliteGraphStore(new SqliteGraphStoreOptions(Path.Combine(folder, "warm.db"))))
        {
            await warm.MigrateAsync(CancellationToken.None);
            var warmPipeline = IngestionPipeline.CreateDefault(warm);
            var warmGenerator = new DocumentGenerator(EventsPerDocument, sharedPool, seed: 1);
            for (var i = 0; i < 30; i++) await warmPipeline.IngestAsync(warmGenerator.Generate(i), CancellationToken.None);
        }
        var watch = Stopwatch.StartNew();
        foreach (var document in batch)
        {
            var report = await pipeline.IngestAsync(document, CancellationToken.None);
            if (report.Status != IngestReportStatus.Created)
            {
                Console.Error.WriteLine($"Unexpected {report.Status}: {string.Join("; ", report.Errors)}");
                return 1;
            }
        }
        pipelineTime = watch.Elapsed;
        var counts = await store.CountAsync(CancellationToken.None);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"stored: {counts.Events} events, {counts.Entities} entities, {counts.Articles} articles, {counts.Claims} claims"));
    }

    await StageBreakdown.PrintAsync(batch);
    var rows = BareInsert.ReadRows(pipelinePath);
    var bareOne = Bare("bare-one.db", 1);
    var barePerDocument = Bare("bare-per-document.db", documents);

    var pipelineRate = totalEvents / pipelineTime.TotalSeconds;
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"pipeline: {pipelineTime.TotalSeconds:F2} s, {pipelineRate:F0} events/s, {documents / pipelineTime.TotalMinutes:F0} documents/min"));
    Report("bare insert of the same rows, one transaction", bareOne);
    Report("bare insert of the same rows, one transaction a document", barePerDocument);

    TimeSpan Bare(string file, int transactions)
    {
        var path = Path.Combine(folder, file);
        using (var bare = new SqliteGraphStore(new SqliteGraphStoreOptions(path)))
        {
            bare.MigrateAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        return BareInsert.Run(path, rows, transactions);
    }

    void Report(string what, TimeSpan time)
    {
        var rate = totalEvents / time.TotalSeconds;
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"{what} ({rows.Sum(t => t.Rows.Count)} rows): {time.TotalSeconds:F2} s, {rate:F0} events/s; pipeline/bare {pipelineRate / rate:F2}"));
    }

    return 0;
}
finally
{
    Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    if (keep) Console.WriteLine("kept " + folder);
    else Directory.Delete(folder, recursive: true);
}
