using System.Reflection;
using Timeline.Domain.Ports;

namespace Timeline.Api.Tests.Infrastructure;

/// <summary>
/// A graph store that migrates nothing and reports a chosen schema status, or fails once told to: states a real
/// SQLite file cannot be put in on demand. Any other call fails loudly, so a test cannot rely on it by accident.
/// </summary>
public class StubGraphStore : DispatchProxy
{
    public SchemaStatus Status { get; set; } = new(1, 1);

    /// <summary>When set, every schema-status read fails with it.</summary>
    public Exception? Failure { get; set; }

    public IGraphStore Store => (IGraphStore)(object)this;

    public static StubGraphStore Create(SchemaStatus status)
    {
        var stub = (StubGraphStore)(object)DispatchProxy.Create<IGraphStore, StubGraphStore>();
        stub.Status = status;
        return stub;
    }

    protected override object? Invoke(MethodInfo? targetMethod, object?[]? args)
    {
        ArgumentNullException.ThrowIfNull(targetMethod);
        return targetMethod.Name switch
        {
            nameof(IGraphStore.MigrateAsync) => Task.CompletedTask,
            nameof(IGraphStore.GetSchemaStatusAsync) when Failure is { } failure => Task.FromException<SchemaStatus>(failure),
            nameof(IGraphStore.GetSchemaStatusAsync) => Task.FromResult(Status),
            _ => throw new InvalidOperationException($"The stub store does not answer {targetMethod.Name}."),
        };
    }
}
