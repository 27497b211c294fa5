using Microsoft.Extensions.DependencyInjection;
using Timeline.Domain.Model;
using Timeline.Domain.Ports;

namespace Timeline.Api.Tests.Queries;

/// <summary>The real store with a count of every call made through it, to prove that resolvers batch their reads.</summary>
public sealed class CountingGraphStore(IGraphStore inner) : IGraphStore
{
    private int _calls;

    public int Calls => Volatile.Read(ref _calls);

    public void Reset() => Interlocked.Exchange(ref _calls, 0);

    /// <summary>
    /// Puts a counting store around the host's store: the host and the tests (through
    /// <c>GetRequiredService&lt;CountingGraphStore&gt;()</c>) share the one instance.
    /// </summary>
    public static void Install(IServiceCollection services)
    {
        var original = services.Last(d => d.ServiceType == typeof(IGraphStore));
        services.Remove(original);
        services.AddSingleton(sp => new CountingGraphStore(
            original.ImplementationInstance as IGraphStore
            ?? (original.ImplementationFactory is { } create ? (IGraphStore)create(sp) : (IGraphStore)ActivatorUtilities.CreateInstance(sp, original.ImplementationType!))));
        services.AddSingleton<IGraphStore>(sp => sp.GetRequiredService<CountingGraphStore>());
    }

    private T Count<T>(T result)
    {
        Interlocked.Increment(ref _calls);
        return result;
    }

    public Task MigrateAsync(CancellationToken cancellationToken) => Count(inner.MigrateAsync(cancellationToken));
    public Task<SchemaStatus> GetSchemaStatusAsync(CancellationToken cancellationToken) => Count(inner.GetSchemaStatusAsync(cancellationToken));
    public Task<IngestOutcome> IngestAsync(ArticleFacts facts, CancellationToken cancellationToken) => Count(inner.IngestAsync(facts, cancellationToken));
    public Task<bool> RetractArticleAsync(string articleId, CurationContext context, CancellationToken cancellationToken) => Count(inner.RetractArticleAsync(articleId, context, cancellationToken));
    public Task<IReadOnlyList<EntityMerge>> ListMergesAsync(CancellationToken cancellationToken) => Count(inner.ListMergesAsync(cancellationToken));
    public Task<EntityMerge> ConfirmMergeCandidateAsync(string candidateId, CurationContext context, CancellationToken cancellationToken) => Count(inner.ConfirmMergeCandidateAsync(candidateId, context, cancellationToken));
    public Task<bool> UndoMergeAsync(string mergeId, CurationContext context, CancellationToken cancellationToken) => Count(inner.UndoMergeAsync(mergeId, context, cancellationToken));
    public Task<IReadOnlyList<string>> SplitEntityAsync(string entityId, IReadOnlyCollection<string> mentionIds, CurationContext context, CancellationToken cancellationToken) => Count(inner.SplitEntityAsync(entityId, mentionIds, context, cancellationToken));
    public Task<IReadOnlyList<CurationAction>> ListCurationLogAsync(CancellationToken cancellationToken) => Count(inner.ListCurationLogAsync(cancellationToken));
    public Task RecordMergeDecisionAsync(MergeRecord decision, CancellationToken cancellationToken) => Count(inner.RecordMergeDecisionAsync(decision, cancellationToken));
    public Task<Page<Event>> QueryEventsAsync(EventQuery query, CancellationToken cancellationToken) => Count(inner.QueryEventsAsync(query, cancellationToken));
    public Task<EventDetail?> GetEventAsync(string eventId, CancellationToken cancellationToken) => Count(inner.GetEventAsync(eventId, cancellationToken));
    public Task<IReadOnlyDictionary<string, Event>> GetEventsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken) => Count(inner.GetEventsAsync(eventIds, cancellationToken));
    public Task<IReadOnlyDictionary<string, Entity>> GetEntitiesAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) => Count(inner.GetEntitiesAsync(entityIds, cancellationToken));
    public Task<IReadOnlyDictionary<string, Article>> GetArticlesAsync(IReadOnlyCollection<string> articleIds, CancellationToken cancellationToken) => Count(inner.GetArticlesAsync(articleIds, cancellationToken));
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Participation>>> GetParticipantsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken) => Count(inner.GetParticipantsAsync(eventIds, cancellationToken));
    public Task<IReadOnlyDictionary<string, IReadOnlyList<EventSource>>> GetEventSourcesAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken) => Count(inner.GetEventSourcesAsync(eventIds, cancellationToken));
    public Task<IReadOnlyDictionary<string, IReadOnlyList<EventRelation>>> GetEventRelationsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken) => Count(inner.GetEventRelationsAsync(eventIds, cancellationToken));
    public Task<IReadOnlyDictionary<string, IReadOnlyList<Conflict>>> GetConflictsAsync(IReadOnlyCollection<string> eventIds, CancellationToken cancellationToken) => Count(inner.GetConflictsAsync(eventIds, cancellationToken));
    public Task<IReadOnlyDictionary<string, IReadOnlyList<EntityRelation>>> GetEntityRelationsAsync(IReadOnlyCollection<string> entityIds, CancellationToken cancellationToken) => Count(inner.GetEntityRelationsAsync(entityIds, cancellationToken));
    public Task<EntityDetail?> GetEntityAsync(string entityId, int associateLimit, CancellationToken cancellationToken) => Count(inner.GetEntityAsync(entityId, associateLimit, cancellationToken));
    public Task<Page<Entity>> SearchEntitiesAsync(EntitySearch search, CancellationToken cancellationToken) => Count(inner.SearchEntitiesAsync(search, cancellationToken));
    public Task<Page<Article>> ListArticlesAsync(ArticleListQuery query, CancellationToken cancellationToken) => Count(inner.ListArticlesAsync(query, cancellationToken));
    public Task<IReadOnlyList<EntityMergeCandidate>> ListMergeCandidatesAsync(CancellationToken cancellationToken) => Count(inner.ListMergeCandidatesAsync(cancellationToken));
    public Task<Subgraph> GetNeighbourhoodAsync(NeighbourhoodQuery query, CancellationToken cancellationToken) => Count(inner.GetNeighbourhoodAsync(query, cancellationToken));
    public Task<IReadOnlyList<GraphPath>> FindPathsAsync(PathQuery query, CancellationToken cancellationToken) => Count(inner.FindPathsAsync(query, cancellationToken));
    public Task<GraphCounts> CountAsync(CancellationToken cancellationToken) => Count(inner.CountAsync(cancellationToken));
    public Task<GraphExport> ExportAsync(CancellationToken cancellationToken) => Count(inner.ExportAsync(cancellationToken));
    public Task<StoredClaims> ReadClaimsAsync(CancellationToken cancellationToken) => Count(inner.ReadClaimsAsync(cancellationToken));
}
