using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.Neo4j.QueryApi;
using Timeline.Storage.Neo4j.Curation;
using Timeline.Storage.Neo4j.Cypher;
using Timeline.Storage.Neo4j.Reading;
using Timeline.Storage.Neo4j.Values;
using Timeline.Storage.Neo4j.Writing;

namespace Timeline.Storage.Neo4j;

/// <summary>
/// The graph store on Neo4j, through its HTTP Query API: the same behaviour as the SQLite store, with
/// claims and the derived graph as nodes and relationships (see cypher/README.md). Every statement comes
/// from cypher/. Writes run one explicit transaction each, serialised by a lock node; reads run as
/// auto-commit read queries.
/// </summary>
public sealed partial class Neo4jGraphStore : IGraphStore, IDisposable
{
    /// <summary>The version schema.cypher brings the database to.</summary>
    public const int LatestSchemaVersion = 1;

    private readonly CypherSession _session;
    private readonly ILogger _logger;
    private readonly HttpClient? _ownedHttpClient;
    private readonly TimeProvider _clock;
    private readonly SemaphoreSlim _writeLock = new(1, 1);

    // Entities written before this process started may lack candidate blocks; the first write files them.
    private bool _unblockedFiled;

    private Neo4jGraphStore(CypherSession session, ILogger logger, HttpClient? ownedHttpClient, TimeProvider clock)
    {
        _session = session;
        _logger = logger;
        _ownedHttpClient = ownedHttpClient;
        _clock = clock;
    }

    /// <summary>Creates the store with its own HTTP connection pool.</summary>
    public static Neo4jGraphStore Create(Neo4jStoreOptions options, ILoggerFactory loggerFactory) => Create(options, loggerFactory, null);

