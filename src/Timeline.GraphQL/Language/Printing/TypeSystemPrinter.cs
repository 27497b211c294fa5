using static Timeline.GraphQL.Language.Printer;

namespace Timeline.GraphQL.Language;

/// <summary>The SDL half of <see cref="Printer"/>: definitions and extensions of the type system.</summary>
internal static class TypeSystemPrinter
{
    public static string Print(SyntaxNode node) => node switch
    {
        SchemaDefinitionNode n => Described(n.Description, JoinParts(" ", "schema", Join(n.Directives, " "), Block(n.OperationTypes))),
        OperationTypeDefinitionNode n => n.Operation.ToKeyword() + ": " + n.Type.Name.Value,
        ScalarTypeDefinitionNode n => Described(n.Description, JoinParts(" ", "scalar", n.Name.Value, Join(n.Directives, " "))),
        ObjectTypeDefinitionNode n => Described(n.Description, JoinParts(" ", "type", n.Name.Value, Implements(n.Interfaces), Join(n.Directives, " "), Block(n.Fields))),
        FieldDefinitionNode n => Described(n.Description, n.Name.Value + ArgumentDefinitions(n.Arguments) + ": " + Printer.Print(n.Type) + Wrap(" ", Join(n.Directives, " "))),
        InputValueDefinitionNode n => Described(n.Description, JoinParts(" ", n.Name.Value + ": " + Printer.Print(n.Type), Wrap("= ", PrintOptional(n.DefaultValue)), Join(n.Directives, " "))),
        InterfaceTypeDefinitionNode n => Described(n.Description, JoinParts(" ", "interface", n.Name.Value, Implements(n.Interfaces), Join(n.Directives, " "), Block(n.Fields))),
        UnionTypeDefinitionNode n => Described(n.Description, JoinParts(" ", "union", n.Name.Value, Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | ")))),
        EnumTypeDefinitionNode n => Described(n.Description, JoinParts(" ", "enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values))),
        EnumValueDefinitionNode n => Described(n.Description, JoinParts(" ", n.Name.Value, Join(n.Directives, " "))),
        InputObjectTypeDefinitionNode n => Described(n.Description, JoinParts(" ", "input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields))),
        DirectiveDefinitionNode n => Described(
            n.Description,
            "directive @" + n.Name.Value + ArgumentDefinitions(n.Arguments) + (n.Repeatable ? " repeatable" : string.Empty) + " on " + Join(n.Locations, " | ")),
        SchemaExtensionNode n => JoinParts(" ", "extend schema", Join(n.Directives, " "), Block(n.OperationTypes)),
        ScalarTypeExtensionNode n => JoinParts(" ", "extend scalar", n.Name.Value, Join(n.Directives, " ")),
        ObjectTypeExtensionNode n => JoinParts(" ", "extend type", n.Name.Value, Implements(n.Interfaces), Join(n.Directives, " "), Block(n.Fields)),
        InterfaceTypeExtensionNode n => JoinParts(" ", "extend interface", n.Name.Value, Implements(n.Interfaces), Join(n.Directives, " "), Block(n.Fields)),
        UnionTypeExtensionNode n => JoinParts(" ", "extend union", n.Name.Value, Join(n.Directives, " "), Wrap("= ", Join(n.Types, " | "))),
        EnumTypeExtensionNode n => JoinParts(" ", "extend enum", n.Name.Value, Join(n.Directives, " "), Block(n.Values)),
        InputObjectTypeExtensionNode n => JoinParts(" ", "extend input", n.Name.Value, Join(n.Directives, " "), Block(n.Fields)),
        _ => throw new ArgumentException($"Cannot print a node of kind {node.Kind}.", nameof(node)),
    };

    private static string Described(StringValueNode? description, string text) =>
        Wrap(string.Empty, PrintOptional(description), "\n") + text;

    private static string Implements(IReadOnlyList<NamedTypeNode> interfaces) => Wrap("implements ", Join(interfaces, " & "));

    /// <summary>Arguments on one line, or one per line when any of them spans lines (e.g. has a block description).</summary>
    private static string ArgumentDefinitions(IReadOnlyList<InputValueDefinitionNode> arguments) =>
        HasMultilineItems(arguments)
            ? Wrap("(\n", Indent(Join(arguments, "\n")), "\n)")
            : Wrap("(", Join(arguments, ", "), ")");
}
