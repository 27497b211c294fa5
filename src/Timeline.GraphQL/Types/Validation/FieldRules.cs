namespace Timeline.GraphQL.Types.Validation;

/// <summary>Object and interface fields: at least one, unique, well named, of output types, with valid arguments.</summary>
internal static class FieldRules
{
    public static void Validate(SchemaValidationContext context, ComplexType type)
    {
        if (type.Fields.Count == 0)
        {
            context.Report($"Type {type.Name} must define one or more fields.", [type.AstNode, .. type.ExtensionAstNodes]);
        }

        NameRules.ValidateUnique(context, type.Fields, f => f.Name, f => f.AstNode, name => $"Field \"{type.Name}.{name}\" can only be defined once.");
        foreach (var field in type.Fields)
        {
            NameRules.Validate(context, field.Name, field.AstNode);
            if (!field.Type.IsOutputType)
            {
                context.Report($"The type of {type.Name}.{field.Name} must be Output Type but got: {field.Type}.", field.AstNode?.Type);
            }

            ArgumentRules.Validate(context, type.Name + "." + field.Name, field.Arguments);
        }
    }
}
