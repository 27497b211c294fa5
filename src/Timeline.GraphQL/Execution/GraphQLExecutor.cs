using System.Diagnostics;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Limits;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Validation;

namespace Timeline.GraphQL.Execution;

/// <summary>
/// Answers GraphQL requests against one schema (spec §6.1 ExecuteRequest). Documents are parsed, validated and planned
/// once and cached by their text; each request then only coerces its variables, checks the limits and runs.
/// Thread-safe: one instance serves every request.
/// </summary>
public sealed class GraphQLExecutor : IRequestExecutor
{
    private static readonly byte[] NullData = "null"u8.ToArray();
    private readonly GraphQLExecutorOptions options;
    private readonly DocumentCache cache;
    private readonly ParseOptions parseOptions;
    private readonly Func<Schema, DocumentNode, IReadOnlyList<GraphQLError>> validate;

    public GraphQLExecutor(Schema schema, GraphQLExecutorOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema.AssertValid();
        this.options = options ?? new GraphQLExecutorOptions();
        cache = new DocumentCache(this.options.DocumentCacheSize);
        parseOptions = this.options.Limits.ToParseOptions();
        validate = this.options.Validate ?? (static (s, d) => DocumentValidator.Validate(s, d));
    }

    public Schema Schema { get; }

    /// <summary>How many prepared documents the cache holds.</summary>
    public int CachedDocumentCount => cache.Count;

    /// <summary>
    /// Runs the request. Request errors (no query, syntax, validation, unknown operation, variables, limits, timeout)
    /// come back as a result without data; cancellation by <paramref name="cancellationToken"/> throws.
    /// </summary>
    public ValueTask<ExecutionResult> ExecuteAsync(GraphQLRequest request, IServiceProvider? services = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        cancellationToken.ThrowIfCancellationRequested();
        var limits = options.Limits;
        var query = request.Query;
        if (string.IsNullOrWhiteSpace(query))
        {
            return new(ExecutionResult.RequestError("Must provide query string.", ErrorCodes.MissingQuery));
        }

        if (LimitChecker.CheckDocumentLength(query, limits) is { } tooLong)
        {
            return new(ExecutionResult.RequestError(tooLong));
        }

        var document = cache.GetOrAdd(query, Prepare);
        if (document.Failure is { } failure)
        {
            return new(failure);
        }

        var operationNode = OperationSelector.Select(document.Operations, request.OperationName, out var selectionError);
        if (operationNode is null)
        {
            return new(ExecutionResult.RequestError(selectionError!));
        }

        if (RefuseOperation(request, operationNode) is { } refused)
        {
            return new(refused);
        }

        var operation = document.Prepare(operationNode);
        if (operation.RootType is null)
        {
            var kind = OperationTypes.ToKeyword(operationNode.Operation);
            return new(new ExecutionResult(NullData, [GraphQLError.AtNodes($"Schema is not configured to execute {kind} operation.", operationNode)]));
        }

        var variableErrors = new List<GraphQLError>();
        var variables = VariableCoercion.Coerce(Schema, operationNode, request.Variables, variableErrors);
        if (variableErrors.Count > 0)
        {
            return new(ExecutionResult.RequestError(variableErrors));
        }

        if (LimitChecker.Check(Schema, document, operation, variables, limits) is { } overLimit)
        {
            return new(ExecutionResult.RequestError(overLimit));
        }

        var plan = operation.GetPlan(variables);
        return Run(request, plan, variables, services, cancellationToken);
    }

