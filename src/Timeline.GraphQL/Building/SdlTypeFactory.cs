using Timeline.GraphQL.Introspection;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Building;

/// <summary>Creates each named type of an SDL document once, merging its extensions; references resolve lazily so types may form cycles.</summary>
internal sealed class SdlTypeFactory(SdlDefinitions definitions, SdlBuildOptions options)
{
    private readonly Dictionary<string, NamedType> built = new(StringComparer.Ordinal);

    public NamedType? GetType(string name)
    {
        if (built.TryGetValue(name, out var type))
        {
            return type;
        }

        if (SpecifiedScalars.Find(name) is { } scalar)
        {
            return scalar;
        }

        if (!definitions.TypesByName.TryGetValue(name, out var node))
        {
            return IntrospectionTypes.All.FirstOrDefault(t => t.Name == name);
        }

        type = Build(node, definitions.Extensions.GetValueOrDefault(name) ?? []);
        built[name] = type;
        return type;
    }

    public DirectiveDefinition BuildDirective(DirectiveDefinitionNode node) =>
        new(
            node.Name.Value,
            node.Locations.Select(l => DirectiveLocations.TryParse(l.Value, out var location)
                ? location
                : throw new SchemaValidationException(new[] { new SchemaValidationError($"Unknown directive location \"{l.Value}\".", [l]) })),
            node.Arguments.Select(BuildInputValue))
        {
            Description = node.Description?.Value,
            IsRepeatable = node.Repeatable,
            AstNode = node,
        };

    private NamedType Build(TypeDefinitionNode node, List<TypeExtensionNode> extensions)
    {
        var name = node.Name.Value;
        var description = node.Description?.Value;
        switch (node)
        {
            case ScalarTypeDefinitionNode:
                var implementation = options.Scalars.GetValueOrDefault(name);
                return new ScalarType(name)
                {
                    Description = description,
                    SpecifiedByUrl = SdlDirectiveValues.SpecifiedByUrl(extensions.Prepend<IHasDirectives>(node)),
                    OutputCoercer = implementation is null ? null : implementation.CoerceOutputValue,
                    InputCoercer = implementation is null ? null : implementation.CoerceInputValue,
                    LiteralCoercer = implementation is null ? null : implementation.CoerceInputLiteral,
                    LiteralFormatter = implementation is null ? null : implementation.ValueToLiteral,
                    AstNode = node,
                    ExtensionAstNodes = extensions,
                };
            case ObjectTypeDefinitionNode obj:
                var objExtensions = extensions.OfType<ObjectTypeExtensionNode>().ToList();
                return new ObjectType(
                    name,
                    () => BuildFields(name, obj.Fields.Concat(objExtensions.SelectMany(e => e.Fields))),
                    () => Interfaces(obj.Interfaces.Concat(objExtensions.SelectMany(e => e.Interfaces))))
                {
                    Description = description,
                    IsTypeOf = options.IsTypeOf.GetValueOrDefault(name),
                    AstNode = node,
                    ExtensionAstNodes = extensions,
                };
            case InterfaceTypeDefinitionNode iface:
                var ifaceExtensions = extensions.OfType<InterfaceTypeExtensionNode>().ToList();
                return new InterfaceType(
                    name,
                    () => BuildFields(name, iface.Fields.Concat(ifaceExtensions.SelectMany(e => e.Fields))),
                    () => Interfaces(iface.Interfaces.Concat(ifaceExtensions.SelectMany(e => e.Interfaces))))
                {
                    Description = description,
                    ResolveType = options.TypeResolvers.GetValueOrDefault(name),
                    AstNode = node,
                    ExtensionAstNodes = extensions,
                };
            case UnionTypeDefinitionNode union:
                var members = union.Types.Concat(extensions.OfType<UnionTypeExtensionNode>().SelectMany(e => e.Types)).ToList();
                return new UnionType(name, () => members.Select(m => (ObjectType)GetType(m.Name.Value)!))
                {
                    Description = description,
                    ResolveType = options.TypeResolvers.GetValueOrDefault(name),
                    AstNode = node,
                    ExtensionAstNodes = extensions,
                };
            case EnumTypeDefinitionNode enumNode:
                var runtimeValues = options.EnumValues.GetValueOrDefault(name);
                var values = enumNode.Values.Concat(extensions.OfType<EnumTypeExtensionNode>().SelectMany(e => e.Values));
                return new EnumType(name, values.Select(v => new EnumValueDefinition(v.Name.Value, runtimeValues?.GetValueOrDefault(v.Name.Value))
                {
                    Description = v.Description?.Value,
                    DeprecationReason = SdlDirectiveValues.DeprecationReason(v),
                    AstNode = v,
                }))
                {
                    Description = description,
                    AstNode = node,
                    ExtensionAstNodes = extensions,
                };
            case InputObjectTypeDefinitionNode input:
                var inputFields = input.Fields.Concat(extensions.OfType<InputObjectTypeExtensionNode>().SelectMany(e => e.Fields)).ToList();
                return new InputObjectType(name, () => inputFields.Select(BuildInputValue))
                {
                    Description = description,
                    IsOneOf = SdlDirectiveValues.IsOneOf(extensions.Prepend<IHasDirectives>(node)),
                    AstNode = node,
                    ExtensionAstNodes = extensions,
                };
            default:
                throw new ArgumentException($"Unknown type definition kind {node.Kind}.", nameof(node));
        }
    }

    private List<FieldDefinition> BuildFields(string typeName, IEnumerable<FieldDefinitionNode> nodes)
    {
        var resolvers = options.Resolvers.GetValueOrDefault(typeName);
        var subscribers = options.Subscribers.GetValueOrDefault(typeName);
        return nodes.Select(f => new FieldDefinition(f.Name.Value, TypeOf(f.Type), f.Arguments.Select(BuildInputValue))
        {
            Description = f.Description?.Value,
            DeprecationReason = SdlDirectiveValues.DeprecationReason(f),
            Resolver = resolvers?.GetValueOrDefault(f.Name.Value),
            Subscriber = subscribers?.GetValueOrDefault(f.Name.Value),
            AstNode = f,
        }).ToList();
    }

    private InputValueDefinition BuildInputValue(InputValueDefinitionNode node) =>
        new(node.Name.Value, TypeOf(node.Type))
        {
            Description = node.Description?.Value,
            DefaultValueLiteral = node.DefaultValue,
            DeprecationReason = SdlDirectiveValues.DeprecationReason(node),
            AstNode = node,
        };

    private List<InterfaceType> Interfaces(IEnumerable<NamedTypeNode> nodes) =>
        nodes.Select(n => (InterfaceType)GetType(n.Name.Value)!).ToList();

    // The document checks ran before building, so every name here is known.
    private GraphQLType TypeOf(TypeNode node) => TypeFromAst.Convert(node, GetType)!;
}
