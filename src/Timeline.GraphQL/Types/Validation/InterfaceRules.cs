using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Types.Validation;

/// <summary>
/// A type implementing an interface: once, not itself, declaring the interface's own interfaces too, and
/// providing every interface field with a covariant type and the same arguments.
/// </summary>
internal static class InterfaceRules
{
    public static void Validate(SchemaValidationContext context, ComplexType type)
    {
        var seen = new HashSet<InterfaceType>();
        foreach (var iface in type.Interfaces)
        {
            if (ReferenceEquals(iface, type))
            {
                context.Report($"Type {type.Name} cannot implement itself because it would create a circular reference.", type.AstNode);
                continue;
            }

            if (!seen.Add(iface))
            {
                context.Report($"Type {type.Name} can only implement {iface.Name} once.", type.AstNode);
                continue;
            }

            ValidateAncestors(context, type, iface);
            ValidateImplementation(context, type, iface);
        }
    }

    private static void ValidateAncestors(SchemaValidationContext context, ComplexType type, InterfaceType iface)
    {
        foreach (var transitive in iface.Interfaces)
        {
            if (!type.Interfaces.Contains(transitive))
            {
                context.Report(
                    ReferenceEquals(transitive, type)
                        ? $"Type {type.Name} cannot implement {iface.Name} because it would create a circular reference."
                        : $"Type {type.Name} must implement {transitive.Name} because it is implemented by {iface.Name}.",
                    iface.AstNode,
                    type.AstNode);
            }
        }
    }

    private static void ValidateImplementation(SchemaValidationContext context, ComplexType type, InterfaceType iface)
    {
        foreach (var ifaceField in iface.Fields)
        {
            var fieldName = ifaceField.Name;
            var typeField = type.GetField(fieldName);
            if (typeField is null)
            {
                context.Report($"Interface field {iface.Name}.{fieldName} expected but {type.Name} does not provide it.", [ifaceField.AstNode, type.AstNode, .. type.ExtensionAstNodes]);
                continue;
            }

            if (!TypeComparators.IsTypeSubTypeOf(context.Schema, typeField.Type, ifaceField.Type))
            {
                context.Report(
                    $"Interface field {iface.Name}.{fieldName} expects type {ifaceField.Type} but {type.Name}.{fieldName} is type {typeField.Type}.",
                    ifaceField.AstNode?.Type,
                    typeField.AstNode?.Type);
            }

            foreach (var ifaceArg in ifaceField.Arguments)
            {
                var typeArg = typeField.GetArgument(ifaceArg.Name);
                if (typeArg is null)
                {
                    context.Report(
                        $"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expected but {type.Name}.{fieldName} does not provide it.",
                        ifaceArg.AstNode,
                        typeField.AstNode);
                    continue;
                }

                if (!TypeComparators.IsEqualType(ifaceArg.Type, typeArg.Type))
                {
                    context.Report(
                        $"Interface field argument {iface.Name}.{fieldName}({ifaceArg.Name}:) expects type {ifaceArg.Type} but {type.Name}.{fieldName}({ifaceArg.Name}:) is type {typeArg.Type}.",
                        ifaceArg.AstNode?.Type,
                        typeArg.AstNode?.Type);
                }
            }

            foreach (var typeArg in typeField.Arguments)
            {
                if (typeArg.IsRequired && ifaceField.GetArgument(typeArg.Name) is null)
                {
                    context.Report(
                        $"Argument \"{type.Name}.{fieldName}({typeArg.Name}:)\" must not be required type \"{typeArg.Type}\" if not provided by the Interface field \"{iface.Name}.{fieldName}\".",
                        typeArg.AstNode,
                        ifaceField.AstNode);
                }
            }

            if (typeField.IsDeprecated && !ifaceField.IsDeprecated)
            {
                context.Report(
                    $"Interface field {iface.Name}.{fieldName} is not deprecated, so implementation field {type.Name}.{fieldName} must not be deprecated.",
                    typeField.AstNode);
            }
        }
    }
}
