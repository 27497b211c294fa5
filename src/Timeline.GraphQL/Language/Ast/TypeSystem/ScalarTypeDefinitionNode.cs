namespace Timeline.GraphQL.Language;

public sealed class ScalarTypeDefinitionNode(
    NameNode name,
    IReadOnlyList<DirectiveNode>? directives,
    StringValueNode? description = null,
    Location? location = null)
    : TypeDefinitionNode(SyntaxKind.ScalarTypeDefinition, name, directives, description, location);
