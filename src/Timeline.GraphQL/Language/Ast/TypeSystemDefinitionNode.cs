namespace Timeline.GraphQL.Language;

/// <summary>A schema, type or directive definition.</summary>
public abstract class TypeSystemDefinitionNode : DefinitionNode, IHasDirectives, IHasDescription
{
    private protected TypeSystemDefinitionNode(
        SyntaxKind kind,
        IReadOnlyList<DirectiveNode>? directives,
        StringValueNode? description,
        Location? location)
        : base(kind, location)
    {
        Directives = directives ?? [];
        Description = description;
    }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public StringValueNode? Description { get; }
}
