namespace Timeline.GraphQL.DataLoader;

/// <summary>A 1:n loader: each key has a list of values; a key the fetch does not return loads as an empty list.</summary>
public sealed class GroupedDataLoader<TKey, TValue> : DataLoaderBase<TKey, IReadOnlyList<TValue>>
    where TKey : notnull
{
    private readonly Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>>> fetch;

    public GroupedDataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>>> fetch,
        IEqualityComparer<TKey>? comparer = null)
        : this(fetch, null, comparer)
    {
    }

    internal GroupedDataLoader(
        Func<IReadOnlyList<TKey>, CancellationToken, ValueTask<IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>>> fetch,
        BatchScheduler? scheduler,
        IEqualityComparer<TKey>? comparer = null)
        : base(scheduler, comparer)
    {
        ArgumentNullException.ThrowIfNull(fetch);
        this.fetch = fetch;
    }

    private protected override async ValueTask<object> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken) =>
        await fetch(keys, cancellationToken).ConfigureAwait(false)
        ?? throw new InvalidOperationException("A grouped data loader's fetch returned null instead of a dictionary of results.");

    private protected override IReadOnlyList<TValue> Select(object results, TKey key) =>
        ((IReadOnlyDictionary<TKey, IReadOnlyList<TValue>>)results).TryGetValue(key, out var values) ? values : [];
}
