namespace Timeline.GraphQL.Language;

/// <summary>An operation or a fragment definition.</summary>
public abstract class ExecutableDefinitionNode : DefinitionNode, IHasDirectives, IHasDescription
{
    private protected ExecutableDefinitionNode(
        SyntaxKind kind,
        IReadOnlyList<DirectiveNode>? directives,
        SelectionSetNode selectionSet,
        StringValueNode? description,
        Location? location)
        : base(kind, location)
    {
        Directives = directives ?? [];
        SelectionSet = selectionSet;
        Description = description;
    }

    public IReadOnlyList<DirectiveNode> Directives { get; }

    public SelectionSetNode SelectionSet { get; }

    public StringValueNode? Description { get; }
}
