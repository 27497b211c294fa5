namespace Timeline.GraphQL.Language;

/// <summary>
/// A visitor for <see cref="SyntaxWalker"/>, modelled on graphql-js's <c>visit</c>: override the Enter/Leave
/// methods of the node kinds of interest (or <see cref="Enter"/>/<see cref="Leave"/> for all of them).
/// Entering may return <see cref="VisitAction.Skip"/> to pass over the node's subtree (its Leave is then not
/// called) or <see cref="VisitAction.Break"/> to stop the walk. Dispatch is a switch on the stored kind.
/// </summary>
public abstract class SyntaxVisitor
{
    private static readonly IReadOnlyList<SyntaxNode> NoAncestors = [];

    /// <summary>The nodes from the root down to the parent of the node being visited (outermost first).</summary>
    public IReadOnlyList<SyntaxNode> Ancestors { get; private set; } = NoAncestors;

    /// <summary>The parent of the node being visited, or null at the root.</summary>
    public SyntaxNode? Parent => Ancestors.Count == 0 ? null : Ancestors[^1];

    /// <summary>Called by the walker before a walk with its live ancestor list.</summary>
    protected internal virtual void Attach(IReadOnlyList<SyntaxNode> ancestors) => Ancestors = ancestors;

    public virtual VisitAction Enter(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Kind switch
        {
            SyntaxKind.Name => EnterName((NameNode)node),
            SyntaxKind.Document => EnterDocument((DocumentNode)node),
            SyntaxKind.OperationDefinition => EnterOperationDefinition((OperationDefinitionNode)node),
            SyntaxKind.VariableDefinition => EnterVariableDefinition((VariableDefinitionNode)node),
            SyntaxKind.SelectionSet => EnterSelectionSet((SelectionSetNode)node),
            SyntaxKind.Field => EnterField((FieldNode)node),
            SyntaxKind.Argument => EnterArgument((ArgumentNode)node),
            SyntaxKind.FragmentSpread => EnterFragmentSpread((FragmentSpreadNode)node),
            SyntaxKind.InlineFragment => EnterInlineFragment((InlineFragmentNode)node),
            SyntaxKind.FragmentDefinition => EnterFragmentDefinition((FragmentDefinitionNode)node),
            SyntaxKind.Variable => EnterVariable((VariableNode)node),
            SyntaxKind.IntValue => EnterIntValue((IntValueNode)node),
            SyntaxKind.FloatValue => EnterFloatValue((FloatValueNode)node),
            SyntaxKind.StringValue => EnterStringValue((StringValueNode)node),
            SyntaxKind.BooleanValue => EnterBooleanValue((BooleanValueNode)node),
            SyntaxKind.NullValue => EnterNullValue((NullValueNode)node),
            SyntaxKind.EnumValue => EnterEnumValue((EnumValueNode)node),
            SyntaxKind.ListValue => EnterListValue((ListValueNode)node),
            SyntaxKind.ObjectValue => EnterObjectValue((ObjectValueNode)node),
            SyntaxKind.ObjectField => EnterObjectField((ObjectFieldNode)node),
            SyntaxKind.Directive => EnterDirective((DirectiveNode)node),
            SyntaxKind.NamedType => EnterNamedType((NamedTypeNode)node),
            SyntaxKind.ListType => EnterListType((ListTypeNode)node),
            SyntaxKind.NonNullType => EnterNonNullType((NonNullTypeNode)node),
            SyntaxKind.SchemaDefinition => EnterSchemaDefinition((SchemaDefinitionNode)node),
            SyntaxKind.OperationTypeDefinition => EnterOperationTypeDefinition((OperationTypeDefinitionNode)node),
            SyntaxKind.ScalarTypeDefinition => EnterScalarTypeDefinition((ScalarTypeDefinitionNode)node),
            SyntaxKind.ObjectTypeDefinition => EnterObjectTypeDefinition((ObjectTypeDefinitionNode)node),
            SyntaxKind.FieldDefinition => EnterFieldDefinition((FieldDefinitionNode)node),
            SyntaxKind.InputValueDefinition => EnterInputValueDefinition((InputValueDefinitionNode)node),
            SyntaxKind.InterfaceTypeDefinition => EnterInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node),
            SyntaxKind.UnionTypeDefinition => EnterUnionTypeDefinition((UnionTypeDefinitionNode)node),
            SyntaxKind.EnumTypeDefinition => EnterEnumTypeDefinition((EnumTypeDefinitionNode)node),
            SyntaxKind.EnumValueDefinition => EnterEnumValueDefinition((EnumValueDefinitionNode)node),
            SyntaxKind.InputObjectTypeDefinition => EnterInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node),
            SyntaxKind.DirectiveDefinition => EnterDirectiveDefinition((DirectiveDefinitionNode)node),
            SyntaxKind.SchemaExtension => EnterSchemaExtension((SchemaExtensionNode)node),
            SyntaxKind.ScalarTypeExtension => EnterScalarTypeExtension((ScalarTypeExtensionNode)node),
            SyntaxKind.ObjectTypeExtension => EnterObjectTypeExtension((ObjectTypeExtensionNode)node),
            SyntaxKind.InterfaceTypeExtension => EnterInterfaceTypeExtension((InterfaceTypeExtensionNode)node),
            SyntaxKind.UnionTypeExtension => EnterUnionTypeExtension((UnionTypeExtensionNode)node),
            SyntaxKind.EnumTypeExtension => EnterEnumTypeExtension((EnumTypeExtensionNode)node),
            SyntaxKind.InputObjectTypeExtension => EnterInputObjectTypeExtension((InputObjectTypeExtensionNode)node),
            _ => VisitAction.Continue,
        };
    }

    public virtual VisitAction Leave(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        return node.Kind switch
        {
            SyntaxKind.Name => LeaveName((NameNode)node),
            SyntaxKind.Document => LeaveDocument((DocumentNode)node),
            SyntaxKind.OperationDefinition => LeaveOperationDefinition((OperationDefinitionNode)node),
            SyntaxKind.VariableDefinition => LeaveVariableDefinition((VariableDefinitionNode)node),
            SyntaxKind.SelectionSet => LeaveSelectionSet((SelectionSetNode)node),
            SyntaxKind.Field => LeaveField((FieldNode)node),
            SyntaxKind.Argument => LeaveArgument((ArgumentNode)node),
            SyntaxKind.FragmentSpread => LeaveFragmentSpread((FragmentSpreadNode)node),
            SyntaxKind.InlineFragment => LeaveInlineFragment((InlineFragmentNode)node),
            SyntaxKind.FragmentDefinition => LeaveFragmentDefinition((FragmentDefinitionNode)node),
            SyntaxKind.Variable => LeaveVariable((VariableNode)node),
            SyntaxKind.IntValue => LeaveIntValue((IntValueNode)node),
            SyntaxKind.FloatValue => LeaveFloatValue((FloatValueNode)node),
            SyntaxKind.StringValue => LeaveStringValue((StringValueNode)node),
            SyntaxKind.BooleanValue => LeaveBooleanValue((BooleanValueNode)node),
            SyntaxKind.NullValue => LeaveNullValue((NullValueNode)node),
            SyntaxKind.EnumValue => LeaveEnumValue((EnumValueNode)node),
            SyntaxKind.ListValue => LeaveListValue((ListValueNode)node),
            SyntaxKind.ObjectValue => LeaveObjectValue((ObjectValueNode)node),
            SyntaxKind.ObjectField => LeaveObjectField((ObjectFieldNode)node),
            SyntaxKind.Directive => LeaveDirective((DirectiveNode)node),
            SyntaxKind.NamedType => LeaveNamedType((NamedTypeNode)node),
            SyntaxKind.ListType => LeaveListType((ListTypeNode)node),
            SyntaxKind.NonNullType => LeaveNonNullType((NonNullTypeNode)node),
            SyntaxKind.SchemaDefinition => LeaveSchemaDefinition((SchemaDefinitionNode)node),
            SyntaxKind.OperationTypeDefinition => LeaveOperationTypeDefinition((OperationTypeDefinitionNode)node),
            SyntaxKind.ScalarTypeDefinition => LeaveScalarTypeDefinition((ScalarTypeDefinitionNode)node),
            SyntaxKind.ObjectTypeDefinition => LeaveObjectTypeDefinition((ObjectTypeDefinitionNode)node),
            SyntaxKind.FieldDefinition => LeaveFieldDefinition((FieldDefinitionNode)node),
            SyntaxKind.InputValueDefinition => LeaveInputValueDefinition((InputValueDefinitionNode)node),
            SyntaxKind.InterfaceTypeDefinition => LeaveInterfaceTypeDefinition((InterfaceTypeDefinitionNode)node),
            SyntaxKind.UnionTypeDefinition => LeaveUnionTypeDefinition((UnionTypeDefinitionNode)node),
            SyntaxKind.EnumTypeDefinition => LeaveEnumTypeDefinition((EnumTypeDefinitionNode)node),
            SyntaxKind.EnumValueDefinition => LeaveEnumValueDefinition((EnumValueDefinitionNode)node),
            SyntaxKind.InputObjectTypeDefinition => LeaveInputObjectTypeDefinition((InputObjectTypeDefinitionNode)node),
            SyntaxKind.DirectiveDefinition => LeaveDirectiveDefinition((DirectiveDefinitionNode)node),
            SyntaxKind.SchemaExtension => LeaveSchemaExtension((SchemaExtensionNode)node),
            SyntaxKind.ScalarTypeExtension => LeaveScalarTypeExtension((ScalarTypeExtensionNode)node),
            SyntaxKind.ObjectTypeExtension => LeaveObjectTypeExtension((ObjectTypeExtensionNode)node),
            SyntaxKind.InterfaceTypeExtension => LeaveInterfaceTypeExtension((InterfaceTypeExtensionNode)node),
            SyntaxKind.UnionTypeExtension => LeaveUnionTypeExtension((UnionTypeExtensionNode)node),
            SyntaxKind.EnumTypeExtension => LeaveEnumTypeExtension((EnumTypeExtensionNode)node),
            SyntaxKind.InputObjectTypeExtension => LeaveInputObjectTypeExtension((InputObjectTypeExtensionNode)node),
            _ => VisitAction.Continue,
        };
    }

    public virtual VisitAction EnterName(NameNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveName(NameNode node) => VisitAction.Continue;

    public virtual VisitAction EnterDocument(DocumentNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveDocument(DocumentNode node) => VisitAction.Continue;

    public virtual VisitAction EnterOperationDefinition(OperationDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveOperationDefinition(OperationDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterVariableDefinition(VariableDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveVariableDefinition(VariableDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterSelectionSet(SelectionSetNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveSelectionSet(SelectionSetNode node) => VisitAction.Continue;

    public virtual VisitAction EnterField(FieldNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveField(FieldNode node) => VisitAction.Continue;

    public virtual VisitAction EnterArgument(ArgumentNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveArgument(ArgumentNode node) => VisitAction.Continue;

    public virtual VisitAction EnterFragmentSpread(FragmentSpreadNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveFragmentSpread(FragmentSpreadNode node) => VisitAction.Continue;

    public virtual VisitAction EnterInlineFragment(InlineFragmentNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveInlineFragment(InlineFragmentNode node) => VisitAction.Continue;

    public virtual VisitAction EnterFragmentDefinition(FragmentDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveFragmentDefinition(FragmentDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterVariable(VariableNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveVariable(VariableNode node) => VisitAction.Continue;

    public virtual VisitAction EnterIntValue(IntValueNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveIntValue(IntValueNode node) => VisitAction.Continue;

    public virtual VisitAction EnterFloatValue(FloatValueNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveFloatValue(FloatValueNode node) => VisitAction.Continue;

    public virtual VisitAction EnterStringValue(StringValueNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveStringValue(StringValueNode node) => VisitAction.Continue;

    public virtual VisitAction EnterBooleanValue(BooleanValueNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveBooleanValue(BooleanValueNode node) => VisitAction.Continue;

    public virtual VisitAction EnterNullValue(NullValueNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveNullValue(NullValueNode node) => VisitAction.Continue;

    public virtual VisitAction EnterEnumValue(EnumValueNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveEnumValue(EnumValueNode node) => VisitAction.Continue;

    public virtual VisitAction EnterListValue(ListValueNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveListValue(ListValueNode node) => VisitAction.Continue;

    public virtual VisitAction EnterObjectValue(ObjectValueNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveObjectValue(ObjectValueNode node) => VisitAction.Continue;

    public virtual VisitAction EnterObjectField(ObjectFieldNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveObjectField(ObjectFieldNode node) => VisitAction.Continue;

    public virtual VisitAction EnterDirective(DirectiveNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveDirective(DirectiveNode node) => VisitAction.Continue;

    public virtual VisitAction EnterNamedType(NamedTypeNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveNamedType(NamedTypeNode node) => VisitAction.Continue;

    public virtual VisitAction EnterListType(ListTypeNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveListType(ListTypeNode node) => VisitAction.Continue;

    public virtual VisitAction EnterNonNullType(NonNullTypeNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveNonNullType(NonNullTypeNode node) => VisitAction.Continue;

    public virtual VisitAction EnterSchemaDefinition(SchemaDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveSchemaDefinition(SchemaDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterOperationTypeDefinition(OperationTypeDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveOperationTypeDefinition(OperationTypeDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterScalarTypeDefinition(ScalarTypeDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveScalarTypeDefinition(ScalarTypeDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterObjectTypeDefinition(ObjectTypeDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveObjectTypeDefinition(ObjectTypeDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterFieldDefinition(FieldDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveFieldDefinition(FieldDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterInputValueDefinition(InputValueDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveInputValueDefinition(InputValueDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterInterfaceTypeDefinition(InterfaceTypeDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveInterfaceTypeDefinition(InterfaceTypeDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterUnionTypeDefinition(UnionTypeDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveUnionTypeDefinition(UnionTypeDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterEnumTypeDefinition(EnumTypeDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveEnumTypeDefinition(EnumTypeDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterEnumValueDefinition(EnumValueDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveEnumValueDefinition(EnumValueDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterInputObjectTypeDefinition(InputObjectTypeDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveInputObjectTypeDefinition(InputObjectTypeDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterDirectiveDefinition(DirectiveDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveDirectiveDefinition(DirectiveDefinitionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterSchemaExtension(SchemaExtensionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveSchemaExtension(SchemaExtensionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterScalarTypeExtension(ScalarTypeExtensionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveScalarTypeExtension(ScalarTypeExtensionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterObjectTypeExtension(ObjectTypeExtensionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveObjectTypeExtension(ObjectTypeExtensionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterInterfaceTypeExtension(InterfaceTypeExtensionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveInterfaceTypeExtension(InterfaceTypeExtensionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterUnionTypeExtension(UnionTypeExtensionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveUnionTypeExtension(UnionTypeExtensionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterEnumTypeExtension(EnumTypeExtensionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveEnumTypeExtension(EnumTypeExtensionNode node) => VisitAction.Continue;

    public virtual VisitAction EnterInputObjectTypeExtension(InputObjectTypeExtensionNode node) => VisitAction.Continue;

    public virtual VisitAction LeaveInputObjectTypeExtension(InputObjectTypeExtensionNode node) => VisitAction.Continue;
}
