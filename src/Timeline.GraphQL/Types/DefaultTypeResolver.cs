using System.Collections;
using System.Text.Json;

namespace Timeline.GraphQL.Types;

/// <summary>
/// Names the object type of a value when the abstract type has no resolver of its own: a <c>__typename</c>
/// entry or JSON property, else the first possible type whose <see cref="ObjectType.IsTypeOf"/> accepts it,
/// else the first whose bound <see cref="ObjectType.RuntimeType"/> the value is an instance of.
/// </summary>
public static class DefaultTypeResolver
{
    public static TypeResolver Instance { get; } = static (value, context, abstractType) => new ValueTask<string?>(Resolve(value, context, abstractType));

    public static string? Resolve(object? value, IResolveFieldContext context, NamedType abstractType)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(abstractType);
        var typeName = value switch
        {
            IReadOnlyDictionary<string, object?> readOnly => readOnly.GetValueOrDefault("__typename") as string,
            IDictionary<string, object?> dictionary => dictionary.TryGetValue("__typename", out var name) ? name as string : null,
            JsonElement { ValueKind: JsonValueKind.Object } json => json.TryGetProperty("__typename", out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null,
            IDictionary untyped => untyped.Contains("__typename") ? untyped["__typename"] as string : null,
            _ => null,
        };
        if (typeName is not null)
        {
            return typeName;
        }

        var possibleTypes = context.Schema.GetPossibleTypes(abstractType);
        foreach (var type in possibleTypes)
        {
            if (type.IsTypeOf is { } isTypeOf && isTypeOf(value, context))
            {
                return type.Name;
            }
        }

        foreach (var type in possibleTypes)
        {
            if (type.RuntimeType is { } runtimeType && runtimeType.IsInstanceOfType(value))
            {
                return type.Name;
            }
        }

        return null;
    }
}
