using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Storage.Sqlite.Curation;
using Timeline.Storage.Sqlite.Migrations;
using Timeline.Storage.Sqlite.Reading;
using Timeline.Storage.Sqlite.Writing;

namespace Timeline.Storage.Sqlite;

/// <summary>
/// The embedded graph store: one SQLite file in WAL mode. Writes go through one long-lived writer
/// connection with prepared commands, one transaction per document; reads open pooled connections
/// and run beside the writer. Curation actions are stamped by the injected clock.
/// </summary>
public sealed partial class SqliteGraphStore : IGraphStore, IAsyncDisposable, IDisposable
{
    private readonly SqliteConnections _connections;
    private readonly ILogger _logger;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _writeLock = new(1, 1);
    private WriterSession? _writer;

    public SqliteGraphStore(SqliteGraphStoreOptions options, ILogger<SqliteGraphStore>? logger = null, TimeProvider? timeProvider = null)
    {
        _connections = new SqliteConnections(options);
        _logger = (ILogger?)logger ?? NullLogger.Instance;
        _clock = timeProvider ?? TimeProvider.System;
    }

    /// <summary>The version the newest embedded migration brings the schema to.</summary>
    public static int LatestSchemaVersion => MigrationCatalog.LatestVersion;

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            await using var connection = await _connections.OpenAsync(cancellationToken);
            await new MigrationRunner(_logger).MigrateAsync(connection, cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    public async Task<SchemaStatus> GetSchemaStatusAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return new SchemaStatus(await MigrationRunner.AppliedVersionAsync(connection, cancellationToken), MigrationCatalog.LatestVersion);
    }

    public async Task<IngestOutcome> IngestAsync(ArticleFacts facts, CancellationToken cancellationToken)
    {
        ArticleFactsChecks.Check(facts);
        var outcome = await WriteAsync(session =>
        {
            var result = session.Ingestor.Ingest(facts);
            CrossDocumentCandidates.Refresh(session.Commands);
            return result;
        }, cancellationToken);
        LogIngested(_logger, outcome.ArticleId, outcome.Status);
        return outcome;
    }

    public async Task<bool> RetractArticleAsync(string articleId, CurationContext context, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(articleId);
        CheckContext(context);
        var retracted = await WriteAsync(session => new CurationWriter(session, _clock).RetractArticle(articleId, context), cancellationToken);
        if (retracted) LogCurated(_logger, context.Actor, CurationActionKind.RetractArticle, articleId);
        return retracted;
    }