    /// <summary>Creates the store with its own HTTP connection pool; curation actions are stamped by <paramref name="timeProvider"/>.</summary>
    public static Neo4jGraphStore Create(Neo4jStoreOptions options, ILoggerFactory loggerFactory, TimeProvider? timeProvider)
    {
        ArgumentNullException.ThrowIfNull(options);
        Neo4jStoreOptionsValidator.ThrowIfInvalid(options);
        // The client applies its own per-request timeout; HttpClient's default must not cut in first.
        var httpClient = new HttpClient(new SocketsHttpHandler { PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
        {
            Timeout = Timeout.InfiniteTimeSpan,
        };
        return Create(options, httpClient, loggerFactory, timeProvider, ownsHttpClient: true);
    }

    /// <summary>Creates the store over a given HttpClient (tests answer through a fake handler).</summary>
    public static Neo4jGraphStore Create(Neo4jStoreOptions options, HttpClient httpClient, ILoggerFactory loggerFactory, TimeProvider? timeProvider = null) =>
        Create(options, httpClient, loggerFactory, timeProvider, ownsHttpClient: false);

    private static Neo4jGraphStore Create(Neo4jStoreOptions options, HttpClient httpClient, ILoggerFactory loggerFactory, TimeProvider? timeProvider,
        bool ownsHttpClient)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(httpClient);
        loggerFactory ??= NullLoggerFactory.Instance;
        Neo4jStoreOptionsValidator.ThrowIfInvalid(options);
        var clientOptions = new Neo4jClientOptions
        {
            Endpoint = options.Uri!,
            User = options.User!,
            Password = options.Password!,
            Database = options.Database,
            RequestTimeout = options.RequestTimeout,
        };
        var client = new Neo4jQueryClient(httpClient, Options.Create(clientOptions), loggerFactory.CreateLogger<Neo4jQueryClient>());
        var logger = loggerFactory.CreateLogger<Neo4jGraphStore>();
        return new Neo4jGraphStore(new CypherSession(client, options.Uri!, logger), logger, ownsHttpClient ? httpClient : null,
            timeProvider ?? TimeProvider.System);
    }

    public async Task MigrateAsync(CancellationToken cancellationToken)
    {
        // Schema statements cannot run inside explicit transactions, and each must go alone.
        var statements = CypherStatements.Split("schema");
        foreach (var statement in statements) await _session.RunSchemaAsync(statement, cancellationToken);
        await WriteAsync(async cypher =>
        {
            await HelperBackfill.RunAsync(cypher, cancellationToken);
            await cypher.RunAsync("schema-version-write", CypherParameters.Of(("version", (long)LatestSchemaVersion)), cancellationToken);
            return true;
        }, cancellationToken);
        _unblockedFiled = true;
        LogMigrated(_logger, statements.Count, LatestSchemaVersion);
    }

    public async Task<SchemaStatus> GetSchemaStatusAsync(CancellationToken cancellationToken)
    {
        var rows = await _session.RunAsync("schema-version-read", CypherParameters.None, cancellationToken);
        var applied = rows.Count == 0 || rows[0]["version"] is not long version ? 0 : checked((int)version);
        return new SchemaStatus(applied, LatestSchemaVersion);
    }

    public async Task<IngestOutcome> IngestAsync(ArticleFacts facts, CancellationToken cancellationToken)
    {
        ArticleFactsChecks.Check(facts);
        var outcome = await WriteAsync(async cypher =>
        {
            var ingestor = new ArticleIngestor(cypher);
            var result = await ingestor.IngestAsync(facts, cancellationToken);
            await RefreshCandidatesAsync(cypher, ingestor, cancellationToken);
            return result;
        }, cancellationToken);
        LogIngested(_logger, outcome.ArticleId, outcome.Status);
        return outcome;
    }

    public async Task<bool> RetractArticleAsync(string articleId, CurationContext context, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(articleId);
        CheckContext(context);
        var retracted = await WriteAsync(cypher => Curation(cypher).RetractArticleAsync(articleId, context, cancellationToken), cancellationToken);
        if (retracted) LogCurated(_logger, context.Actor, CurationActionKind.RetractArticle, articleId);
        return retracted;
    }

    public Task<IReadOnlyList<EntityMerge>> ListMergesAsync(CancellationToken cancellationToken) =>
        ReadConsistentlyAsync<IReadOnlyList<EntityMerge>>(async cypher => await MergeCatalog.AllAsync(cypher, cancellationToken), cancellationToken);

    public async Task<EntityMerge> ConfirmMergeCandidateAsync(string candidateId, CurationContext context, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(candidateId);
        CheckContext(context);
        var merge = await WriteAsync(cypher => Curation(cypher).ConfirmCandidateAsync(candidateId, context, cancellationToken), cancellationToken);
        LogCurated(_logger, context.Actor, CurationActionKind.ConfirmMergeCandidate, candidateId);
        return merge;
    }

    public async Task<bool> UndoMergeAsync(string mergeId, CurationContext context, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(mergeId);
        CheckContext(context);
        var undone = await WriteAsync(cypher => Curation(cypher).UndoMergeAsync(mergeId, context, cancellationToken), cancellationToken);
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
        var ids = await WriteAsync(cypher => Curation(cypher).SplitEntityAsync(entityId, mentionIds, context, cancellationToken), cancellationToken);
        LogCurated(_logger, context.Actor, CurationActionKind.SplitEntity, entityId);
        return ids;
    }

    public Task<IReadOnlyList<CurationAction>> ListCurationLogAsync(CancellationToken cancellationToken) =>
        CurationLog.ListAsync(_session, cancellationToken);

    public Task<StoredClaims> ReadClaimsAsync(CancellationToken cancellationToken) =>
        ReadConsistentlyAsync(cypher => ClaimsReader.ReadAsync(cypher, cancellationToken), cancellationToken);

    public async Task RecordMergeDecisionAsync(MergeRecord decision, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(decision);
        ArgumentException.ThrowIfNullOrWhiteSpace(decision.MentionA);
        ArgumentException.ThrowIfNullOrWhiteSpace(decision.MentionB);
        if (decision.MentionA == decision.MentionB) throw new ArgumentException("A merge decision needs two different mentions.", nameof(decision));
        var (a, b) = string.CompareOrdinal(decision.MentionA, decision.MentionB) < 0
            ? (decision.MentionA, decision.MentionB) : (decision.MentionB, decision.MentionA);
        await WriteAsync(async cypher =>
        {
            var ingestor = new ArticleIngestor(cypher);
            await ingestor.RecordDecisionAsync(a, b, decision.Decision == MergeDecision.Same ? "same" : "different", decision.Note, cancellationToken);
            await RefreshCandidatesAsync(cypher, ingestor, cancellationToken);
            return true;
        }, cancellationToken);
    }

    public Task<Page<Event>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken) =>
        TimelinePage.RunAsync(_session, query, cancellationToken);

