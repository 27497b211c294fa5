namespace Timeline.GraphQL.DataLoader;

/// <summary>A loader with keys waiting, as the scheduler sees it: something to dispatch once the current wave stalls.</summary>
internal interface IBatchDispatch
{
    /// <summary>Fetches every key queued so far in one call and hands each waiter its value.</summary>
    Task DispatchAsync(CancellationToken cancellationToken);
}
