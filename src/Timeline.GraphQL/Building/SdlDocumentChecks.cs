using Timeline.GraphQL.Introspection;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Building;

/// <summary>
/// The SDL rules that must hold before types can be built: extensions of defined types of the same kind,
/// known type names of the right kind where the type model needs one, and directives known, well placed and not repeated.
/// </summary>
internal sealed class SdlDocumentChecks(SdlDefinitions definitions)
{
    private readonly HashSet<string> directiveNames = new(
        definitions.Directives.Select(d => d.Name.Value).Concat(SpecifiedDirectives.All.Select(d => d.Name)),
        StringComparer.Ordinal);

    private List<SchemaValidationError> Errors => definitions.Errors;

    public void Run()
    {
        CheckExtensions();
        foreach (var type in definitions.Types)
        {
            CheckType(type, type);
        }

        foreach (var (name, extensions) in definitions.Extensions)
        {
            if (definitions.TypesByName.TryGetValue(name, out var type))
            {
                foreach (var extension in extensions)
                {
                    CheckType(type, extension);
                }
            }
        }

        foreach (var directive in definitions.Directives)
        {
            foreach (var argument in directive.Arguments)
            {
                CheckTypeReference(argument.Type);
                CheckDirectives(argument, DirectiveLocation.ArgumentDefinition);
            }
        }

        CheckSchema();
        CheckRepeatedDirectives();
    }

    private void CheckExtensions()
    {
        foreach (var (name, extensions) in definitions.Extensions)
        {
            if (!definitions.TypesByName.TryGetValue(name, out var type))
            {
                // Built-in types count as not defined here too, as in graphql-js.
                foreach (var extension in extensions)
                {
                    Errors.Add(new SchemaValidationError(
                        $"Cannot extend type \"{name}\" because it is not defined." + DidYouMean.Format(SuggestionList.Suggest(name, definitions.TypesByName.Keys)),
                        [extension.Name]));
                }

                continue;
            }

            foreach (var extension in extensions)
            {
                if (KindName(extension.Kind) != KindName(type.Kind))
                {
                    Errors.Add(new SchemaValidationError($"Cannot extend non-{KindName(extension.Kind)} type \"{name}\".", [type, extension]));
                }
            }
        }
    }

    private void CheckType(TypeDefinitionNode type, SyntaxNode node)
    {
        var name = type.Name.Value;
        switch (node)
        {
            case ObjectTypeDefinitionNode or ObjectTypeExtensionNode or InterfaceTypeDefinitionNode or InterfaceTypeExtensionNode:
                var (interfaces, fields) = node switch
                {
                    ObjectTypeDefinitionNode d => (d.Interfaces, d.Fields),
                    ObjectTypeExtensionNode e => (e.Interfaces, e.Fields),
                    InterfaceTypeDefinitionNode d => (d.Interfaces, d.Fields),
                    _ => (((InterfaceTypeExtensionNode)node).Interfaces, ((InterfaceTypeExtensionNode)node).Fields),
                };
                foreach (var iface in interfaces)
                {
                    if (CheckTypeReference(iface) is { } found and not InterfaceTypeDefinitionNode || SpecifiedScalars.Find(iface.Name.Value) is not null)
                    {
                        Errors.Add(new SchemaValidationError($"Type {name} must only implement Interface types, it cannot implement {iface.Name.Value}.", [iface]));
                    }
                }

                foreach (var field in fields)
                {
                    CheckTypeReference(field.Type);
                    CheckDirectives(field, DirectiveLocation.FieldDefinition);
                    foreach (var argument in field.Arguments)
                    {
                        CheckTypeReference(argument.Type);
                        CheckDirectives(argument, DirectiveLocation.ArgumentDefinition);
                    }
                }

                CheckDirectives((IHasDirectives)node, node is ObjectTypeDefinitionNode or ObjectTypeExtensionNode ? DirectiveLocation.Object : DirectiveLocation.Interface);
                break;
            case UnionTypeDefinitionNode or UnionTypeExtensionNode:
                var members = node is UnionTypeDefinitionNode ud ? ud.Types : ((UnionTypeExtensionNode)node).Types;
                foreach (var member in members)
                {
                    var found = CheckTypeReference(member);
                    if ((found is not null and not ObjectTypeDefinitionNode) || (found is null && SpecifiedScalars.Find(member.Name.Value) is not null))
                    {
                        Errors.Add(new SchemaValidationError($"Union type {name} can only include Object types, it cannot include {member.Name.Value}.", [member]));
                    }
                }

                CheckDirectives((IHasDirectives)node, DirectiveLocation.Union);
                break;
            case EnumTypeDefinitionNode or EnumTypeExtensionNode:
                var values = node is EnumTypeDefinitionNode ed ? ed.Values : ((EnumTypeExtensionNode)node).Values;
                foreach (var value in values)
                {
                    CheckDirectives(value, DirectiveLocation.EnumValue);
                }

                CheckDirectives((IHasDirectives)node, DirectiveLocation.Enum);
                break;
            case InputObjectTypeDefinitionNode or InputObjectTypeExtensionNode:
                var inputFields = node is InputObjectTypeDefinitionNode id ? id.Fields : ((InputObjectTypeExtensionNode)node).Fields;
                foreach (var field in inputFields)
                {
                    CheckTypeReference(field.Type);
                    CheckDirectives(field, DirectiveLocation.InputFieldDefinition);
                }

                CheckDirectives((IHasDirectives)node, DirectiveLocation.InputObject);
                break;
            default:
                CheckDirectives((IHasDirectives)node, DirectiveLocation.Scalar);
                break;
        }
    }

