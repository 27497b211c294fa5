using Timeline.GraphQL.Execution;

namespace Timeline.GraphQL.DataLoader;

/// <summary>
/// A loader as one resolver uses it: loads made through the handle mark that resolver as waiting on a loader, which is
/// how the executor knows a wave has stalled and the batch can go.
/// </summary>
public readonly struct DataLoaderHandle<TKey, TResult>
    where TKey : notnull
{
    private readonly DataLoaderBase<TKey, TResult> loader;
    private readonly FieldContext? requester;

    internal DataLoaderHandle(DataLoaderBase<TKey, TResult> loader, FieldContext? requester)
    {
        this.loader = loader;
        this.requester = requester;
    }

    public DataLoaderBase<TKey, TResult> Loader => loader;

    public Task<TResult> LoadAsync(TKey key)
    {
        var task = loader.LoadAsync(key);
        return task.IsCompleted || requester is null ? task : WaitAsync(task, requester);
    }

    /// <summary>The values of several keys, in the order given, from the same batch.</summary>
    public Task<TResult[]> LoadManyAsync(IEnumerable<TKey> keys)
    {
        ArgumentNullException.ThrowIfNull(keys);
        var tasks = new List<Task<TResult>>();
        foreach (var key in keys)
        {
            tasks.Add(loader.LoadAsync(key));
        }

        var all = Task.WhenAll(tasks);
        return all.IsCompleted || requester is null ? all : WaitAsync(all, requester);
    }

    private static async Task<T> WaitAsync<T>(Task<T> task, FieldContext requester)
    {
        requester.BeginWait();
        try
        {
            return await task.ConfigureAwait(false);
        }
        finally
        {
            requester.EndWait();
        }
    }
}
