namespace Timeline.GraphQL.Types.Validation;

/// <summary>Unions: at least one member, each member once.</summary>
internal static class UnionRules
{
    public static void Validate(SchemaValidationContext context, UnionType union)
    {
        if (union.Types.Count == 0)
        {
            context.Report($"Union type {union.Name} must define one or more member types.", [union.AstNode, .. union.ExtensionAstNodes]);
        }

        var seen = new HashSet<ObjectType>();
        foreach (var member in union.Types)
        {
            if (!seen.Add(member))
            {
                context.Report($"Union type {union.Name} can only include type {member.Name} once.", union.AstNode);
            }
        }
    }
}
