using Timeline.Domain.Model;

namespace Timeline.Domain.Ports;

/// <summary>
/// The graph store: per-article claims in, a canonical graph of events and entities out.
/// Every read that a list of results needs has a batch form taking many ids, so a caller
/// resolving a page of events issues one read per field, not one per event.
/// Ids given to reads may be former ids (of mentions, reports or merged nodes); they find the current node.
/// </summary>
public interface IGraphStore
{
    /// <summary>Applies every pending schema migration.</summary>
    Task MigrateAsync(CancellationToken cancellationToken);

    /// <summary>Which migrations are applied (for readiness checks).</summary>
    Task<SchemaStatus> GetSchemaStatusAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Stores one article's facts in one transaction: a new article is created, a new version replaces
    /// the article's previous claims, the same version again changes nothing. The canonical entities and
    /// events the claims touch are derived again.
    /// </summary>
    Task<IngestOutcome> IngestAsync(ArticleFacts facts, CancellationToken cancellationToken);

    /// <summary>
    /// Removes an article and its claims and derives again what they touched: an event or entity no other
    /// article supports disappears, nothing else changes. Recorded in the curation log. False when unknown
    /// (so also when already retracted, which adds no log entry).
    /// </summary>
    Task<bool> RetractArticleAsync(string articleId, CurationContext context, CancellationToken cancellationToken);

    /// <summary>Records a curation decision on two mentions and derives their entities again.</summary>
    Task RecordMergeDecisionAsync(MergeRecord decision, CancellationToken cancellationToken);

    /// <summary>Events in time order (earliest, then latest, then id), filtered and keyset-paged.</summary>
    Task<Page<Event>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken);

    /// <summary>One event with participants, relations, sources and conflicts; null when unknown.</summary>
    Task<EventDetail?> GetEventAsync(string eventId, CancellationToken cancellationToken);

    /// <summary>Events by id (current or former); unknown ids are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, Event>> GetEventsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken);

    /// <summary>Entities by id (current or former); unknown ids are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken);

    /// <summary>Articles by id; unknown ids are absent from the result.</summary>
    Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken);

    /// <summary>Participants of each event, keyed by the requested id.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Participation>>> GetParticipantsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken);

    /// <summary>Sources (article and quote) of each event, keyed by the requested id.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<EventSource>>> GetEventSourcesAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken);

    /// <summary>Relations each event takes part in (as subject or object), keyed by the requested id.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<EventRelation>>> GetEventRelationsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken);

    /// <summary>Conflicts of each event, keyed by the requested id.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<Conflict>>> GetConflictsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken);

    /// <summary>Relations each entity takes part in (as subject or object), keyed by the requested id.</summary>
    Task<IReadOnlyDictionary<string, IReadOnlyList<EntityRelation>>> GetEntityRelationsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken);

    /// <summary>An entity with relations and up to <paramref name="associateLimit"/> co-participants; null when unknown.</summary>
    Task<EntityDetail?> GetEntityAsync(string entityId, int associateLimit, CancellationToken cancellationToken);

    /// <summary>Entities by name or alias prefix, by name then id, keyset-paged.</summary>
    Task<Page<Entity>> SearchEntitiesAsync(EntitySearch search, CancellationToken cancellationToken);

    /// <summary>Articles by publication date then id, keyset-paged.</summary>
    Task<Page<Article>> ListArticlesAsync(ArticleListQuery query, CancellationToken cancellationToken);

    /// <summary>Merge candidates awaiting curation, by id.</summary>
    Task<IReadOnlyList<EntityMergeCandidate>> ListMergeCandidatesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Every merge the graph holds, automatic (shared external id, shared name key, sameAs) and curated
    /// (a confirmed candidate), with both sides as they would stand apart and the evidence; by entity id, then merge id.
    /// </summary>
    Task<IReadOnlyList<EntityMerge>> ListMergesAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Confirms a merge candidate: records that its two entities are the same, derives again and returns the
    /// curated merge. Confirming it again changes nothing and returns the same merge.
    /// </summary>
    /// <exception cref="CurationException">No such candidate, and none confirmed under that id still holds.</exception>
    Task<EntityMerge> ConfirmMergeCandidateAsync(string candidateId, CurationContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Undoes a merge: the two sides come apart with their own facts. A curated merge loses its decision; an
    /// automatic one gets decisions that its sides differ. False when the merge is unknown or already undone.
    /// </summary>
    Task<bool> UndoMergeAsync(string mergeId, CurationContext context, CancellationToken cancellationToken);

    /// <summary>
    /// Splits an entity: the given mentions leave it and form their own entity. Returns the resulting entity ids,
    /// the one keeping the other mentions first. Splitting again the same way changes nothing and returns the same ids.
    /// </summary>
    /// <exception cref="CurationException">Unknown entity, a mention not in it, or all of its mentions given.</exception>
    Task<IReadOnlyList<string>> SplitEntityAsync(string entityId, IReadOnlyCollection<string> mentionIds, CurationContext context, CancellationToken cancellationToken);

    /// <summary>The curation log, oldest first: who, when, what.</summary>
    Task<IReadOnlyList<CurationAction>> ListCurationLogAsync(CancellationToken cancellationToken);

    /// <summary>The subgraph around an event or entity, capped.</summary>
    Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken);

    /// <summary>The k shortest simple paths between two entities, shortest first.</summary>
    Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken);

    /// <summary>How many events, entities, articles and claims the store holds.</summary>
    Task<GraphCounts> CountAsync(CancellationToken cancellationToken);

    /// <summary>Every table, every row, sorted: a deterministic picture of the store.</summary>
    Task<GraphExport> ExportAsync(CancellationToken cancellationToken);

    /// <summary>
    /// Every article's facts and every curation decision as stored, sorted (articles by id, entities and
    /// events by key, participations and relations in stored order): what export needs to rebuild the store.
    /// </summary>
    Task<StoredClaims> ReadClaimsAsync(CancellationToken cancellationToken);
}
