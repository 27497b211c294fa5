using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Execution;

/// <summary>
/// The spec's CoerceArgumentValues (§6.4.1): literal and variable arguments to the runtime values a resolver sees.
/// An argument neither given nor defaulted is absent; an explicit null is kept; a variable that was not provided
/// counts as not given. Failures are field errors worded as graphql-js words them.
/// </summary>
internal static class ArgumentCoercion
{
    public static readonly IReadOnlyDictionary<string, object?> Empty = new Dictionary<string, object?>(0, StringComparer.Ordinal);

    /// <summary>Whether the arguments written on <paramref name="node"/> mention a variable anywhere.</summary>
    public static bool UsesVariables(IReadOnlyList<ArgumentNode> arguments)
    {
        foreach (var argument in arguments)
        {
            if (UsesVariables(argument.Value))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The coerced arguments; throws <see cref="GraphQLFieldException"/> naming the argument when one is invalid.</summary>
    public static IReadOnlyDictionary<string, object?> Coerce(
        string ownerCoordinate,
        IReadOnlyList<InputValueDefinition> definitions,
        IReadOnlyList<ArgumentNode> arguments,
        IReadOnlyDictionary<string, object?>? variables)
    {
        if (definitions.Count == 0)
        {
            return Empty;
        }

        var values = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            var node = Find(arguments, definition.Name);
            if (node is null)
            {
                if (definition.IsRequired)
                {
                    throw new GraphQLFieldException($"Argument \"{ownerCoordinate}({definition.Name}:)\" of required type \"{definition.Type}\" was not provided.");
                }

                if (definition.HasDefaultValue)
                {
                    values[definition.Name] = definition.DefaultValue;
                }

                continue;
            }

            if (node.Value is VariableNode variable
                && (variables is null || !variables.ContainsKey(variable.Name.Value))
                && !definition.IsRequired)
            {
                if (definition.HasDefaultValue)
                {
                    values[definition.Name] = definition.DefaultValue;
                }

                continue;
            }

            if (!ValueFromAst.TryConvert(node.Value, definition.Type, variables, out var value))
            {
                throw new GraphQLFieldException(
                    $"Argument \"{ownerCoordinate}({definition.Name}:)\" has invalid value: Expected value of type \"{definition.Type}\", found {ValueLiteralPrinter.Print(node.Value)}.");
            }

            values[definition.Name] = value;
        }

        return values;
    }

    private static ArgumentNode? Find(IReadOnlyList<ArgumentNode> arguments, string name)
    {
        for (var i = 0; i < arguments.Count; i++)
        {
            if (arguments[i].Name.Value == name)
            {
                return arguments[i];
            }
        }

        return null;
    }

    private static bool UsesVariables(ValueNode value)
    {
        switch (value)
        {
            case VariableNode:
                return true;
            case ListValueNode list:
                foreach (var item in list.Values)
                {
                    if (UsesVariables(item))
                    {
                        return true;
                    }
                }

                return false;
            case ObjectValueNode obj:
                foreach (var field in obj.Fields)
                {
                    if (UsesVariables(field.Value))
                    {
                        return true;
                    }
                }

                return false;
            default:
                return false;
        }
    }
}
