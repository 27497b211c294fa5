using System.Collections;
using System.Globalization;
using System.Text;
using Timeline.GraphQL.Execution;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Tests.Execution;

/// <summary>A schema whose <c>echo</c> field describes the coerced arguments it received, with their CLR types.</summary>
internal static class EchoSchema
{
    public const string Sdl = """
        enum Color { RED GREEN BLUE }
        input Point { x: Int! y: Int = 0 label: String }
        input Choice @oneOf { a: Int b: String }
        type Query {
          echo(i: Int, f: Float, s: String, b: Boolean, id: ID, c: Color, list: [Int], strict: [Int!], p: Point, points: [Point!], choice: Choice, d: Int = 7, n: String = "x"): String
          required(i: Int!): String
        }
        """;

    public static GraphQLExecutor Create() => ExecutionHarness.Executor(Sdl, options =>
    {
        var query = ExecutionHarness.Resolvers(options, "Query");
        query["echo"] = c => new(Describe(c.Arguments));
        query["required"] = c => new(Describe(c.Arguments));
    });

    /// <summary>e.g. <c>{d=int:7,n=string:x}</c>, keys sorted.</summary>
    public static string Describe(object? value)
    {
        var builder = new StringBuilder();
        Append(builder, value);
        return builder.ToString();
    }

    private static void Append(StringBuilder builder, object? value)
    {
        switch (value)
        {
            case null:
                builder.Append("null");
                break;
            case string s:
                builder.Append("string:").Append(s);
                break;
            case int i:
                builder.Append("int:").Append(i.ToString(CultureInfo.InvariantCulture));
                break;
            case double d:
                builder.Append("double:").Append(d.ToString(CultureInfo.InvariantCulture));
                break;
            case bool b:
                builder.Append("bool:").Append(b ? "true" : "false");
                break;
            case IReadOnlyDictionary<string, object?> map:
                builder.Append('{');
                builder.AppendJoin(',', map.Keys.Order(StringComparer.Ordinal).Select(k => k + "=" + Describe(map[k])));
                builder.Append('}');
                break;
            case IEnumerable items:
                builder.Append('[');
                builder.AppendJoin(',', items.Cast<object?>().Select(Describe));
                builder.Append(']');
                break;
            default:
                builder.Append(value.GetType().Name).Append(':').Append(value);
                break;
        }
    }
}
