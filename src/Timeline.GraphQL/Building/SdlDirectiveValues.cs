using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Building;

/// <summary>Reads the specified directives that change a built type: @deprecated, @specifiedBy and @oneOf.</summary>
internal static class SdlDirectiveValues
{
    /// <summary>The deprecation reason, the default one when @deprecated has no reason, null when not deprecated.</summary>
    public static string? DeprecationReason(IHasDirectives node)
    {
        var directive = Find(node, "deprecated");
        if (directive is null)
        {
            return null;
        }

        return StringArgument(directive, "reason") ?? SpecifiedDirectives.DefaultDeprecationReason;
    }

    public static string? SpecifiedByUrl(IEnumerable<IHasDirectives> nodes) =>
        nodes.Select(n => Find(n, "specifiedBy")).Where(d => d is not null).Select(d => StringArgument(d!, "url")).FirstOrDefault(u => u is not null);

    public static bool IsOneOf(IEnumerable<IHasDirectives> nodes) => nodes.Any(n => Find(n, "oneOf") is not null);

    private static DirectiveNode? Find(IHasDirectives node, string name) =>
        node.Directives.FirstOrDefault(d => string.Equals(d.Name.Value, name, StringComparison.Ordinal));

    private static string? StringArgument(DirectiveNode directive, string name) =>
        directive.Arguments.FirstOrDefault(a => string.Equals(a.Name.Value, name, StringComparison.Ordinal))?.Value is StringValueNode s ? s.Value : null;
}