    public async Task<EventDetail?> GetEventAsync(string eventId, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(eventId);
        var ids = await IdLookup.EventsAsync(_session, [eventId], cancellationToken);
        if (!ids.TryGetValue(eventId, out var id)) return null;
        var events = await NodeRows.EventsAsync(_session, [id], cancellationToken);
        if (!events.TryGetValue(id, out var evt)) return null;
        var one = new[] { id };
        var participants = await EventLists.ParticipantsAsync(_session, one, cancellationToken);
        var relations = await EventLists.RelationsAsync(_session, one, cancellationToken);
        var sources = await EventLists.SourcesAsync(_session, one, cancellationToken);
        var conflicts = await EventLists.ConflictsAsync(_session, one, cancellationToken);
        return new EventDetail(evt, participants.GetValueOrDefault(id) ?? [], relations.GetValueOrDefault(id) ?? [],
            sources.GetValueOrDefault(id) ?? [], conflicts.GetValueOrDefault(id) ?? []);
    }

    public Task<IReadOnlyDictionary<string, Event>> GetEventsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken) =>
        ByRequestedIdAsync(eventIds, IdLookup.EventsAsync, NodeRows.EventsAsync, cancellationToken);

    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) =>
        ByRequestedIdAsync(entityIds, IdLookup.EntitiesAsync, NodeRows.EntitiesAsync, cancellationToken);

    public async Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(articleIds);
        return await NodeRows.ArticlesAsync(_session, articleIds, cancellationToken);
    }

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Participation>>> GetParticipantsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken) =>
        ListsByRequestedIdAsync(eventIds, IdLookup.EventsAsync, EventLists.ParticipantsAsync, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<EventSource>>> GetEventSourcesAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken) =>
        ListsByRequestedIdAsync(eventIds, IdLookup.EventsAsync, EventLists.SourcesAsync, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<EventRelation>>> GetEventRelationsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken) =>
        ListsByRequestedIdAsync(eventIds, IdLookup.EventsAsync, EventLists.RelationsAsync, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<Conflict>>> GetConflictsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken) =>
        ListsByRequestedIdAsync(eventIds, IdLookup.EventsAsync, EventLists.ConflictsAsync, cancellationToken);

    public Task<IReadOnlyDictionary<string, IReadOnlyList<EntityRelation>>> GetEntityRelationsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) =>
        ListsByRequestedIdAsync(entityIds, IdLookup.EntitiesAsync, EntityLists.RelationsAsync, cancellationToken);

    public async Task<EntityDetail?> GetEntityAsync(string entityId, int associateLimit, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(entityId);
        if (associateLimit is < 0 or > 1000) throw new ArgumentOutOfRangeException(nameof(associateLimit), associateLimit, "associateLimit must be between 0 and 1000.");
        var ids = await IdLookup.EntitiesAsync(_session, [entityId], cancellationToken);
        if (!ids.TryGetValue(entityId, out var id)) return null;
        var entities = await NodeRows.EntitiesAsync(_session, [id], cancellationToken);
        if (!entities.TryGetValue(id, out var entity)) return null;
        var relations = await EntityLists.RelationsAsync(_session, [id], cancellationToken);
        var associates = await EntityLists.AssociatesAsync(_session, id, associateLimit, cancellationToken);
        return new EntityDetail(entity, relations.GetValueOrDefault(id) ?? [], associates);
    }

    public Task<Page<Entity>> SearchEntitiesAsync(EntitySearch search, CancellationToken cancellationToken) =>
        EntityLists.SearchAsync(_session, search, cancellationToken);

    public Task<Page<Article>> ListArticlesAsync(ArticleListQuery query, CancellationToken cancellationToken) =>
        ArticlePage.RunAsync(_session, query, cancellationToken);

    public async Task<IReadOnlyList<EntityMergeCandidate>> ListMergeCandidatesAsync(CancellationToken cancellationToken)
    {
        var rows = await _session.RunAsync("merge-candidates-list", CypherParameters.None, cancellationToken);
        return rows.Select(r => new EntityMergeCandidate(r.Text("id"), r.Text("leftEntityId"), r.Text("rightEntityId"), r.Float("score"), r.Text("evidence")))
            .OrderBy(c => c.Id, StringComparer.Ordinal).ToList();
    }

    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken) =>
        GraphWalker.NeighbourhoodAsync(new GraphWalkReads(_session), query, cancellationToken);

    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken) =>
        GraphWalker.PathsAsync(new GraphWalkReads(_session), query, cancellationToken);

    public async Task<GraphCounts> CountAsync(CancellationToken cancellationToken)
    {
        var rows = await _session.RunAsync("counts", CypherParameters.None, cancellationToken);
        var r = rows.Count == 1 ? rows[0] : throw new InvalidOperationException("Neo4j answered the count statement with no row.");
        return new GraphCounts(r.Integer("events"), r.Integer("entities"), r.Integer("articles"), r.Integer("claims"));
    }

    public Task<GraphExport> ExportAsync(CancellationToken cancellationToken) => StoreExporter.ExportAsync(_session, cancellationToken);

    public void Dispose()
    {
        _ownedHttpClient?.Dispose();
        _writeLock.Dispose();
    }

    private CurationWriter Curation(ICypherRunner cypher) => new(cypher, new ArticleIngestor(cypher), _clock);

    private async Task RefreshCandidatesAsync(ICypherRunner cypher, ArticleIngestor ingestor, CancellationToken cancellationToken)
    {
        await CrossDocumentCandidates.RefreshAsync(cypher, ingestor.TouchedEntities, includeUnblocked: !_unblockedFiled, cancellationToken);
        _unblockedFiled = true;
    }

    /// <summary>Reads that must see one state of the graph run inside a transaction holding the writer lock.</summary>
    private Task<T> ReadConsistentlyAsync<T>(Func<ICypherRunner, Task<T>> read, CancellationToken cancellationToken) => WriteAsync(read, cancellationToken);

    private static void CheckContext(CurationContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (string.IsNullOrWhiteSpace(context.Actor)) throw new ArgumentException("A curation action needs the name of who performs it (CurationContext.Actor).", nameof(context));
    }

    private async Task<T> WriteAsync<T>(Func<ICypherRunner, Task<T>> work, CancellationToken cancellationToken)
    {
        // The lock node serialises writers across processes; this one saves a process's own writers the wait on the server.
        await _writeLock.WaitAsync(cancellationToken);
        try
        {
            return await _session.WriteAsync(work, cancellationToken);
        }
        finally
        {
            _writeLock.Release();
        }
    }

    private async Task<IReadOnlyDictionary<string, T>> ByRequestedIdAsync<T>(IReadOnlyCollection<string> requested,
        Func<ICypherRunner, IEnumerable<string>, CancellationToken, Task<Dictionary<string, string>>> lookup,
        Func<ICypherRunner, IEnumerable<string>, CancellationToken, Task<Dictionary<string, T>>> load,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var ids = await lookup(_session, requested, cancellationToken);
        var rows = await load(_session, ids.Values, cancellationToken);
        var result = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (asked, current) in ids)
        {
            if (rows.TryGetValue(current, out var row)) result[asked] = row;
        }
        return result;
    }

    private async Task<IReadOnlyDictionary<string, IReadOnlyList<T>>> ListsByRequestedIdAsync<T>(IReadOnlyCollection<string> requested,
        Func<ICypherRunner, IEnumerable<string>, CancellationToken, Task<Dictionary<string, string>>> lookup,
        Func<ICypherRunner, IReadOnlyCollection<string>, CancellationToken, Task<Dictionary<string, IReadOnlyList<T>>>> load,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(requested);
        var ids = await lookup(_session, requested, cancellationToken);
        var current = ids.Values.Distinct(StringComparer.Ordinal).ToList();
        var lists = current.Count == 0 ? new Dictionary<string, IReadOnlyList<T>>(StringComparer.Ordinal) : await load(_session, current, cancellationToken);
        var result = new Dictionary<string, IReadOnlyList<T>>(StringComparer.Ordinal);
        foreach (var asked in requested.Distinct(StringComparer.Ordinal))
        {
            result[asked] = ids.TryGetValue(asked, out var id) && lists.TryGetValue(id, out var list) ? list : [];
        }
        return result;
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "{Actor} curated: {Action} {Target}")]
    private static partial void LogCurated(ILogger logger, string actor, CurationActionKind action, string target);

    [LoggerMessage(Level = LogLevel.Debug, Message = "Ingested article {ArticleId}: {Status}")]
    private static partial void LogIngested(ILogger logger, string articleId, IngestStatus status);

    [LoggerMessage(Level = LogLevel.Information, Message = "Applied {Statements} schema statements to Neo4j; schema version {Version}")]
    private static partial void LogMigrated(ILogger logger, int statements, int version);
}
