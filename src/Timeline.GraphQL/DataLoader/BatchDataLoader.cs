namespace Timeline.GraphQL.DataLoader;

/// <summary>A 1:1 loader: each key has at most one value; a key the fetch does not return loads as the default (null).</summary>
public sealed class BatchDataLoader<TKey, TValue> : DataLoaderBase<TKey, TValue?>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> fetch;

    public BatchDataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> fetch,
        IEqualityComparer<TKey>? comparer = null)
        : this(fetch, null, comparer)
    {
    }

    internal BatchDataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, TValue>>> fetch,
        BatchScheduler? scheduler,
        IEqualityComparer<TKey>? comparer = null)
        : base(scheduler, comparer)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        this.fetch = fetch;
    }

    private protected override async ValueTask<object> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        await fetch(keys, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException("A data loader's fetch returned null instead of a dictionary of results.");

    private protected override TValue? Select(object results, TKey key) =>
        ((IReadOnlyDictionary<TKey, TValue>)results).TryGetValue(key, out var value) ? value : default;
}
