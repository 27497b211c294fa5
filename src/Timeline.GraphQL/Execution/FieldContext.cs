using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Execution;

/// <summary>The executor's <see cref="IResolveFieldContext"/>: one per field evaluation that needs one; valid until the field completes.</summary>
internal sealed class FieldContext(
    ExecutionState state,
    FieldPlan plan,
    object? parent,
    IReadOnlyDictionary<string, object?> arguments,
    ResponsePath? parentPath) : IResolveFieldContext
{
    private ResponsePath? path;
    private int outstandingLoads;

    public object? Parent { get; } = parent;

    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments;

    public FieldDefinition FieldDefinition => plan.Definition;

    public ObjectType ParentType => plan.ParentType;

    public Schema Schema => state.Schema;

    public ResponsePath Path => path ??= parentPath is null ? ResponsePath.Root(plan.ResponseKey) : parentPath.Append(plan.ResponseKey);

    public IReadOnlyList<FieldNode> FieldNodes => plan.Nodes;

    public OperationDefinitionNode Operation => state.Operation;

    public IReadOnlyDictionary<string, object?> Variables => state.Variables;

    public IServiceProvider? Services => state.Services;

    public CancellationToken CancellationToken => state.CancellationToken;

    public IDictionary<string, object?> Items => state.Items;

    internal ExecutionState State => state;

    /// <summary>Loads this field's resolver is waiting for; while above zero the resolver counts as blocked on a loader.</summary>
    internal int OutstandingLoads => Volatile.Read(ref outstandingLoads);

    internal void BeginWait()
    {
        Interlocked.Increment(ref outstandingLoads);
        state.Scheduler.WaiterBlocked();
    }

    internal void EndWait() => Interlocked.Decrement(ref outstandingLoads);
}
