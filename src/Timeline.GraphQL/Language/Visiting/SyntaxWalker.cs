namespace Timeline.GraphQL.Language;

/// <summary>
/// Walks an AST depth-first in source order (graphql-js's visit order), calling a <see cref="SyntaxVisitor"/>
/// on entering and leaving every node. No reflection: children are listed per kind.
/// </summary>
public sealed class SyntaxWalker
{
    private readonly SyntaxVisitor _visitor;
    private readonly List<SyntaxNode> _ancestors = [];

    private SyntaxWalker(SyntaxVisitor visitor)
    {
        _visitor = visitor;
    }

    /// <summary>Visits <paramref name="root"/> and its subtree; returns false when the visitor stopped the walk.</summary>
    public static bool Walk(SyntaxNode root, SyntaxVisitor visitor)
    {
        ArgumentNullException.ThrowIfNull(root);
        ArgumentNullException.ThrowIfNull(visitor);
        var walker = new SyntaxWalker(visitor);
        visitor.Attach(walker._ancestors);
        return walker.Visit(root);
    }

    private bool Visit(SyntaxNode? node)
    {
        if (node is null)
        {
            return true;
        }

        switch (_visitor.Enter(node))
        {
            case VisitAction.Break:
                return false;
            case VisitAction.Skip:
                return true;
            default:
                break;
        }

        _ancestors.Add(node);
        var completed = VisitChildren(node);
        _ancestors.RemoveAt(_ancestors.Count - 1);
        return completed && _visitor.Leave(node) != VisitAction.Break;
    }

    private bool VisitAll<T>(IReadOnlyList<T> nodes)
        where T : SyntaxNode
    {
        for (var i = 0; i < nodes.Count; i++)
        {
            if (!Visit(nodes[i]))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Children in graphql-js's <c>QueryDocumentKeys</c> order.</summary>
    private bool VisitChildren(SyntaxNode node) => node switch
    {
        DocumentNode n => VisitAll(n.Definitions),
        OperationDefinitionNode n => Visit(n.Description) && Visit(n.Name) && VisitAll(n.VariableDefinitions) && VisitAll(n.Directives) && Visit(n.SelectionSet),
        VariableDefinitionNode n => Visit(n.Description) && Visit(n.Variable) && Visit(n.Type) && Visit(n.DefaultValue) && VisitAll(n.Directives),
        VariableNode n => Visit(n.Name),
        SelectionSetNode n => VisitAll(n.Selections),
        FieldNode n => Visit(n.Alias) && Visit(n.Name) && VisitAll(n.Arguments) && VisitAll(n.Directives) && Visit(n.SelectionSet),
        ArgumentNode n => Visit(n.Name) && Visit(n.Value),
        FragmentSpreadNode n => Visit(n.Name) && VisitAll(n.Directives),
        InlineFragmentNode n => Visit(n.TypeCondition) && VisitAll(n.Directives) && Visit(n.SelectionSet),
        FragmentDefinitionNode n => Visit(n.Description) && Visit(n.Name) && Visit(n.TypeCondition) && VisitAll(n.Directives) && Visit(n.SelectionSet),
        ListValueNode n => VisitAll(n.Values),
        ObjectValueNode n => VisitAll(n.Fields),
        ObjectFieldNode n => Visit(n.Name) && Visit(n.Value),
        DirectiveNode n => Visit(n.Name) && VisitAll(n.Arguments),
        NamedTypeNode n => Visit(n.Name),
        ListTypeNode n => Visit(n.Type),
        NonNullTypeNode n => Visit(n.Type),
        SchemaDefinitionNode n => Visit(n.Description) && VisitAll(n.Directives) && VisitAll(n.OperationTypes),
        OperationTypeDefinitionNode n => Visit(n.Type),
        ScalarTypeDefinitionNode n => Visit(n.Description) && Visit(n.Name) && VisitAll(n.Directives),
        ObjectTypeDefinitionNode n => Visit(n.Description) && Visit(n.Name) && VisitAll(n.Interfaces) && VisitAll(n.Directives) && VisitAll(n.Fields),
        FieldDefinitionNode n => Visit(n.Description) && Visit(n.Name) && VisitAll(n.Arguments) && Visit(n.Type) && VisitAll(n.Directives),
        InputValueDefinitionNode n => Visit(n.Description) && Visit(n.Name) && Visit(n.Type) && Visit(n.DefaultValue) && VisitAll(n.Directives),
        InterfaceTypeDefinitionNode n => Visit(n.Description) && Visit(n.Name) && VisitAll(n.Interfaces) && VisitAll(n.Directives) && VisitAll(n.Fields),
        UnionTypeDefinitionNode n => Visit(n.Description) && Visit(n.Name) && VisitAll(n.Directives) && VisitAll(n.Types),
        EnumTypeDefinitionNode n => Visit(n.Description) && Visit(n.Name) && VisitAll(n.Directives) && VisitAll(n.Values),
        EnumValueDefinitionNode n => Visit(n.Description) && Visit(n.Name) && VisitAll(n.Directives),
        InputObjectTypeDefinitionNode n => Visit(n.Description) && Visit(n.Name) && VisitAll(n.Directives) && VisitAll(n.Fields),
        DirectiveDefinitionNode n => Visit(n.Description) && Visit(n.Name) && VisitAll(n.Arguments) && VisitAll(n.Locations),
        SchemaExtensionNode n => VisitAll(n.Directives) && VisitAll(n.OperationTypes),
        ScalarTypeExtensionNode n => Visit(n.Name) && VisitAll(n.Directives),
        ObjectTypeExtensionNode n => Visit(n.Name) && VisitAll(n.Interfaces) && VisitAll(n.Directives) && VisitAll(n.Fields),
        InterfaceTypeExtensionNode n => Visit(n.Name) && VisitAll(n.Interfaces) && VisitAll(n.Directives) && VisitAll(n.Fields),
        UnionTypeExtensionNode n => Visit(n.Name) && VisitAll(n.Directives) && VisitAll(n.Types),
        EnumTypeExtensionNode n => Visit(n.Name) && VisitAll(n.Directives) && VisitAll(n.Values),
        InputObjectTypeExtensionNode n => Visit(n.Name) && VisitAll(n.Directives) && VisitAll(n.Fields),
        _ => true,
    };
}
