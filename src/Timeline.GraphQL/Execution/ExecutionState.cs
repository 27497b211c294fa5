using System.Collections.Concurrent;
using System.Text.Json;
using Timeline.GraphQL.DataLoader;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Execution;

/// <summary>Everything one request's execution shares: its inputs, the field errors so far, per-request items and the batch scheduler.</summary>
internal sealed class ExecutionState(
    Schema schema,
    OperationDefinitionNode operation,
    IReadOnlyDictionary<string, object?> variables,
    object? rootValue,
    IServiceProvider? services,
    FieldResolver? defaultResolver,
    JsonElement? extensions,
    CancellationToken cancellationToken)
{
    private readonly Lock errorGate = new();
    private List<GraphQLError>? errors;
    private ConcurrentDictionary<string, object?>? items;
    private BatchScheduler? scheduler;

    public Schema Schema { get; } = schema;

    public OperationDefinitionNode Operation { get; } = operation;

    public IReadOnlyDictionary<string, object?> Variables { get; } = variables;

    public object? RootValue { get; } = rootValue;

    public IServiceProvider? Services { get; } = services;

    public FieldResolver? DefaultResolver { get; } = defaultResolver;

    public JsonElement? Extensions { get; } = extensions;

    public CancellationToken CancellationToken { get; } = cancellationToken;

    public IDictionary<string, object?> Items
    {
        get
        {
            var known = Volatile.Read(ref items);
            if (known is not null)
            {
                return known;
            }

            var created = new ConcurrentDictionary<string, object?>(StringComparer.Ordinal);
            return Interlocked.CompareExchange(ref items, created, null) ?? created;
        }
    }

    /// <summary>The scheduler, created when the first resolver goes asynchronous or the first data loader is asked for.</summary>
    public BatchScheduler Scheduler
    {
        get
        {
            var known = Volatile.Read(ref scheduler);
            if (known is not null)
            {
                return known;
            }

            var created = new BatchScheduler();
            return Interlocked.CompareExchange(ref scheduler, created, null) ?? created;
        }
    }

    public bool HasScheduler => Volatile.Read(ref scheduler) is not null;

    public IReadOnlyList<GraphQLError> Errors
    {
        get
        {
            lock (errorGate)
            {
                return errors is null ? [] : [.. errors];
            }
        }
    }

    public void AddError(GraphQLError error)
    {
        lock (errorGate)
        {
            (errors ??= []).Add(error);
        }
    }

    /// <summary>Whether an exception is this request being cancelled, which ends execution rather than failing one field.</summary>
    public bool IsCancellation(Exception exception) =>
        exception is OperationCanceledException && CancellationToken.IsCancellationRequested;
}
