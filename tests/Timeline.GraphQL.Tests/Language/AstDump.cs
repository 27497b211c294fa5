using System.Collections;
using System.Reflection;
using System.Text;
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Tests.Language;

/// <summary>
/// A location-free text form of an AST, so that two trees compare structurally with one string equality
/// (reflection is fine here: it only serves tests).
/// </summary>
internal static class AstDump
{
    public static string Of(SyntaxNode node)
    {
        var builder = new StringBuilder();
        Write(builder, node);
        return builder.ToString();
    }

    private static void Write(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string text:
                builder.Append('"').Append(text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal)).Append('"');
                break;
            case SyntaxNode node:
                builder.Append(node.Kind).Append('(');
                var first = true;
                foreach (var property in node.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).OrderBy(p => p.Name, StringComparer.Ordinal))
                {
                    if (property.Name is nameof(SyntaxNode.Location) or nameof(SyntaxNode.Kind) or nameof(DocumentNode.TokenCount))
                    {
                        continue;
                    }

                    builder.Append(first ? string.Empty : ", ").Append(property.Name).Append('=');
                    first = false;
                    Write(builder, property.GetValue(node));
                }

                builder.Append(')');
                break;
            case IEnumerable items:
                builder.Append('[');
                var separator = string.Empty;
                foreach (var item in items)
                {
                    builder.Append(separator);
                    Write(builder, item);
                    separator = ", ";
                }

                builder.Append(']');
                break;
            default:
                builder.Append(Convert.ToString(value, System.Globalization.CultureInfo.InvariantCulture));
                break;
        }
    }
}
