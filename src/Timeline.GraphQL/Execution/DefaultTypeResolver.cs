using System.Collections;
using System.Text.Json;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Execution;

/// <summary>
/// Names the object type of a value of an interface or union without a type resolver, as graphql-js does: the value's
/// <c>__typename</c> entry, else the first possible type whose IsTypeOf accepts it; code-first types also match by CLR type.
/// </summary>
internal static class DefaultTypeResolver
{
    /// <summary>
    /// The type name found in the value itself, else by asking the possible types; <paramref name="context"/> is only
    /// called when an IsTypeOf check needs one.
    /// </summary>
    public static string? Resolve(Schema schema, NamedType abstractType, object? value, Func<IResolveFieldContext> context) =>
        ReadTypeName(value) ?? ResolveByTypes(schema, abstractType, value, context);

    /// <summary>The value's own <c>__typename</c> entry, or null.</summary>
    public static string? ReadTypeName(object? value) => value switch
    {
        IReadOnlyDictionary<string, object?> map => map.TryGetValue("__typename", out var name) ? name as string : null,
        IDictionary<string, object?> dictionary => dictionary.TryGetValue("__typename", out var entry) ? entry as string : null,
        JsonElement { ValueKind: JsonValueKind.Object } element =>
            element.TryGetProperty("__typename", out var property) && property.ValueKind == JsonValueKind.String ? property.GetString() : null,
        IDictionary untyped => untyped.Contains("__typename") ? untyped["__typename"] as string : null,
        _ => null,
    };

    public static string? ResolveByTypes(Schema schema, NamedType abstractType, object? value, Func<IResolveFieldContext> context)
    {
        var possible = schema.GetPossibleTypes(abstractType);
        foreach (var type in possible)
        {
            if (type.IsTypeOf is { } isTypeOf && isTypeOf(value, context()))
            {
                return type.Name;
            }
        }

        if (value is not null)
        {
            var runtime = value.GetType();
            foreach (var type in possible)
            {
                if (type.RuntimeType is { } bound && bound.IsAssignableFrom(runtime))
                {
                    return type.Name;
                }
            }
        }

        return null;
    }
}
