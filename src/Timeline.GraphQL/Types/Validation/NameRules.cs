using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Types.Validation;

/// <summary>Names starting with "__" are reserved for introspection.</summary>
internal static class NameRules
{
    public static void Validate(SchemaValidationContext context, string name, SyntaxNode? node)
    {
        if (name.StartsWith("__", StringComparison.Ordinal))
        {
            context.Report($"Name \"{name}\" must not begin with \"__\", which is reserved by GraphQL introspection.", node);
        }
    }

    /// <summary>Reports each name that appears more than once, with the message built for it.</summary>
    public static void ValidateUnique<T>(SchemaValidationContext context, IEnumerable<T> items, Func<T, string> nameOf, Func<T, SyntaxNode?> nodeOf, Func<string, string> message)
    {
        foreach (var group in items.GroupBy(nameOf, StringComparer.Ordinal).Where(g => g.Count() > 1))
        {
            context.Report(message(group.Key), group.Select(nodeOf).ToArray());
        }
    }
}
