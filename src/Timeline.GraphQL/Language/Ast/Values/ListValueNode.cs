namespace Timeline.GraphQL.Language;

public sealed class ListValueNode(IReadOnlyList<ValueNode>? values, Location? location = null)
    : ValueNode(SyntaxKind.ListValue, location)
{
    public IReadOnlyList<ValueNode> Values { get; } = values ?? [];
}
