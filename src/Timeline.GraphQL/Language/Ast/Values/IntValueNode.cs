namespace Timeline.GraphQL.Language;

/// <summary>An integer literal kept as its source text; its range is checked by the type that reads it.</summary>
public sealed class IntValueNode(string value, Location? location = null) : ValueNode(SyntaxKind.IntValue, location)
{
    public string Value { get; } = value;
}
