namespace Timeline.GraphQL.Language;

public sealed class ObjectValueNode(IReadOnlyList<ObjectFieldNode>? fields, Location? location = null)
    : ValueNode(SyntaxKind.ObjectValue, location)
{
    public IReadOnlyList<ObjectFieldNode> Fields { get; } = fields ?? [];
}
