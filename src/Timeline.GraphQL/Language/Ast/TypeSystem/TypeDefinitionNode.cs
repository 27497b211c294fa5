namespace Timeline.GraphQL.Language;

/// <summary>A named type definition: scalar, object, interface, union, enum or input object.</summary>
public abstract class TypeDefinitionNode : TypeSystemDefinitionNode
{
    private protected TypeDefinitionNode(
        SyntaxKind kind,
        NameNode name,
        IReadOnlyList<DirectiveNode>? directives,
        StringValueNode? description,
        Location? location)
        : base(kind, directives, description, location)
    {
        Name = name;
    }

    public NameNode Name { get; }
}