    private ValueTask<ExecutionResult> Run(
        GraphQLRequest request,
        OperationPlan plan,
        IReadOnlyDictionary<string, object?> variables,
        IServiceProvider? services,
        CancellationToken cancellationToken)
    {
        var timeout = options.Limits.Timeout;
        CancellationTokenSource? timeoutSource = null;
        var token = cancellationToken;
        var started = 0L;
        if (timeout is not null)
        {
            // The timer is armed only if execution has to wait: a run that finishes synchronously never needs it.
            timeoutSource = cancellationToken.CanBeCanceled
                ? CancellationTokenSource.CreateLinkedTokenSource(cancellationToken)
                : new CancellationTokenSource();
            token = timeoutSource.Token;
            started = Stopwatch.GetTimestamp();
        }

        var rootValue = options.RootValue?.Invoke(request, services);
        var state = new ExecutionState(Schema, plan.Operation, variables, rootValue, services, options.DefaultFieldResolver, request.Extensions, token);
        var buffer = new ResultBuffer(2048);
        ValueTask<bool> root = default;
        try
        {
            root = new OperationExecutor(state).ExecuteRoot(buffer, plan);
            if (root.IsCompletedSuccessfully)
            {
                var data = root.Result ? buffer.ToArray() : NullData;
                return new(new ExecutionResult(data, state.Errors));
            }
        }
        catch (OperationCanceledException) when (timeoutSource is not null && timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return new(TimedOut(timeout!.Value));
        }
        finally
        {
            if (root.IsCompleted)
            {
                buffer.Dispose();
                timeoutSource?.Dispose();
            }
        }

        if (timeoutSource is not null)
        {
            var remaining = timeout!.Value - Stopwatch.GetElapsedTime(started);
            timeoutSource.CancelAfter(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero);
        }

        return RunAsync(root, state, buffer, timeoutSource, timeout, cancellationToken);
    }

    private static async ValueTask<ExecutionResult> RunAsync(
        ValueTask<bool> root,
        ExecutionState state,
        ResultBuffer buffer,
        CancellationTokenSource? timeoutSource,
        TimeSpan? timeout,
        CancellationToken cancellationToken)
    {
        var rootTask = root.AsTask();
        try
        {
            var ok = await state.Scheduler.RunAsync(rootTask, state.CancellationToken).ConfigureAwait(false);
            return new ExecutionResult(ok ? buffer.ToArray() : NullData, state.Errors);
        }
        catch (OperationCanceledException) when (timeoutSource is not null && timeoutSource.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            return TimedOut(timeout!.Value);
        }
        finally
        {
            // A resolver that ignores cancellation may still write: then the buffer is left to the garbage collector, not the pool.
            if (rootTask.IsCompleted)
            {
                buffer.Dispose();
            }

            timeoutSource?.Dispose();
        }
    }

    private static ExecutionResult TimedOut(TimeSpan timeout) =>
        ExecutionResult.RequestError($"Execution was cancelled after the time limit of {timeout.TotalMilliseconds:0} ms.", ErrorCodes.Timeout);

    private static ExecutionResult? RefuseOperation(GraphQLRequest request, OperationDefinitionNode operation)
    {
        var kind = operation.Operation switch
        {
            OperationType.Mutation => AllowedOperations.Mutation,
            OperationType.Subscription => AllowedOperations.Subscription,
            _ => AllowedOperations.Query,
        };
        if ((request.AllowedOperations & kind) == 0)
        {
            return ExecutionResult.RequestError(
                $"This request may not run a {OperationTypes.ToKeyword(operation.Operation)} operation (e.g. a mutation cannot be sent with GET).",
                ErrorCodes.OperationNotAllowed);
        }

        if (operation.Operation == OperationType.Subscription)
        {
            return ExecutionResult.RequestError(
                "Subscription operations need a streaming transport; this executor answers queries and mutations only.",
                ErrorCodes.OperationNotAllowed);
        }

        return null;
    }

    private PreparedDocument Prepare(string query)
    {
        DocumentNode document;
        try
        {
            document = Parser.Parse(query, parseOptions);
        }
        catch (GraphQLSyntaxException e)
        {
            return PreparedDocument.Failed(ExecutionResult.RequestError(WithCode(e.Error, ErrorCodes.ParseFailed)));
        }

        var errors = validate(Schema, document);
        if (errors.Count > 0)
        {
            var coded = new GraphQLError[errors.Count];
            for (var i = 0; i < coded.Length; i++)
            {
                coded[i] = WithCode(errors[i], ErrorCodes.ValidationFailed);
            }

            return PreparedDocument.Failed(ExecutionResult.RequestError(coded));
        }

        return PreparedDocument.Valid(Schema, document);
    }

    private static GraphQLError WithCode(GraphQLError error, string code)
    {
        if (error.Extensions.ContainsKey("code"))
        {
            return error;
        }

        var extensions = new Dictionary<string, object?>(error.Extensions) { ["code"] = code };
        return new GraphQLError(error.Message, error.Locations, error.Path, extensions, error.InnerException);
    }
}
