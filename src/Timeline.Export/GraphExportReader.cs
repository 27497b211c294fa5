using Timeline.Domain.Model;
using Timeline.Domain.Ports;

namespace Timeline.Export;

/// <summary>
/// Reads a whole store through the port: the stored claims, then the derived graph page by page
/// (events and entities in pages of the largest size, their lists in one batch read per page), sorted
/// by ids so that the order of the store's pages and cursors never shows in the result.
/// </summary>
public static class GraphExportReader
{
    public static async Task<ExportDocument> ReadAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        var claims = await store.ReadClaimsAsync(cancellationToken);
        var events = await ReadEventsAsync(store, cancellationToken);
        var entities = await ReadEntitiesAsync(store, cancellationToken);

        var exported = new List<ExportedEvent>(events.Count);
        var eventRelations = new Dictionary<(EventRelationType, string, string), EventRelation>();
        foreach (var chunk in events.Chunk(PageRequest.MaxSize))
        {
            var ids = chunk.Select(e => e.Id).ToList();
            var participants = await store.GetParticipantsAsync(ids, cancellationToken);
            var sources = await store.GetEventSourcesAsync(ids, cancellationToken);
            var conflicts = await store.GetConflictsAsync(ids, cancellationToken);
            var relations = await store.GetEventRelationsAsync(ids, cancellationToken);
            foreach (var e in chunk)
            {
                exported.Add(new ExportedEvent(
                    e,
                    [.. Of(participants, e.Id).Select(p => p with { Claims = SortedClaims(p.Claims) })
                        .OrderBy(p => p.EntityId, StringComparer.Ordinal).ThenBy(p => p.Role, StringComparer.Ordinal)],
                    [.. Of(sources, e.Id).OrderBy(s => s.Article.Id, StringComparer.Ordinal).ThenBy(s => s.ReportId, StringComparer.Ordinal)],
                    [.. Of(conflicts, e.Id).Select(c => c with
                        {
                            Values = [.. c.Values.Select(v => v with { Claims = SortedClaims(v.Claims) }).OrderBy(v => v.Value, StringComparer.Ordinal)],
                        })
                        .OrderBy(c => c.Field, StringComparer.Ordinal)]));
                foreach (var r in Of(relations, e.Id))
                {
                    eventRelations.TryAdd((r.Type, r.SubjectEventId, r.ObjectEventId), r with { Claims = SortedClaims(r.Claims) });
                }
            }
        }

        var entityRelations = new Dictionary<(EntityRelationType, string, string), EntityRelation>();
        foreach (var chunk in entities.Chunk(PageRequest.MaxSize))
        {
            var relations = await store.GetEntityRelationsAsync([.. chunk.Select(e => e.Id)], cancellationToken);
            foreach (var r in chunk.SelectMany(e => Of(relations, e.Id)))
            {
                entityRelations.TryAdd((r.Type, r.SubjectEntityId, r.ObjectEntityId), r with { Claims = SortedClaims(r.Claims) });
            }
        }

        // A mention id is a former id of its entity, so the batch read finds each mention's entity.
        var mentionEntities = new List<KeyValuePair<string, string>>();
        var mentionIds = claims.Articles.SelectMany(a => a.Entities.Select(e => a.Article.Id + "#" + e.Key)).ToList();
        foreach (var chunk in mentionIds.Chunk(PageRequest.MaxSize))
        {
            var found = await store.GetEntitiesAsync(chunk, cancellationToken);
            mentionEntities.AddRange(chunk.Where(found.ContainsKey).Select(id => KeyValuePair.Create(id, found[id].Id)));
        }
        mentionEntities.Sort((a, b) => string.CompareOrdinal(a.Key, b.Key));

        var graph = new ExportGraph(
            entities,
            exported,
            [.. entityRelations.Values.OrderBy(r => RelationTypes.Name(r.Type), StringComparer.Ordinal)
                .ThenBy(r => r.SubjectEntityId, StringComparer.Ordinal).ThenBy(r => r.ObjectEntityId, StringComparer.Ordinal)],
            [.. eventRelations.Values.OrderBy(r => RelationTypes.Name(r.Type), StringComparer.Ordinal)
                .ThenBy(r => r.SubjectEventId, StringComparer.Ordinal).ThenBy(r => r.ObjectEventId, StringComparer.Ordinal)],
            mentionEntities);
        return new ExportDocument(claims, graph);
    }

    private static async Task<List<Event>> ReadEventsAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var events = new List<Event>();
        string? after = null;
        while (true)
        {
            var page = await store.QueryEventsAsync(
                new EventQuery(EventFilter.None, SortDirection.Ascending, new PageRequest(First: PageRequest.MaxSize, After: after)), cancellationToken);
            events.AddRange(page.Edges.Select(edge => edge.Node));
            if (!page.PageInfo.HasNextPage || page.PageInfo.EndCursor is null) break;
            after = page.PageInfo.EndCursor;
        }
        events.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return events;
    }

    private static async Task<List<Entity>> ReadEntitiesAsync(IGraphStore store, CancellationToken cancellationToken)
    {
        var entities = new List<Entity>();
        string? after = null;
        while (true)
        {
            var page = await store.SearchEntitiesAsync(new EntitySearch(null, null, new PageRequest(First: PageRequest.MaxSize, After: after)), cancellationToken);
            entities.AddRange(page.Edges.Select(edge => edge.Node));
            if (!page.PageInfo.HasNextPage || page.PageInfo.EndCursor is null) break;
            after = page.PageInfo.EndCursor;
        }
        entities.Sort((a, b) => string.CompareOrdinal(a.Id, b.Id));
        return entities;
    }

    private static IReadOnlyList<T> Of<T>(IReadOnlyDictionary<string, IReadOnlyList<T>> lists, string id) =>
        lists.TryGetValue(id, out var list) ? list : [];

    private static List<Claim> SortedClaims(IEnumerable<Claim> claims) =>
        [.. claims.OrderBy(c => c.ArticleId, StringComparer.Ordinal).ThenBy(c => c.Quote, StringComparer.Ordinal)];
}