    private void CheckSchema()
    {
        var nodes = new List<(IHasDirectives Node, IReadOnlyList<OperationTypeDefinitionNode> Operations)>();
        if (definitions.Schema is { } schema)
        {
            nodes.Add((schema, schema.OperationTypes));
        }

        nodes.AddRange(definitions.SchemaExtensions.Select(e => ((IHasDirectives)e, e.OperationTypes)));
        var seen = new HashSet<OperationType>();
        foreach (var (node, operations) in nodes)
        {
            CheckDirectives(node, DirectiveLocation.Schema);
            foreach (var operation in operations)
            {
                var label = operation.Operation.ToString();
                if (!seen.Add(operation.Operation))
                {
                    Errors.Add(new SchemaValidationError($"There can be only one {label.ToLowerInvariant()} type in schema.", [operation]));
                }

                if (CheckTypeReference(operation.Type) is not ObjectTypeDefinitionNode && (definitions.TypesByName.ContainsKey(operation.Type.Name.Value) || SpecifiedScalars.Find(operation.Type.Name.Value) is not null))
                {
                    Errors.Add(new SchemaValidationError($"{label} root type must be Object type, it cannot be {operation.Type.Name.Value}.", [operation.Type]));
                }
            }
        }
    }

    /// <summary>Reports an unknown type name; returns the definition of a type defined in the document, null otherwise.</summary>
    private TypeDefinitionNode? CheckTypeReference(TypeNode typeNode)
    {
        while (true)
        {
            switch (typeNode)
            {
                case ListTypeNode list:
                    typeNode = list.Type;
                    continue;
                case NonNullTypeNode nonNull:
                    typeNode = nonNull.Type;
                    continue;
            }

            var name = ((NamedTypeNode)typeNode).Name.Value;
            if (definitions.TypesByName.TryGetValue(name, out var found))
            {
                return found;
            }

            if (SpecifiedScalars.Find(name) is null && !IntrospectionTypes.All.Any(t => t.Name == name))
            {
                var options = definitions.TypesByName.Keys.Concat(SpecifiedScalars.All.Select(s => s.Name));
                Errors.Add(new SchemaValidationError($"Unknown type \"{name}\"." + DidYouMean.Format(SuggestionList.Suggest(name, options)), [typeNode]));
            }

            return null;
        }
    }

    private void CheckDirectives(IHasDirectives node, DirectiveLocation location)
    {
        foreach (var directive in node.Directives)
        {
            var name = directive.Name.Value;
            if (!directiveNames.Contains(name))
            {
                Errors.Add(new SchemaValidationError($"Unknown directive \"@{name}\".", [directive]));
                continue;
            }

            var locations = definitions.Directives.FirstOrDefault(d => d.Name.Value == name) is { } defined
                ? defined.Locations.Select(l => DirectiveLocations.TryParse(l.Value, out var parsed) ? parsed : (DirectiveLocation?)null).OfType<DirectiveLocation>().ToList()
                : SpecifiedDirectives.All.First(d => d.Name == name).Locations.ToList();
            if (!locations.Contains(location))
            {
                Errors.Add(new SchemaValidationError($"Directive \"@{name}\" may not be used on {location.ToSpecName()}.", [directive]));
            }

            CheckDirectiveArguments(directive);
        }
    }

