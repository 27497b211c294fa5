using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Types;

/// <summary>
/// What a resolver knows about the field it resolves. Execution implements it, ideally with one reusable
/// object per field evaluation; typed helpers live in <see cref="ResolveFieldContextExtensions"/>.
/// </summary>
public interface IResolveFieldContext
{
    /// <summary>The value of the parent object (the root value for root fields).</summary>
    object? Parent { get; }

    /// <summary>The coerced argument values: an argument neither given nor defaulted is absent; an explicit null is present as null.</summary>
    IReadOnlyDictionary<string, object?> Arguments { get; }

    FieldDefinition FieldDefinition { get; }

    ObjectType ParentType { get; }

    Schema Schema { get; }

    /// <summary>Where in the response the value goes.</summary>
    ResponsePath Path { get; }

    /// <summary>The field nodes of the request merged into this field (one unless the same response name repeats).</summary>
    IReadOnlyList<FieldNode> FieldNodes { get; }

    OperationDefinitionNode Operation { get; }

    /// <summary>The coerced variable values of the request.</summary>
    IReadOnlyDictionary<string, object?> Variables { get; }

    /// <summary>The request's service provider, when the host gives one.</summary>
    IServiceProvider? Services { get; }

    CancellationToken CancellationToken { get; }

    /// <summary>A per-request bag shared by all resolvers of a request, e.g. for data loaders.</summary>
    IDictionary<string, object?> Items { get; }
}
