namespace Timeline.GraphQL.Language;

/// <summary>An <c>extend schema</c> or <c>extend &lt;type&gt;</c> definition.</summary>
public abstract class TypeSystemExtensionNode : DefinitionNode, IHasDirectives
{
    private protected TypeSystemExtensionNode(SyntaxKind kind, IReadOnlyList<DirectiveNode>? directives, Location? location)
        : base(kind, location)
    {
        Directives = directives ?? [];
    }

    public IReadOnlyList<DirectiveNode> Directives { get; }
}
