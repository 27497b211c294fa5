using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Types;

/// <summary>A type with a name: scalar, object, interface, union, enum or input object.</summary>
public abstract class NamedType : GraphQLType
{
    private protected NamedType(string name)
    {
        Name = NameValidator.AssertName(name, nameof(name));
    }

    public string Name { get; }

    public string? Description { get; init; }

    /// <summary>The definition this type was built from, when it came from SDL.</summary>
    public TypeSystemDefinitionNode? AstNode { get; init; }

    /// <summary>The <c>extend</c> definitions merged into this type, when it came from SDL.</summary>
    public IReadOnlyList<TypeSystemExtensionNode> ExtensionAstNodes { get; init; } = [];

    public override NamedType GetNamedType() => this;

    public override string ToString() => Name;
}
