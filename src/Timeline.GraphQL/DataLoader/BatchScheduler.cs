using Timeline.GraphQL.Execution;

namespace Timeline.GraphQL.DataLoader;

/// <summary>
/// Decides when a request's data loaders fetch. Resolvers run until every one still pending waits on a loader and no
/// executor code is running (it might still queue keys); then all loaders with queued keys dispatch together, one call
/// each. Executor continuations bracket their work with <see cref="Enter"/>/<see cref="Leave"/>; the last
/// <see cref="Leave"/> of a wave wakes the driver in <see cref="RunAsync"/>.
/// </summary>
internal sealed class BatchScheduler
{
    private readonly Lock gate = new();
    private readonly HashSet<FieldContext> pendingResolvers = [];
    private readonly Dictionary<string, object> loaders = new(StringComparer.Ordinal);
    private List<IBatchDispatch> queued = [];
    private TaskCompletionSource wave = NewWave();

    // Starts at one: the scheduler is created from inside the request's first synchronous run, which the driver ends.
    private int running = 1;

    public void Enter() => Interlocked.Increment(ref running);

    public void Leave()
    {
        if (Interlocked.Decrement(ref running) == 0)
        {
            CheckIdle();
        }
    }

    public void ResolverStarted(FieldContext context)
    {
        lock (gate)
        {
            pendingResolvers.Add(context);
        }
    }

    public void ResolverFinished(FieldContext context)
    {
        lock (gate)
        {
            pendingResolvers.Remove(context);
        }
    }

    /// <summary>A resolver began waiting on a loader; when no executor code runs (it resumed on its own) the wave may be over.</summary>
    public void WaiterBlocked()
    {
        if (Volatile.Read(ref running) == 0)
        {
            CheckIdle();
        }
    }

    public void Enqueue(IBatchDispatch loader)
    {
        lock (gate)
        {
            queued.Add(loader);
        }
    }

    /// <summary>The request's loader called <paramref name="name"/>, created on first use.</summary>
    public T GetOrAddLoader<T>(string name, Func<T> create)
        where T : class
    {
        lock (gate)
        {
            if (loaders.TryGetValue(name, out var existing))
            {
                return existing as T
                    ?? throw new InvalidOperationException($"The data loader \"{name}\" was first created as {existing.GetType().Name}, not {typeof(T).Name}; give loaders of different key or value types different names.");
            }

            var created = create();
            loaders[name] = created;
            return created;
        }
    }

    /// <summary>Drives a request whose root did not finish synchronously: dispatches loaders wave after wave until the root completes.</summary>
    public async Task<bool> RunAsync(Task<bool> rootTask, CancellationToken cancellationToken)
    {
        Leave();
        var cancelled = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        await using var registration = cancellationToken.Register(() => cancelled.TrySetResult()).ConfigureAwait(false);
        while (!rootTask.IsCompleted)
        {
            Task signal;
            lock (gate)
            {
                signal = wave.Task;
            }

            await Task.WhenAny(rootTask, signal, cancelled.Task).ConfigureAwait(false);
            if (rootTask.IsCompleted)
            {
                break;
            }

            cancellationToken.ThrowIfCancellationRequested();
            List<IBatchDispatch> batch;
            lock (gate)
            {
                batch = queued;
                queued = [];
                wave = NewWave();
            }

            foreach (var loader in batch)
            {
                _ = loader.DispatchAsync(cancellationToken);
            }
        }

        return await rootTask.ConfigureAwait(false);
    }

    private static TaskCompletionSource NewWave() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    private void CheckIdle()
    {
        lock (gate)
        {
            if (Volatile.Read(ref running) != 0 || queued.Count == 0)
            {
                return;
            }

            foreach (var context in pendingResolvers)
            {
                if (context.OutstandingLoads == 0)
                {
                    return;
                }
            }

            wave.TrySetResult();
        }
    }
}
