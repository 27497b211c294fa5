namespace Timeline.GraphQL.Language;

/// <summary>A string literal with escapes resolved; <see cref="Block"/> tells it was written as <c>"""..."""</c>.</summary>
public sealed class StringValueNode(string value, bool block = false, Location? location = null)
    : ValueNode(SyntaxKind.StringValue, location)
{
    public string Value { get; } = value;

    public bool Block { get; } = block;
}
