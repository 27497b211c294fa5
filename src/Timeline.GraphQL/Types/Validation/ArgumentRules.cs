namespace Timeline.GraphQL.Types.Validation;

/// <summary>Rules shared by field and directive arguments: names, input types, deprecation, uniqueness, defaults.</summary>
internal static class ArgumentRules
{
    /// <param name="owner">How the owner reads in messages: <c>Type.field</c> or <c>@directive</c>.</param>
    public static void Validate(SchemaValidationContext context, string owner, IReadOnlyList<InputValueDefinition> arguments)
    {
        NameRules.ValidateUnique(context, arguments, a => a.Name, a => a.AstNode, name => $"Argument \"{owner}({name}:)\" can only be defined once.");
        foreach (var argument in arguments)
        {
            var described = $"{owner}({argument.Name}:)";
            NameRules.Validate(context, argument.Name, argument.AstNode);
            if (!argument.Type.IsInputType)
            {
                context.Report($"The type of {described} must be Input Type but got: {argument.Type}.", argument.AstNode?.Type);
            }

            if (argument.IsRequired && argument.IsDeprecated)
            {
                context.Report($"Required argument {described} cannot be deprecated.", argument.AstNode);
            }

            DefaultValueRule.Validate(context, "Argument " + described, argument);
        }
    }
}
