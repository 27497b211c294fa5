using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace Timeline.GraphQL.Types;

/// <summary>
/// The resolver of fields that have none: the parent's dictionary entry, JSON property, or public property,
/// field or parameterless method of the field's name (exact name first, then ignoring case).
/// Member accessors are compiled once per CLR type and name.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Accessors = new();

    public static FieldResolver Instance { get; } = static context =>
        new ValueTask<object?>(Read(context.Parent, context.FieldDefinition.Name));

    /// <summary>The value named <paramref name="name"/> on <paramref name="parent"/>, or null when it has none.</summary>
    public static object? Read(object? parent, string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> readOnly:
                return readOnly.TryGetValue(name, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(name, out var entry) ? entry : null;
            case JsonElement { ValueKind: JsonValueKind.Object } json:
                return json.TryGetProperty(name, out var property) ? property : null;
            case JsonElement:
                return null;
            case IDictionary untyped:
                return untyped.Contains(name) ? untyped[name] : null;
        }

        var accessor = Accessors.GetOrAdd((parent.GetType(), name), static key => CreateAccessor(key.Type, key.Name));
        return accessor?.Invoke(parent);
    }

    private static Func<object, object?>? CreateAccessor(Type type, string name)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance;
        MemberInfo? member = type.GetProperty(name, Flags) ?? (MemberInfo?)type.GetField(name, Flags);
        member ??= type.GetProperties(Flags).FirstOrDefault(p => p.GetIndexParameters().Length == 0 && string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase));
        member ??= type.GetFields(Flags).FirstOrDefault(f => string.Equals(f.Name, name, StringComparison.OrdinalIgnoreCase));
        member ??= type.GetMethods(Flags).FirstOrDefault(m => m.GetParameters().Length == 0 && m.ReturnType != typeof(void) && !m.IsGenericMethodDefinition
            && (string.Equals(m.Name, name, StringComparison.OrdinalIgnoreCase) || string.Equals(m.Name, "Get" + name, StringComparison.OrdinalIgnoreCase)));
        if (member is null || (member is PropertyInfo p && (p.GetIndexParameters().Length > 0 || p.GetMethod is null)))
        {
            return null;
        }

        var instance = Expression.Parameter(typeof(object), "instance");
        var typed = Expression.Convert(instance, type);
        Expression read = member switch
        {
            PropertyInfo property => Expression.Property(typed, property),
            FieldInfo field => Expression.Field(typed, field),
            _ => Expression.Call(typed, (MethodInfo)member),
        };
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
    }
}
