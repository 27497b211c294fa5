namespace Timeline.GraphQL.Language;

/// <summary><c>directive @name(args) repeatable on LOCATION | LOCATION</c>.</summary>
public sealed class DirectiveDefinitionNode(
    NameNode name,
    IReadOnlyList<InputValueDefinitionNode>? arguments,
    bool repeatable,
    IReadOnlyList<NameNode> locations,
    StringValueNode? description = null,
    Location? location = null)
    : TypeSystemDefinitionNode(SyntaxKind.DirectiveDefinition, null, description, location)
{
    public NameNode Name { get; } = name;

    public IReadOnlyList<InputValueDefinitionNode> Arguments { get; } = arguments ?? [];

    public bool Repeatable { get; } = repeatable;

    /// <summary>Location names as written; the parser accepts only the names of <see cref="DirectiveLocation"/>.</summary>
    public IReadOnlyList<NameNode> Locations { get; } = locations;
}
