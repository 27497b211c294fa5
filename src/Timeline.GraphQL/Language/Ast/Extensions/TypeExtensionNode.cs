namespace Timeline.GraphQL.Language;

/// <summary><c>extend scalar|type|interface|union|enum|input Name ...</c>.</summary>
public abstract class TypeExtensionNode : TypeSystemExtensionNode
{
    private protected TypeExtensionNode(SyntaxKind kind, NameNode name, IReadOnlyList<DirectiveNode>? directives, Location? location)
        : base(kind, directives, location)
    {
        Name = name;
    }

    public NameNode Name { get; }
}
