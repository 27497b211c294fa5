using System.Collections.Concurrent;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Execution;

/// <summary>
/// A document parsed and validated once for the executor's schema, as the document cache keeps it: either the request
/// errors it produced (kept as a ready answer) or its operations and fragments, with each operation's plans.
/// </summary>
internal sealed class PreparedDocument
{
    private readonly ConcurrentDictionary<string, PreparedOperation> operationsByName = new(StringComparer.Ordinal);
    private readonly Schema? schema;
    private PreparedOperation? anonymous;

    private PreparedDocument(ExecutionResult failure)
    {
        Failure = failure;
        Fragments = new Dictionary<string, FragmentDefinitionNode>();
        Operations = [];
    }

    private PreparedDocument(Schema schema, DocumentNode document)
    {
        this.schema = schema;
        Document = document;
        var fragments = new Dictionary<string, FragmentDefinitionNode>(StringComparer.Ordinal);
        var operations = new List<OperationDefinitionNode>();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case OperationDefinitionNode operation:
                    operations.Add(operation);
                    break;
                case FragmentDefinitionNode fragment:
                    fragments.TryAdd(fragment.Name.Value, fragment);
                    break;
            }
        }

        Fragments = fragments;
        Operations = operations;
    }

    public DocumentNode? Document { get; }

    /// <summary>The request-error answer (syntax or validation) when the document cannot run at all.</summary>
    public ExecutionResult? Failure { get; }

    public IReadOnlyDictionary<string, FragmentDefinitionNode> Fragments { get; }

    public IReadOnlyList<OperationDefinitionNode> Operations { get; }

    public static PreparedDocument Failed(ExecutionResult failure) => new(failure);

    public static PreparedDocument Valid(Schema schema, DocumentNode document) => new(schema, document);

    /// <summary>The prepared operation <c>operation</c> of this document (chosen by the caller), created on first use.</summary>
    public PreparedOperation Prepare(OperationDefinitionNode operation)
    {
        if (operation.Name is null)
        {
            var known = Volatile.Read(ref anonymous);
            if (known is not null)
            {
                return known;
            }

            var created = new PreparedOperation(schema!, operation, Fragments);
            return Interlocked.CompareExchange(ref anonymous, created, null) ?? created;
        }

        return operationsByName.TryGetValue(operation.Name.Value, out var found)
            ? found
            : operationsByName.GetOrAdd(operation.Name.Value, _ => new PreparedOperation(schema!, operation, Fragments));
    }
}
