using System.Globalization;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Utilities;

/// <summary>
/// A runtime value of an input type back to a literal (graphql-js's astFromValue): leaves are serialized by their
/// type first, so an enum's runtime value prints as its name. Null when the value cannot be expressed.
/// </summary>
public static class AstFromValue
{
    public static ValueNode? Convert(object? value, GraphQLType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        if (type is NonNullType nonNull)
        {
            var inner = Convert(value, nonNull.OfType);
            return inner is NullValueNode ? null : inner;
        }

        if (ExternalValue.IsNull(value))
        {
            return new NullValueNode();
        }

        switch (type)
        {
            case ListType list:
                if (ExternalValue.TryGetList(value, out var items))
                {
                    var nodes = new List<ValueNode>();
                    foreach (var item in items)
                    {
                        if (Convert(item, list.OfType) is { } node)
                        {
                            nodes.Add(node);
                        }
                    }

                    return new ListValueNode(nodes);
                }

                return Convert(value, list.OfType);
            case InputObjectType input:
                if (!ExternalValue.TryGetObject(value, out var pairs))
                {
                    return null;
                }

                var given = pairs.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
                var fields = new List<ObjectFieldNode>();
                foreach (var field in input.Fields)
                {
                    if (given.TryGetValue(field.Name, out var fieldValue) && Convert(fieldValue, field.Type) is { } node)
                    {
                        fields.Add(new ObjectFieldNode(new NameNode(field.Name), node));
                    }
                }

                return new ObjectValueNode(fields);
            case EnumType enumType:
                var name = enumType.FindByRuntimeValue(ExternalValue.Unwrap(value))?.Name;
                return name is null ? null : new EnumValueNode(name);
            case ScalarType scalar:
                return FromSerialized(scalar, SafeSerialize(scalar, value));
            default:
                throw new ArgumentException($"Type \"{type}\" is not an input type.", nameof(type));
        }
    }

    private static object? SafeSerialize(ScalarType scalar, object? value)
    {
        try
        {
            return scalar.CoerceOutputValue(value);
        }
        catch (ValueCoercionException)
        {
            return null;
        }
    }

    private static ValueNode? FromSerialized(ScalarType scalar, object? serialized)
    {
        serialized = ExternalValue.Unwrap(serialized);
        switch (serialized)
        {
            case null:
                return null;
            case bool b:
                return new BooleanValueNode(b);
            case string s:
                return scalar is IdScalarType && UntypedValue.IsIntegerText(s) ? new IntValueNode(s) : new StringValueNode(s);
        }

        if (ExternalValue.TryGetNumber(serialized, out var number))
        {
            if (!double.IsFinite(number))
            {
                return null;
            }

            var text = serialized is int or long or short or byte or sbyte or uint or ulong or ushort
                ? System.Convert.ToString(serialized, CultureInfo.InvariantCulture)!
                : JsNumber.Format(number);
            return UntypedValue.IsIntegerText(text) ? new IntValueNode(text) : new FloatValueNode(text);
        }

        // A custom scalar serializing to an object or list: express it untyped, as graphql-js 17's valueToLiteral does.
        return UntypedValue.ToAst(serialized);
    }
}
