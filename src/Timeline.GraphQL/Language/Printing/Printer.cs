namespace Timeline.GraphQL.Language;

/// <summary>
/// Prints an AST back to GraphQL text exactly as graphql-js 17's <c>print</c> does: two-space indentation,
/// block strings kept as block strings, long argument and value lists wrapped past 80 columns.
/// Like graphql-js it builds each node's text from its children's text, so nested text is re-indented.
/// </summary>
public static class Printer
{
    private const int MaxLineLength = 80;

    public static string Print(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Kind switch
        {
            SyntaxKind.Name => ((NameNode)node).Value,
            SyntaxKind.Document => Join(((DocumentNode)node).Definitions, "\n\n"),
            SyntaxKind.OperationDefinition => PrintOperation((OperationDefinitionNode)node),
            SyntaxKind.VariableDefinition => PrintVariableDefinition((VariableDefinitionNode)node),
            SyntaxKind.SelectionSet => Block(((SelectionSetNode)node).Selections),
            SyntaxKind.Field => PrintField((FieldNode)node),
            SyntaxKind.Argument => PrintArgument((ArgumentNode)node),
            SyntaxKind.FragmentSpread => PrintFragmentSpread((FragmentSpreadNode)node),
            SyntaxKind.InlineFragment => PrintInlineFragment((InlineFragmentNode)node),
            SyntaxKind.FragmentDefinition => PrintFragmentDefinition((FragmentDefinitionNode)node),
            SyntaxKind.Variable => "$" + ((VariableNode)node).Name.Value,
            SyntaxKind.IntValue => ((IntValueNode)node).Value,
            SyntaxKind.FloatValue => ((FloatValueNode)node).Value,
            SyntaxKind.StringValue => PrintStringValue((StringValueNode)node),
            SyntaxKind.BooleanValue => ((BooleanValueNode)node).Value ? "true" : "false",
            SyntaxKind.NullValue => "null",
            SyntaxKind.EnumValue => ((EnumValueNode)node).Value,
            SyntaxKind.ListValue => PrintList((ListValueNode)node),
            SyntaxKind.ObjectValue => PrintObject((ObjectValueNode)node),
            SyntaxKind.ObjectField => ((ObjectFieldNode)node).Name.Value + ": " + Print(((ObjectFieldNode)node).Value),
            SyntaxKind.Directive => PrintDirective((DirectiveNode)node),
            SyntaxKind.NamedType => ((NamedTypeNode)node).Name.Value,
            SyntaxKind.ListType => "[" + Print(((ListTypeNode)node).Type) + "]",
            SyntaxKind.NonNullType => Print(((NonNullTypeNode)node).Type) + "!",
            _ => TypeSystemPrinter.Print(node),
        };
    }

    private static string PrintOperation(OperationDefinitionNode node)
    {
        var variables = HasMultilineItems(node.VariableDefinitions)
            ? Wrap("(\n", Join(node.VariableDefinitions, "\n"), "\n)")
            : Wrap("(", Join(node.VariableDefinitions, ", "), ")");
        var prefix = Wrap(string.Empty, PrintOptional(node.Description), "\n")
            + JoinParts(" ", node.Operation.ToKeyword(), JoinParts(string.Empty, PrintOptional(node.Name), variables), Join(node.Directives, " "));

        // An anonymous query without variables or directives prints in the shorthand form.
        return (prefix == "query" ? string.Empty : prefix + " ") + Print(node.SelectionSet);
    }

    private static string PrintVariableDefinition(VariableDefinitionNode node) =>
        Wrap(string.Empty, PrintOptional(node.Description), "\n")
        + Print(node.Variable) + ": " + Print(node.Type)
        + Wrap(" = ", PrintOptional(node.DefaultValue))
        + Wrap(" ", Join(node.Directives, " "));

    private static string PrintField(FieldNode node)
    {
        var prefix = Wrap(string.Empty, PrintOptional(node.Alias), ": ") + node.Name.Value;
        return WrappedLineAndArguments(prefix, node.Arguments)
            + Wrap(" ", Join(node.Directives, " "))
            + Wrap(" ", PrintOptional(node.SelectionSet));
    }

