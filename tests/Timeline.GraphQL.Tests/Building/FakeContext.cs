using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Tests.Building;

/// <summary>A resolver context for calling resolvers directly, without execution.</summary>
internal sealed class FakeContext(Schema schema, ObjectType parentType, FieldDefinition field, object? parent, IReadOnlyDictionary<string, object?> arguments)
    : IResolveFieldContext
{
    public object? Parent { get; } = parent;

    public IReadOnlyDictionary<string, object?> Arguments { get; } = arguments;

    public FieldDefinition FieldDefinition { get; } = field;

    public ObjectType ParentType { get; } = parentType;

    public Schema Schema { get; } = schema;

    public ResponsePath Path { get; } = ResponsePath.Root(field.Name);

    public IReadOnlyList<FieldNode> FieldNodes { get; } = [];

    public OperationDefinitionNode Operation => throw new InvalidOperationException("Resolvers called directly have no operation.");

    public IReadOnlyDictionary<string, object?> Variables { get; } = new Dictionary<string, object?>();

    public IServiceProvider? Services => null;

    public CancellationToken CancellationToken => Xunit.TestContext.Current.CancellationToken;

    public IDictionary<string, object?> Items { get; } = new Dictionary<string, object?>();
}