    public async Task<IReadOnlyList<EntityMerge>> ListMergesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        using var rows = new ConnectionRows(connection);
        return MergeCatalog.All(rows);
    }

    public async Task<EntityMerge> ConfirmMergeCandidateAsync(string candidateId, CurationContext context, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(candidateId);
        CheckContext(context);
        var merge = await WriteAsync(session => new CurationWriter(session, _clock).ConfirmCandidate(candidateId, context), cancellationToken);
        LogCurated(_logger, context.Actor, CurationActionKind.ConfirmMergeCandidate, candidateId);
        return merge;
    }

    public async Task<bool> UndoMergeAsync(string mergeId, CurationContext context, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mergeId);
        CheckContext(context);
        var undone = await WriteAsync(session => new CurationWriter(session, _clock).UndoMerge(mergeId, context), cancellationToken);
        if (undone) LogCurated(_logger, context.Actor, CurationActionKind.UndoMerge, mergeId);
        return undone;
    }

    public async Task<IReadOnlyList<string>> SplitEntityAsync(string entityId, IReadOnlyCollection<string> mentionIds, CurationContext context,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(entityId);
        ArgumentNullException.ThrowIfNull(mentionIds);
        if (mentionIds.Any(string.IsNullOrWhiteSpace)) throw new ArgumentException("Mention ids must not be empty.", nameof(mentionIds));
        CheckContext(context);
        var ids = await WriteAsync(session => new CurationWriter(session, _clock).SplitEntity(entityId, mentionIds, context), cancellationToken);
        LogCurated(_logger, context.Actor, CurationActionKind.SplitEntity, entityId);
        return ids;
    }

    public async Task<IReadOnlyList<CurationAction>> ListCurationLogAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await CurationLog.ListAsync(connection, cancellationToken);
    }

    public async Task RecordMergeDecisionAsync(MergeRecord decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentException.ThrowIfNullOrWhiteSpace(decision.MentionA);
        ArgumentException.ThrowIfNullOrWhiteSpace(decision.MentionB);
        if (decision.MentionA == decision.MentionB) throw new ArgumentException("A merge decision needs two different mentions.", nameof(decision));
        var (a, b) = string.CompareOrdinal(decision.MentionA, decision.MentionB) < 0
            ? (decision.MentionA, decision.MentionB) : (decision.MentionB, decision.MentionA);
        await WriteAsync(session =>
        {
            session.Ingestor.RecordDecision(a, b, decision.Decision == MergeDecision.Same ? "same" : "different", decision.Note);
            CrossDocumentCandidates.Refresh(session.Commands);
            return true;
        }, cancellationToken);
    }

    public async Task<Page<Event>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await TimelineQuery.RunAsync(connection, query, cancellationToken);
    }

    public async Task<EventDetail?> GetEventAsync(string eventId, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        var ids = await IdLookup.EventsAsync(connection, [eventId], cancellationToken);
        if (!ids.TryGetValue(eventId, out var id)) return null;
        var events = await EventRows.ByIdsAsync(connection, [id], cancellationToken);
        if (!events.TryGetValue(id, out var evt)) return null;
        var one = new[] { id };
        var participants = await EventBatches.ParticipantsAsync(connection, one, cancellationToken);
        var relations = await EventBatches.RelationsAsync(connection, one, cancellationToken);
        var sources = await EventBatches.SourcesAsync(connection, one, cancellationToken);
        var conflicts = await EventBatches.ConflictsAsync(connection, one, cancellationToken);
        return new EventDetail(evt, participants.GetValueOrDefault(id) ?? [], relations.GetValueOrDefault(id) ?? [],
            sources.GetValueOrDefault(id) ?? [], conflicts.GetValueOrDefault(id) ?? []);
    }

    public Task<IReadOnlyDictionary<string, Event>> GetEventsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken) =>
        ByRequestedIdAsync(eventIds, IdLookup.EventsAsync, EventRows.ByIdsAsync, cancellationToken);

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) =>
        ByRequestedIdAsync(entityIds, IdLookup.EntitiesAsync, EntityRows.ByIdsAsync, cancellationToken);

    public async Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await ArticleRows.ByIdsAsync(connection, articleIds, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Participation>>> GetParticipantsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken) =>
        ListsByRequestedIdAsync(eventIds, IdLookup.EventsAsync, EventBatches.ParticipantsAsync, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<EventSource>>> GetEventSourcesAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken) =>
        ListsByRequestedIdAsync(eventIds, IdLookup.EventsAsync, EventBatches.SourcesAsync, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<EventRelation>>> GetEventRelationsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken) =>
        ListsByRequestedIdAsync(eventIds, IdLookup.EventsAsync, EventBatches.RelationsAsync, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Conflict>>> GetConflictsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken) =>
        ListsByRequestedIdAsync(eventIds, IdLookup.EventsAsync, EventBatches.ConflictsAsync, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<EntityRelation>>> GetEntityRelationsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) =>
        ListsByRequestedIdAsync(entityIds, IdLookup.EntitiesAsync, EntityBatches.RelationsAsync, cancellationToken);

    public async Task<EntityDetail?> GetEntityAsync(string entityId, int associateLimit, CancellationToken cancellationToken)
    {
        if (associateLimit is < 0 or > 1000) throw new ArgumentOutOfRangeException(nameof(associateLimit), associateLimit, "associateLimit must be between 0 and 1000.");
        await using var connection = await _connections.OpenAsync(cancellationToken);
        var ids = await IdLookup.EntitiesAsync(connection, [entityId], cancellationToken);
        if (!ids.TryGetValue(entityId, out var id)) return null;
        var entities = await EntityRows.ByIdsAsync(connection, [id], cancellationToken);
        if (!entities.TryGetValue(id, out var entity)) return null;
        var relations = await EntityBatches.RelationsAsync(connection, [id], cancellationToken);
        var associates = await EntityBatches.AssociatesAsync(connection, id, associateLimit, cancellationToken);
        return new EntityDetail(entity, relations.GetValueOrDefault(id) ?? [], associates);
    }

    public async Task<Page<Entity>> SearchEntitiesAsync(EntitySearch search, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await EntityBatches.SearchAsync(connection, search, cancellationToken);
    }

    public async Task<Page<Article>> ListArticlesAsync(ArticleListQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await ArticleList.RunAsync(connection, query, cancellationToken);
    }

    public async Task<IReadOnlyList<EntityMergeCandidate>> ListMergeCandidatesAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await Sql.ListAsync(connection, "SELECT id, left_entity_id, right_entity_id, score, evidence FROM merge_candidates ORDER BY id",
            r => new EntityMergeCandidate(r.GetString(0), r.GetString(1), r.GetString(2), r.GetDouble(3), r.GetString(4)), cancellationToken);
    }

    public async Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await GraphWalker.NeighbourhoodAsync(new GraphWalkReads(connection), query, cancellationToken);
    }

    public async Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await GraphWalker.PathsAsync(new GraphWalkReads(connection), query, cancellationToken);
    }

    public async Task<GraphCounts> CountAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        var counts = await Sql.ListAsync(connection, """
            SELECT (SELECT count(*) FROM events), (SELECT count(*) FROM entities), (SELECT count(*) FROM articles),
                   (SELECT count(*) FROM mentions) + (SELECT count(*) FROM reports) + (SELECT count(*) FROM report_participants) + (SELECT count(*) FROM relation_claims)
            """, r => new GraphCounts(r.GetInt64(0), r.GetInt64(1), r.GetInt64(2), r.GetInt64(3)), cancellationToken);
        return counts[0];
    }

    public async Task<GraphExport> ExportAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await StoreExporter.ExportAsync(connection, cancellationToken);
    }

    public async Task<StoredClaims> ReadClaimsAsync(CancellationToken cancellationToken)
    {
        await using var connection = await _connections.OpenAsync(cancellationToken);
        return await ClaimsReader.ReadAsync(connection, cancellationToken);
    }

    /// <summary>Opens a read connection with the store's pragmas (for diagnostics such as query plans).</summary>
    internal Task<SqliteConnection> OpenReadConnectionAsync(CancellationToken cancellationToken) => _connections.OpenAsync(cancellationToken);

    public void Dispose()
    {
        _writer?.Dispose();
        _writer = null;
        _writeLock.Dispose();
    }

    public ValueTask DisposeAsync()
    {
        Dispose();
        return ValueTask.CompletedTask;
    }

    private async Task<T> WriteAsync<T>(Func<WriterSession, T> work, CancellationToken cancellationToken)
    {
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            _writer ??= await OpenWriterAsync(cancellationToken);
            var writer = _writer;
            return writer.InTransaction(_ => work(writer), cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task<WriterSession> OpenWriterAsync(CancellationToken cancellationToken)
    {
        var connection = await _connections.OpenAsync(cancellationToken);
        try
        {
            using var setup = connection.CreateCommand();
            setup.CommandText = CrossDocumentCandidates.Setup;
            await setup.ExecuteNonQueryAsync(cancellationToken);
            return new WriterSession(connection);
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static void CheckContext(CurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(context.Actor)) throw new ArgumentException("A curation action needs the name of who performs it (CurationContext.Actor).", nameof(context));
    }

    private async Task<IReadOnlyDictionary<string, T>> ByRequestedIdAsync<T>(IReadOnlyCollection<string> requested,
        Func<SqliteConnection, IEnumerable<string>, CancellationToken, Task<Dictionary<string, string>>> lookup,
        Func<SqliteConnection, IEnumerable<string>, CancellationToken, Task<Dictionary<string, T>>> load,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requested);
        await using var connection = await _connections.OpenAsync(cancellationToken);
        var ids = await lookup(connection, requested, cancellationToken);
        var rows = await load(connection, ids.Values, cancellationToken);
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (asked, current) in ids)
        {
            if (rows.TryGetValue(current, out var row)) result[asked] = row;
        }
        return result;
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<T>>> ListsByRequestedIdAsync<T>(IReadOnlyCollection<string> requested,
        Func<SqliteConnection, IEnumerable<string>, CancellationToken, Task<Dictionary<string, string>>> lookup,
        Func<SqliteConnection, IReadOnlyCollection<string>, CancellationToken, Task<Dictionary<string, IReadOnlyList<T>>>> load,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requested);
        await using var connection = await _connections.OpenAsync(cancellationToken);
        var ids = await lookup(connection, requested, cancellationToken);
        var lists = await load(connection, ids.Values.Distinct(StringComparer.Ordinal).ToList(), cancellationToken);
        var result = new Dictionary<string, IReadOnlyList<T>>(StringComparer.Ordinal);
        foreach (var asked in requested.Distinct(StringComparer.Ordinal))
        {
            result[asked] = ids.TryGetValue(asked, out var current) && lists.TryGetValue(current, out var list) ? list : [];
        }
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Actor} curated: {Action} {Target}")]
    private static partial void LogCurated(ILogger logger, string actor, CurationActionKind action, string target);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ingested article {ArticleId}: {Status}")]
    private static partial void LogIngested(ILogger logger, string articleId, IngestStatus status);
}