    private static string PrintArgument(ArgumentNode node) => node.Name.Value + ": " + Print(node.Value);

    private static string PrintFragmentSpread(FragmentSpreadNode node) =>
        "..." + node.Name.Value + Wrap(" ", Join(node.Directives, " "));

    private static string PrintInlineFragment(InlineFragmentNode node) =>
        JoinParts(" ", "...", Wrap("on ", PrintOptional(node.TypeCondition)), Join(node.Directives, " "), Print(node.SelectionSet));

    private static string PrintFragmentDefinition(FragmentDefinitionNode node) =>
        Wrap(string.Empty, PrintOptional(node.Description), "\n")
        + "fragment " + node.Name.Value + " on " + node.TypeCondition.Name.Value + " "
        + Wrap(string.Empty, Join(node.Directives, " "), " ")
        + Print(node.SelectionSet);

    private static string PrintStringValue(StringValueNode node) =>
        node.Block ? BlockStrings.Print(node.Value) : StringLiterals.Print(node.Value);

    private static string PrintList(ListValueNode node)
    {
        var line = "[" + Join(node.Values, ", ") + "]";
        return line.Length > MaxLineLength ? "[\n" + Indent(Join(node.Values, "\n")) + "\n]" : line;
    }

    private static string PrintObject(ObjectValueNode node)
    {
        var line = "{ " + Join(node.Fields, ", ") + " }";
        return line.Length > MaxLineLength ? Block(node.Fields) : line;
    }

    private static string PrintDirective(DirectiveNode node) =>
        "@" + node.Name.Value + Wrap("(", Join(node.Arguments, ", "), ")");

    internal static string WrappedLineAndArguments(string prefix, IReadOnlyList<ArgumentNode> arguments)
    {
        var line = prefix + Wrap("(", Join(arguments, ", "), ")");
        return line.Length > MaxLineLength ? prefix + Wrap("(\n", Indent(Join(arguments, "\n")), "\n)") : line;
    }

    internal static string PrintOptional(SyntaxNode? node) => node is null ? string.Empty : Print(node);

    /// <summary>graphql-js <c>join</c>: prints the nodes and joins the non-empty texts.</summary>
    internal static string Join<T>(IReadOnlyList<T> nodes, string separator)
        where T : SyntaxNode
    {
        if (nodes.Count == 0)
        {
            return string.Empty;
        }

        if (nodes.Count == 1)
        {
            return Print(nodes[0]);
        }

        var parts = new string[nodes.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = Print(nodes[i]);
        }

        return JoinParts(separator, parts);
    }

    /// <summary>Joins the non-empty parts.</summary>
    internal static string JoinParts(string separator, params ReadOnlySpan<string> parts)
    {
        var result = string.Empty;
        var first = true;
        foreach (var part in parts)
        {
            if (part.Length == 0)
            {
                continue;
            }

            result = first ? part : string.Concat(result, separator, part);
            first = false;
        }

        return result;
    }

    /// <summary>graphql-js <c>block</c>: the items one per line, indented, in braces; nothing when empty.</summary>
    internal static string Block<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode => Wrap("{\n", Indent(Join(nodes, "\n")), "\n}");

    /// <summary>graphql-js <c>wrap</c>: start + text + end, or nothing when the text is empty.</summary>
    internal static string Wrap(string start, string text, string end = "") =>
        text.Length == 0 ? string.Empty : string.Concat(start, text, end);

    /// <summary>graphql-js <c>indent</c>: two spaces before every line (block string lines included).</summary>
    internal static string Indent(string text) =>
        text.Length == 0 ? string.Empty : "  " + text.Replace("\n", "\n  ", StringComparison.Ordinal);

    internal static bool HasMultilineItems<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        foreach (var node in nodes)
        {
            if (Print(node).Contains('\n', StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
