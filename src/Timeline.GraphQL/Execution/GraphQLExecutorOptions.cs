using Timeline.GraphQL.Language;
using Timeline.GraphQL.Limits;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Execution;

/// <summary>How a <see cref="GraphQLExecutor"/> prepares and runs requests.</summary>
public sealed class GraphQLExecutorOptions
{
    public ExecutionLimits Limits { get; init; } = ExecutionLimits.Default;

    /// <summary>How many distinct documents stay parsed, validated and planned; 0 turns the cache off.</summary>
    public int DocumentCacheSize { get; init; } = 1000;

    /// <summary>Validates a document; by default every rule the specification lists (<see cref="Validation.DocumentValidator"/>).</summary>
    public Func<Schema, DocumentNode, IReadOnlyList<GraphQLError>>? Validate { get; init; }

    /// <summary>Resolves fields that have no resolver of their own; by default <see cref="Execution.DefaultFieldResolver"/> (property or key of the same name).</summary>
    public FieldResolver? DefaultFieldResolver { get; init; }

    /// <summary>The root value of each request (the parent of root fields); null by default.</summary>
    public Func<GraphQLRequest, IServiceProvider?, object?>? RootValue { get; init; }
}
