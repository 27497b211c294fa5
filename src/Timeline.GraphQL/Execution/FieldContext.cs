using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Execution;

/// <summary>
/// The executor's <see cref="IResolveFieldContext"/>. It is valid until its field completes: after a field that resolved
/// and completed synchronously, the executor reuses the object for the next field, so resolvers must not keep it.
/// </summary>
internal sealed class FieldContext(ExecutionState state) : IResolveFieldContext
{
    private FieldPlan plan = null!;
    private ResponsePath? parentPath;
    private ResponsePath? path;
    private int outstandingLoads;

    public object? Parent { get; private set; }

    public IReadOnlyDictionary<string, object?> Arguments { get; private set; } = ArgumentCoercion.Empty;

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

    /// <summary>Points the context at one field evaluation.</summary>
    internal FieldContext For(FieldPlan field, object? parent, IReadOnlyDictionary<string, object?> arguments, ResponsePath? parentFieldPath)
    {
        plan = field;
        Parent = parent;
        Arguments = arguments;
        parentPath = parentFieldPath;
        path = null;
        outstandingLoads = 0;
        return this;
    }

    internal void BeginWait()
    {
        Interlocked.Increment(ref outstandingLoads);
        state.Scheduler.WaiterBlocked();
    }

    internal void EndWait() => Interlocked.Decrement(ref outstandingLoads);
}
