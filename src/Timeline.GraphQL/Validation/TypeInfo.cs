using Timeline.GraphQL.Introspection;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Validation;

/// <summary>
/// Tracks, during a walk of an executable document, the schema types at the current node (graphql-js's TypeInfo):
/// the output type and parent composite type of selections, the field and directive definitions, the argument,
/// the expected input type (and the one enclosing it) of values, their default value and the enum value.
/// Call <see cref="Enter"/> and <see cref="Leave"/> for every node, or walk through <see cref="TypeInfoVisitor"/>.
/// </summary>
public sealed class TypeInfo
{
    private readonly Schema _schema;
    private readonly List<GraphQLType?> _typeStack = [];
    private readonly List<NamedType?> _parentTypeStack = [];
    private readonly List<GraphQLType?> _inputTypeStack = [];
    private readonly List<FieldDefinition?> _fieldDefStack = [];
    private readonly List<DefaultValue> _defaultValueStack = [];

    public TypeInfo(Schema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        _schema = schema;
    }

    /// <summary>The output type of the current selection (the field's type, an operation's root, a fragment's condition).</summary>
    public GraphQLType? Type => Top(_typeStack);

    /// <summary>The composite type whose fields the current selection set selects.</summary>
    public NamedType? ParentType => Top(_parentTypeStack);

    /// <summary>The input type a value at the current node must have.</summary>
    public GraphQLType? InputType => Top(_inputTypeStack);

    /// <summary>The input type enclosing the current one: the list around an item, the input object around a field.</summary>
    public GraphQLType? ParentInputType => _inputTypeStack.Count > 1 ? _inputTypeStack[^2] : null;

    public FieldDefinition? FieldDef => Top(_fieldDefStack);

    /// <summary>Whether the argument or input field at the current node declares a default value, and its literal or runtime value.</summary>
    public DefaultValue DefaultValue => _defaultValueStack.Count > 0 ? _defaultValueStack[^1] : default;

    public DirectiveDefinition? Directive { get; private set; }

    public InputValueDefinition? Argument { get; private set; }

    public EnumValueDefinition? EnumValue { get; private set; }

    public void Enter(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node)
        {
            case SelectionSetNode:
                var named = Type?.GetNamedType();
                _parentTypeStack.Add(named is not null && named.IsCompositeType ? named : null);
                break;
            case FieldNode field:
                var parent = ParentType;
                var fieldDef = parent is null ? null : MetaFields.GetFieldDefinition(_schema, parent, field.Name.Value);
                _fieldDefStack.Add(fieldDef);
                _typeStack.Add(fieldDef?.Type is { IsOutputType: true } fieldType ? fieldType : null);
                break;
            case DirectiveNode directive:
                Directive = _schema.GetDirective(directive.Name.Value);
                break;
            case OperationDefinitionNode operation:
                _typeStack.Add(_schema.GetRootType(operation.Operation));
                break;
            case InlineFragmentNode inline:
                EnterTypeCondition(inline.TypeCondition);
                break;
            case FragmentDefinitionNode fragment:
                EnterTypeCondition(fragment.TypeCondition);
                break;
            case VariableDefinitionNode variable:
                var variableType = TypeFromAst.Convert(_schema, variable.Type);
                _inputTypeStack.Add(variableType is { IsInputType: true } ? variableType : null);
                break;
            case ArgumentNode argument:
                EnterArgument(argument);
                break;
            case ListValueNode:
                var listType = InputType?.NullableType;
                var itemType = listType is ListType list ? list.OfType : listType;
                _defaultValueStack.Add(default);
                _inputTypeStack.Add(itemType is { IsInputType: true } ? itemType : null);
                break;
            case ObjectFieldNode objectField:
                var inputField = InputType?.GetNamedType() is InputObjectType inputObject ? inputObject.GetField(objectField.Name.Value) : null;
                _defaultValueStack.Add(DefaultValue.Of(inputField));
                _inputTypeStack.Add(inputField?.Type is { IsInputType: true } inputFieldType ? inputFieldType : null);
                break;
            case EnumValueNode enumValue:
                EnumValue = InputType?.GetNamedType() is EnumType enumType ? enumType.GetValue(enumValue.Value) : null;
                break;
            default:
                break;
        }
    }

    public void Leave(SyntaxNode node)
    {
        ArgumentNullException.ThrowIfNull(node);
        switch (node.Kind)
        {
            case SyntaxKind.SelectionSet:
                Pop(_parentTypeStack);
                break;
            case SyntaxKind.Field:
                Pop(_fieldDefStack);
                Pop(_typeStack);
                break;
            case SyntaxKind.Directive:
                Directive = null;
                break;
            case SyntaxKind.OperationDefinition:
            case SyntaxKind.InlineFragment:
            case SyntaxKind.FragmentDefinition:
                Pop(_typeStack);
                break;
            case SyntaxKind.VariableDefinition:
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.Argument:
                Argument = null;
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.ListValue:
            case SyntaxKind.ObjectField:
                Pop(_defaultValueStack);
                Pop(_inputTypeStack);
                break;
            case SyntaxKind.EnumValue:
                EnumValue = null;
                break;
            default:
                break;
        }
    }

    private void EnterTypeCondition(NamedTypeNode? typeCondition)
    {
        var type = typeCondition is null ? Type?.GetNamedType() : TypeFromAst.Convert(_schema, typeCondition);
        _typeStack.Add(type is { IsOutputType: true } ? type : null);
    }

    private void EnterArgument(ArgumentNode argument)
    {
        // Arguments of a directive take precedence: a directive on a field is visited inside the field.
        var definition = Directive is { } directive
            ? directive.GetArgument(argument.Name.Value)
            : FieldDef?.GetArgument(argument.Name.Value);
        Argument = definition;
        _defaultValueStack.Add(DefaultValue.Of(definition));
        _inputTypeStack.Add(definition?.Type is { IsInputType: true } argumentType ? argumentType : null);
    }

    private static T? Top<T>(List<T?> stack)
        where T : class => stack.Count > 0 ? stack[^1] : null;

    private static void Pop<T>(List<T> stack)
    {
        if (stack.Count > 0)
        {
            stack.RemoveAt(stack.Count - 1);
        }
    }
}
