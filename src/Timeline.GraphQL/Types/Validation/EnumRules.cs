namespace Timeline.GraphQL.Types.Validation;

/// <summary>Enums: at least one value, unique, well named, and never true, false or null.</summary>
internal static class EnumRules
{
    public static void Validate(SchemaValidationContext context, EnumType enumType)
    {
        if (enumType.Values.Count == 0)
        {
            context.Report($"Enum type {enumType.Name} must define one or more values.", [enumType.AstNode, .. enumType.ExtensionAstNodes]);
        }

        NameRules.ValidateUnique(context, enumType.Values, v => v.Name, v => v.AstNode, name => $"Enum value \"{enumType.Name}.{name}\" can only be defined once.");
        foreach (var value in enumType.Values)
        {
            NameRules.Validate(context, value.Name, value.AstNode);
            if (value.Name is "true" or "false" or "null")
            {
                context.Report($"Enum type {enumType.Name} cannot include value: {value.Name}.", value.AstNode);
            }
        }
    }
}
