namespace Timeline.GraphQL.Language;

/// <summary>A float literal kept as its source text.</summary>
public sealed class FloatValueNode(string value, Location? location = null) : ValueNode(SyntaxKind.FloatValue, location)
{
    public string Value { get; } = value;
}
