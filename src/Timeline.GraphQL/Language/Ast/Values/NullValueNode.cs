namespace Timeline.GraphQL.Language;

public sealed class NullValueNode(Location? location = null) : ValueNode(SyntaxKind.NullValue, location);
