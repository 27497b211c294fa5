using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Utilities;

/// <summary>
/// Coerces an external input value (a variable's JSON value, as <see cref="System.Text.Json.JsonElement"/> or CLR values)
/// to the runtime value of an input type, reporting every problem with its path (graphql-js's coerceInputValue).
/// Runtime values: Int → int, Float → double, String/ID → string, Boolean → bool, enum → its runtime value,
/// list → <see cref="List{T}"/> of object?, input object → <see cref="Dictionary{TKey,TValue}"/> of string to object?.
/// </summary>
public static class CoerceInputValue
{
    /// <summary>The coerced value; problems go to <paramref name="onError"/>, and the result is then meaningless.</summary>
    public static object? Coerce(object? input, GraphQLType type, Action<InputCoercionError>? onError = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        var errors = onError ?? (_ => { });
        return Coerce(input, type, errors, []);
    }

    /// <summary>True with the value when the input is valid; false with every problem otherwise.</summary>
    public static bool TryCoerce(object? input, GraphQLType type, out object? value, out IReadOnlyList<InputCoercionError> errors)
    {
        var found = new List<InputCoercionError>();
        value = Coerce(input, type, found.Add);
        errors = found;
        return found.Count == 0;
    }

    private static object? Coerce(object? input, GraphQLType type, Action<InputCoercionError> onError, List<object> path)
    {
        if (type is NonNullType nonNull)
        {
            if (!ExternalValue.IsNull(input))
            {
                return Coerce(input, nonNull.OfType, onError, path);
            }

            onError(new InputCoercionError([.. path], input, $"Expected non-nullable type \"{type}\" not to be null."));
            return null;
        }

        if (ExternalValue.IsNull(input))
        {
            return null;
        }

        switch (type)
        {
            case ListType list:
                if (ExternalValue.TryGetList(input, out var items))
                {
                    var result = new List<object?>();
                    var index = 0;
                    foreach (var item in items)
                    {
                        path.Add(index);
                        result.Add(Coerce(item, list.OfType, onError, path));
                        path.RemoveAt(path.Count - 1);
                        index++;
                    }

                    return result;
                }

                // A single value where a list is expected is a list of one.
                return new List<object?> { Coerce(input, list.OfType, onError, path) };
            case InputObjectType inputObject:
                return CoerceObject(input, inputObject, onError, path);
            case EnumType enumType:
                try
                {
                    return enumType.CoerceInputValue(input);
                }
                catch (ValueCoercionException e)
                {
                    onError(new InputCoercionError([.. path], input, e.Message));
                    return null;
                }

            case ScalarType scalar:
                try
                {
                    return scalar.CoerceInputValue(input);
                }
                catch (ValueCoercionException e)
                {
                    onError(new InputCoercionError([.. path], input, e.Message));
                    return null;
                }
                catch (Exception e) when (e is FormatException or InvalidCastException or OverflowException or ArgumentException)
                {
                    // A custom scalar threw a general exception: say which type refused the value.
                    onError(new InputCoercionError([.. path], input, $"Expected type \"{scalar.Name}\". {e.Message}"));
                    return null;
                }

            default:
                throw new ArgumentException($"Type \"{type}\" is not an input type.", nameof(type));
        }
    }

    private static Dictionary<string, object?>? CoerceObject(object? input, InputObjectType type, Action<InputCoercionError> onError, List<object> path)
    {
        if (!ExternalValue.TryGetObject(input, out var pairs))
        {
            onError(new InputCoercionError([.. path], input, $"Expected type \"{type.Name}\" to be an object."));
            return null;
        }

        var given = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var (name, value) in pairs)
        {
            given[name] = value;
        }

        var result = new Dictionary<string, object?>(StringComparer.Ordinal);
        foreach (var field in type.Fields)
        {
            if (!given.TryGetValue(field.Name, out var fieldValue))
            {
                if (field.HasDefaultValue)
                {
                    result[field.Name] = field.DefaultValue;
                }
                else if (field.Type is NonNullType)
                {
                    onError(new InputCoercionError([.. path], input, $"Field \"{field.Name}\" of required type \"{field.Type}\" was not provided."));
                }

                continue;
            }

            path.Add(field.Name);
            result[field.Name] = Coerce(fieldValue, field.Type, onError, path);
            path.RemoveAt(path.Count - 1);
        }

        foreach (var name in given.Keys)
        {
            if (type.GetField(name) is null)
            {
                var suggestions = SuggestionList.Suggest(name, type.Fields.Select(f => f.Name));
                onError(new InputCoercionError([.. path], input, $"Field \"{name}\" is not defined by type \"{type.Name}\"." + DidYouMean.Format(suggestions)));
            }
        }

        if (type.IsOneOf)
        {
            if (given.Count != 1)
            {
                onError(new InputCoercionError([.. path], input, $"Exactly one key must be specified for OneOf type \"{type.Name}\"."));
            }
            else
            {
                var key = given.Keys.First();
                if (ExternalValue.IsNull(given[key]))
                {
                    onError(new InputCoercionError([.. path, key], given[key], $"Field \"{key}\" must be non-null."));
                }
            }
        }

        return result;
    }
}
