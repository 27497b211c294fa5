namespace Timeline.GraphQL.Types.Validation;

/// <summary>Directive definitions: unique and well named, with locations, and input-typed arguments.</summary>
internal static class DirectiveRules
{
    public static void Validate(SchemaValidationContext context)
    {
        var directives = context.Schema.Directives;
        NameRules.ValidateUnique(context, directives, d => d.Name, d => d.AstNode, name => $"There can be only one directive named \"@{name}\".");
        foreach (var directive in directives)
        {
            NameRules.Validate(context, directive.Name, directive.AstNode);
            if (directive.Locations.Count == 0)
            {
                context.Report($"Directive @{directive.Name} must include 1 or more locations.", directive.AstNode);
            }

            ArgumentRules.Validate(context, "@" + directive.Name, directive.Arguments);
        }
    }
}
