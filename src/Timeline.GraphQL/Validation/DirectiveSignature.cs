using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Validation;

/// <summary>
/// What the directive rules need of a directive, whether the schema defines it or the document does
/// (graphql-js lets directive definitions in the validated document count, so SDL can be checked the same way).
/// </summary>
internal sealed record DirectiveSignature(
    string Name,
    IReadOnlyList<string> Locations,
    bool IsRepeatable,
    IReadOnlyList<string> ArgumentNames,
    IReadOnlyList<(string Name, string Type)> RequiredArguments)
{
    /// <summary>The schema's directives, then the document's definitions, a later one replacing an earlier one of the same name.</summary>
    public static Dictionary<string, DirectiveSignature> Collect(Schema schema, DocumentNode document)
    {
        var signatures = new Dictionary<string, DirectiveSignature>(StringComparer.Ordinal);
        foreach (var directive in schema.Directives)
        {
            signatures[directive.Name] = new DirectiveSignature(
                directive.Name,
                [.. directive.Locations.Select(l => l.ToSpecName())],
                directive.IsRepeatable,
                [.. directive.Arguments.Select(a => a.Name)],
                [.. directive.Arguments.Where(a => a.IsRequired).Select(a => (a.Name, a.Type.ToString()))]);
        }

        foreach (var definition in document.Definitions)
        {
            if (definition is DirectiveDefinitionNode node)
            {
                signatures[node.Name.Value] = new DirectiveSignature(
                    node.Name.Value,
                    [.. node.Locations.Select(l => l.Value)],
                    node.Repeatable,
                    [.. node.Arguments.Select(a => a.Name.Value)],
                    [.. node.Arguments.Where(a => a.Type is NonNullTypeNode && a.DefaultValue is null).Select(a => (a.Name.Value, Printer.Print(a.Type)))]);
            }
        }

        return signatures;
    }
}
