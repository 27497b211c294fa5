using Timeline.GraphQL.Language;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Validation;

/// <summary>Compares the arguments of two selections of a field: the same names with the same values, object fields in any order.</summary>
internal static class ArgumentValues
{
    public static bool Same(IReadOnlyList<ArgumentNode> arguments1, IReadOnlyList<ArgumentNode> arguments2)
    {
        if (arguments1.Count != arguments2.Count)
        {
            return false;
        }

        foreach (var argument1 in arguments1)
        {
            var argument2 = arguments2.FirstOrDefault(a => a.Name.Value == argument1.Name.Value);
            if (argument2 is null || Key(argument1.Value) != Key(argument2.Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The value printed with object fields sorted by name, as graphql-js's sortValueNode then print.</summary>
    private static string Key(ValueNode value) => ValueLiteralPrinter.Print(Sorted(value));

    private static ValueNode Sorted(ValueNode value) => value switch
    {
        ObjectValueNode obj => new ObjectValueNode(
            [.. obj.Fields
                .Select(f => new ObjectFieldNode(f.Name, Sorted(f.Value)))
                .Order(Comparer<ObjectFieldNode>.Create((a, b) => SuggestionList.NaturalCompare(a.Name.Value, b.Name.Value)))]),
        ListValueNode list => new ListValueNode([.. list.Values.Select(Sorted)]),
        _ => value,
    };
}
