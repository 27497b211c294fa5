using Timeline.Domain.Ports;

namespace Timeline.Export;

/// <summary>
/// Writes checked claims into a store through its port: every article's facts (IngestAsync, so the store
/// derives its own graph), then every curation decision, which the store applies to the mentions now present.
/// </summary>
public static class StoreImporter
{
    public static async Task<ImportSummary> ImportAsync(IGraphStore store, StoredClaims claims, IProgress<string>? progress, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(store);
        ArgumentNullException.ThrowIfNull(claims);
        var counts = new Dictionary<IngestStatus, int>();
        foreach (var facts in claims.Articles)
        {
            var outcome = await store.IngestAsync(facts, cancellationToken);
            counts[outcome.Status] = counts.GetValueOrDefault(outcome.Status) + 1;
            progress?.Report($"{outcome.ArticleId}: {outcome.Status.ToString().ToLowerInvariant()}");
        }
        foreach (var decision in claims.Decisions)
        {
            await store.RecordMergeDecisionAsync(decision, cancellationToken);
        }
        return new ImportSummary(
            counts.GetValueOrDefault(IngestStatus.Created),
            counts.GetValueOrDefault(IngestStatus.Updated),
            counts.GetValueOrDefault(IngestStatus.Unchanged),
            claims.Decisions.Count);
    }
}
