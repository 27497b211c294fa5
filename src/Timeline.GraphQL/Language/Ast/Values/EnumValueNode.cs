namespace Timeline.GraphQL.Language;

/// <summary>A bare name in value position other than true, false and null.</summary>
public sealed class EnumValueNode(string value, Location? location = null) : ValueNode(SyntaxKind.EnumValue, location)
{
    public string Value { get; } = value;
}
