namespace Timeline.GraphQL.DataLoader;

/// <summary>
/// A per-request, keyed, caching batch loader: each key is fetched at most once per request, and the keys asked for
/// while a wave of resolvers runs are fetched together in one call. Continuations run inline when results arrive, so
/// the resolvers waiting on a batch resume within the same dispatch and can queue the next wave's keys.
/// </summary>
public abstract class DataLoaderBase<TKey, TResult> : IBatchDispatch
    where TKey : notnull
{
    private readonly Lock gate = new();
    private readonly Dictionary<TKey, TaskCompletionSource<TResult>> cache;
    private readonly BatchScheduler? scheduler;
    private List<TKey> queue = [];

    private protected DataLoaderBase(BatchScheduler? scheduler, IEqualityComparer<TKey>? comparer)
    {
        this.scheduler = scheduler;
        cache = new Dictionary<TKey, TaskCompletionSource<TResult>>(comparer);
    }

    /// <summary>How many fetch calls this loader has made.</summary>
    public int BatchCount { get; private set; }

    /// <summary>The value for <paramref name="key"/>: cached when already loaded or queued, else queued for the next batch.</summary>
    public Task<TResult> LoadAsync(TKey key)
    {
        ArgumentNullException.ThrowIfNull(key);
        bool first;
        TaskCompletionSource<TResult> source;
        lock (gate)
        {
            if (cache.TryGetValue(key, out var known))
            {
                return known.Task;
            }

            source = new TaskCompletionSource<TResult>();
            cache[key] = source;
            queue.Add(key);
            first = queue.Count == 1;
        }

        if (first)
        {
            scheduler?.Enqueue(this);
        }

        return source.Task;
    }

    /// <summary>Fetches every queued key in one call. The executor calls it when a wave stalls; call it yourself when using a loader alone.</summary>
    public async Task DispatchAsync(CancellationToken cancellationToken)
    {
        List<TKey> keys;
        lock (gate)
        {
            if (queue.Count == 0)
            {
                return;
            }

            keys = queue;
            queue = [];
            BatchCount++;
        }

        Exception? failure = null;
        object? results = null;
        try
        {
            results = await FetchAsync(keys, cancellationToken).ConfigureAwait(false);
        }
        catch (Exception e)
        {
            failure = e;
        }

        scheduler?.Enter();
        try
        {
            foreach (var key in keys)
            {
                TaskCompletionSource<TResult> source;
                lock (gate)
                {
                    source = cache[key];
                    if (failure is not null)
                    {
                        // A failed key is forgotten, so that a later wave may try it again.
                        cache.Remove(key);
                    }
                }

                if (failure is not null)
                {
                    source.TrySetException(failure);
                }
                else
                {
                    source.TrySetResult(Select(results!, key));
                }
            }
        }
        finally
        {
            scheduler?.Leave();
        }
    }

    /// <summary>Calls the fetch delegate for one batch of distinct keys.</summary>
    private protected abstract ValueTask<object> FetchAsync(IReadOnlyList<TKey> keys, CancellationToken cancellationToken);

    /// <summary>The value of one key out of a batch's results.</summary>
    private protected abstract TResult Select(object results, TKey key);
}
