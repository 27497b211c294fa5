namespace Timeline.GraphQL.Execution;

/// <summary>What a transport (HTTP, tests) needs of an executor: one request in, one result out.</summary>
public interface IRequestExecutor
{
    /// <summary>Request errors come back as results without data; cancellation by <paramref name="cancellationToken"/> throws.</summary>
    ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider? services = null, CancellationToken cancellationToken = default);
}
