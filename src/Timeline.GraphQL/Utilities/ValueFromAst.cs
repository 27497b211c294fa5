using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Utilities;

/// <summary>
/// Coerces a literal to the runtime value of an input type (graphql-js's coerceInputLiteral / valueFromAST).
/// Variables are read from already-coerced variable values; a variable that is absent counts as not given.
/// Invalid literals give false rather than an error: validation reports them with context.
/// </summary>
public static class ValueFromAst
{
    /// <summary>The runtime value, or throws <see cref="ValueCoercionException"/> naming the type when the literal is invalid.</summary>
    public static object? Convert(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables = null) =>
        TryConvert(literal, type, variables, out var value)
            ? value
            : throw new ValueCoercionException($"Expected value of type \"{type}\", found {Printer.Print(literal)}.");

    public static bool TryConvert(ValueNode literal, GraphQLType type, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        ArgumentNullException.ThrowIfNull(literal);
        ArgumentNullException.ThrowIfNull(type);
        value = null;
        if (literal is VariableNode variable)
        {
            if (variables is null || !variables.TryGetValue(variable.Name.Value, out var variableValue))
            {
                // A missing variable: valid only where null is allowed, as graphql-js's undefined.
                return false;
            }

            value = variableValue;
            return !(variableValue is null && type is NonNullType);
        }

        switch (type)
        {
            case NonNullType nonNull:
                return literal is not NullValueNode && TryConvert(literal, nonNull.OfType, variables, out value);
            case var _ when literal is NullValueNode:
                return true;
            case ListType list:
                return TryConvertList(literal, list, variables, out value);
            case InputObjectType input:
                return TryConvertObject(literal, input, variables, out value);
            case EnumType enumType:
                try
                {
                    value = enumType.CoerceInputLiteral(literal, hideSuggestions: true);
                    return true;
                }
                catch (ValueCoercionException)
                {
                    return false;
                }

            case ScalarType scalar:
                try
                {
                    value = scalar.CoerceInputLiteral(literal, variables);
                    return true;
                }
                catch (ValueCoercionException)
                {
                    return false;
                }
                catch (FormatException)
                {
                    return false;
                }
                catch (OverflowException)
                {
                    return false;
                }

            default:
                throw new ArgumentException($"Type \"{type}\" is not an input type.", nameof(type));
        }
    }

    private static bool TryConvertList(ValueNode literal, ListType list, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ListValueNode items)
        {
            if (!TryConvert(literal, list.OfType, variables, out var single))
            {
                return false;
            }

            value = new List<object?> { single };
            return true;
        }

        var result = new List<object?>(items.Values.Count);
        foreach (var item in items.Values)
        {
            if (!TryConvert(item, list.OfType, variables, out var itemValue))
            {
                var missingOrNullVariable = item is VariableNode v && (variables is null || !variables.TryGetValue(v.Name.Value, out var given) || given is null);
                if (!missingOrNullVariable || list.OfType is NonNullType)
                {
                    return false;
                }

                itemValue = null;
            }

            result.Add(itemValue);
        }

        value = result;
        return true;
    }

    private static bool TryConvertObject(ValueNode literal, InputObjectType input, IReadOnlyDictionary<string, object?>? variables, out object? value)
    {
        value = null;
        if (literal is not ObjectValueNode obj)
        {
            return false;
        }

        var given = new Dictionary<string, ObjectFieldNode>(obj.Fields.Count, StringComparer.Ordinal);
        foreach (var field in obj.Fields)
        {
            if (input.GetField(field.Name.Value) is null)
            {
                return false;
            }

            given[field.Name.Value] = field;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in input.Fields)
        {
            if (!given.TryGetValue(field.Name, out var fieldNode)
                || (fieldNode.Value is VariableNode v && (variables is null || !variables.ContainsKey(v.Name.Value))))
            {
                if (field.IsRequired)
                {
                    return false;
                }

                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }

                continue;
            }

            if (!TryConvert(fieldNode.Value, field.Type, variables, out var fieldValue))
            {
                return false;
            }

            result[field.Name] = fieldValue;
        }

        if (input.IsOneOf)
        {
            if (given.Count != 1 || result.Count != 1)
            {
                return false;
            }

            var only = given.Values.First();
            if (only.Value is NullValueNode || result[only.Name.Value] is null)
            {
                return false;
            }
        }

        value = result;
        return true;
    }
}
