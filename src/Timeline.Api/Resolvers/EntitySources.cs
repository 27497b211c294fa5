using Timeline.Domain.Model;
using Timeline.Domain.Ports;

namespace Timeline.Api.Resolvers;

/// <summary>
/// <c>Entity.sources</c> for a batch of entities: the claims of their participations, read from the participants of
/// the events any of them takes part in. The whole batch shares one walk over those events (a page of the store's
/// largest size and its participants at a time), so a list of entities costs what one entity does.
/// </summary>
internal static class EntitySources
{
    public static async ValueTask<IReadOnlyDictionary<string, IReadOnlyList<Claim>>> FetchAsync(
        IGraphStore store, IReadOnlyList<string> entityIds, CancellationToken cancellationToken)
    {
        var wanted = entityIds.ToHashSet(StringComparer.Ordinal);
        var claims = wanted.ToDictionary(id => id, _ => new HashSet<Claim>(), StringComparer.Ordinal);
        var filter = new EventFilter { EntityIds = [.. wanted] };
        string? after = null;
        while (true)
        {
            var page = await store.QueryEventsAsync(
                new EventQuery(filter, SortDirection.Ascending, new PageRequest(First: PageRequest.MaxSize, After: after)), cancellationToken).ConfigureAwait(false);
            if (page.Edges.Count > 0)
            {
                var participants = await store.GetParticipantsAsync(page.Edges.Select(e => e.Node.Id).ToList(), cancellationToken).ConfigureAwait(false);
                foreach (var participation in participants.Values.SelectMany(list => list))
                {
                    if (claims.TryGetValue(participation.EntityId, out var set)) set.UnionWith(participation.Claims);
                }
            }

            if (!page.PageInfo.HasNextPage) break;
            after = page.PageInfo.EndCursor;
        }

        return claims.ToDictionary(
            pair => pair.Key,
            pair => (IReadOnlyList<Claim>)pair.Value
                .OrderBy(c => c.ArticleId, StringComparer.Ordinal)
                .ThenBy(c => c.Quote, StringComparer.Ordinal)
                .ToList(),
            StringComparer.Ordinal);
    }
}
