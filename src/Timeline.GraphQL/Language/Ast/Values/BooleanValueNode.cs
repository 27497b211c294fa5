namespace Timeline.GraphQL.Language;

public sealed class BooleanValueNode(bool value, Location? location = null) : ValueNode(SyntaxKind.BooleanValue, location)
{
    public bool Value { get; } = value;
}
