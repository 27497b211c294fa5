namespace Timeline.GraphQL.Language;

public sealed class ScalarTypeExtensionNode(NameNode name, IReadOnlyList<DirectiveNode>? directives, Location? location = null)
    : TypeExtensionNode(SyntaxKind.ScalarTypeExtension, name, directives, location);