    /// <summary>Arguments of an applied directive: known, given once, and every required one present.</summary>
    private void CheckDirectiveArguments(DirectiveNode directive)
    {
        var name = directive.Name.Value;
        var declared = definitions.Directives.FirstOrDefault(d => d.Name.Value == name) is { } defined
            ? defined.Arguments.Select(a => (Name: a.Name.Value, Required: a.Type is NonNullTypeNode && a.DefaultValue is null, Type: TypeText(a.Type))).ToList()
            : SpecifiedDirectives.All.First(d => d.Name == name).Arguments.Select(a => (a.Name, Required: a.IsRequired, Type: a.Type.ToString())).ToList();
        var given = new HashSet<string>(StringComparer.Ordinal);
        foreach (var argument in directive.Arguments)
        {
            var argumentName = argument.Name.Value;
            if (!given.Add(argumentName))
            {
                Errors.Add(new SchemaValidationError($"There can be only one argument named \"{argumentName}\".", [argument]));
            }

            if (declared.All(d => d.Name != argumentName))
            {
                Errors.Add(new SchemaValidationError(
                    $"Unknown argument \"{argumentName}\" on directive \"@{name}\"." + DidYouMean.Format(SuggestionList.Suggest(argumentName, declared.Select(d => d.Name))),
                    [argument]));
            }
        }

        foreach (var required in declared.Where(d => d.Required && !given.Contains(d.Name)))
        {
            Errors.Add(new SchemaValidationError($"Argument \"@{name}({required.Name}:)\" of type \"{required.Type}\" is required, but it was not provided.", [directive]));
        }
    }

    private static string TypeText(TypeNode node) => node switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => "[" + TypeText(list.Type) + "]",
        NonNullTypeNode nonNull => TypeText(nonNull.Type) + "!",
        _ => string.Empty,
    };

    /// <summary>A non-repeatable directive may appear once per definition, counting a type's extensions with it.</summary>
    private void CheckRepeatedDirectives()
    {
        var repeatable = new HashSet<string>(definitions.Directives.Where(d => d.Repeatable).Select(d => d.Name.Value), StringComparer.Ordinal);
        var groups = new List<IEnumerable<IHasDirectives>>();
        foreach (var type in definitions.Types)
        {
            groups.Add(definitions.Extensions.TryGetValue(type.Name.Value, out var extensions) ? [type, .. extensions] : [type]);
            groups.AddRange(Members(type).Select(m => new[] { m }));
            if (definitions.Extensions.TryGetValue(type.Name.Value, out var exts))
            {
                groups.AddRange(exts.SelectMany(Members).Select(m => new[] { m }));
            }
        }

        var schemaNodes = new List<IHasDirectives>();
        if (definitions.Schema is not null)
        {
            schemaNodes.Add(definitions.Schema);
        }

        schemaNodes.AddRange(definitions.SchemaExtensions);
        groups.Add(schemaNodes);
        foreach (var group in groups)
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            foreach (var directive in group.SelectMany(n => n.Directives))
            {
                if (!repeatable.Contains(directive.Name.Value) && !seen.Add(directive.Name.Value))
                {
                    Errors.Add(new SchemaValidationError($"The directive \"@{directive.Name.Value}\" can only be used once at this location.", [directive]));
                }
            }
        }
    }

    private static IEnumerable<IHasDirectives> Members(SyntaxNode node) => node switch
    {
        ObjectTypeDefinitionNode d => d.Fields.SelectMany(f => f.Arguments.Cast<IHasDirectives>().Prepend(f)),
        ObjectTypeExtensionNode e => e.Fields.SelectMany(f => f.Arguments.Cast<IHasDirectives>().Prepend(f)),
        InterfaceTypeDefinitionNode d => d.Fields.SelectMany(f => f.Arguments.Cast<IHasDirectives>().Prepend(f)),
        InterfaceTypeExtensionNode e => e.Fields.SelectMany(f => f.Arguments.Cast<IHasDirectives>().Prepend(f)),
        EnumTypeDefinitionNode d => d.Values,
        EnumTypeExtensionNode e => e.Values,
        InputObjectTypeDefinitionNode d => d.Fields,
        InputObjectTypeExtensionNode e => e.Fields,
        _ => [],
    };

    private static string KindName(SyntaxKind kind) => kind switch
    {
        SyntaxKind.ScalarTypeDefinition or SyntaxKind.ScalarTypeExtension => "scalar",
        SyntaxKind.ObjectTypeDefinition or SyntaxKind.ObjectTypeExtension => "object",
        SyntaxKind.InterfaceTypeDefinition or SyntaxKind.InterfaceTypeExtension => "interface",
        SyntaxKind.UnionTypeDefinition or SyntaxKind.UnionTypeExtension => "union",
        SyntaxKind.EnumTypeDefinition or SyntaxKind.EnumTypeExtension => "enum",
        _ => "input object",
    };
}
