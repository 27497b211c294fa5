using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Timeline.GraphQL.DataLoader;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>
/// Who confirmed a merge, from the store's curation log: the actor of the latest confirmation whose results name the
/// merge. The log is read once per request however many merges ask.
/// </summary>
internal static class CurationLogReader
{
    /// <summary>Where a confirmation's results list the merge id: after the merged entity's id.</summary>
    private const int MergeIdResult = 1;

    public static Task<string?> ConfirmedByAsync(IResolveFieldContext context, string mergeId) =>
        context.DataLoader<string, string>("mergeCurators", (ids, ct) => FetchAsync(StoreLoaders.Store(context), ids, ct)).LoadAsync(mergeId);

    private static async ValueTask<IReadOnlyDictionary<string, string>> FetchAsync(IGraphStore store, IReadOnlyList<string> mergeIds, CancellationToken cancellationToken)
    {
        var wanted = mergeIds.ToHashSet(StringComparer.Ordinal);
        var curators = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var action in await store.ListCurationLogAsync(cancellationToken).ConfigureAwait(false))
        {
            if (action.Kind == CurationActionKind.ConfirmMergeCandidate
                && action.Results.Count > MergeIdResult
                && wanted.Contains(action.Results[MergeIdResult]))
            {
                curators[action.Results[MergeIdResult]] = action.Actor;
            }
        }

        return curators;
    }
}
