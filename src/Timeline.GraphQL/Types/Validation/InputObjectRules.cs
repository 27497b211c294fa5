namespace Timeline.GraphQL.Types.Validation;

/// <summary>Input objects: at least one field, unique, of input types, required ones not deprecated, oneOf fields nullable without defaults.</summary>
internal static class InputObjectRules
{
    public static void Validate(SchemaValidationContext context, InputObjectType input)
    {
        if (input.Fields.Count == 0)
        {
            context.Report($"Input Object type {input.Name} must define one or more fields.", [input.AstNode, .. input.ExtensionAstNodes]);
        }

        NameRules.ValidateUnique(context, input.Fields, f => f.Name, f => f.AstNode, name => $"Input field \"{input.Name}.{name}\" can only be defined once.");
        foreach (var field in input.Fields)
        {
            var described = input.Name + "." + field.Name;
            NameRules.Validate(context, field.Name, field.AstNode);
            if (!field.Type.IsInputType)
            {
                context.Report($"The type of {described} must be Input Type but got: {field.Type}.", field.AstNode?.Type);
            }

            if (field.IsRequired && field.IsDeprecated)
            {
                context.Report($"Required input field {described} cannot be deprecated.", field.AstNode);
            }

            if (input.IsOneOf)
            {
                if (field.Type is NonNullType)
                {
                    context.Report($"OneOf input field {described} must be nullable.", field.AstNode?.Type);
                }

                if (field.HasDefaultValue)
                {
                    context.Report($"OneOf input field {described} cannot have a default value.", field.AstNode);
                }
            }

            DefaultValueRule.Validate(context, "Input field " + described, field);
        }
    }
}
