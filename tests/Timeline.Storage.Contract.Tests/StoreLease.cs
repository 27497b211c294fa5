using Timeline.Domain.Ports;

namespace Timeline.Storage.Contract.Tests;

/// <summary>An empty, migrated store for one test, and what to do when the test is done with it.</summary>
public sealed class StoreLease(IGraphStore store, Func<ValueTask> release) : IAsyncDisposable
{
    public IGraphStore Store { get; } = store;

    public ValueTask DisposeAsync() => release();
}
