using System.Collections;
using System.Collections.Concurrent;
using System.Linq.Expressions;
using System.Reflection;
using System.Text.Json;

namespace Timeline.GraphQL.Execution;

/// <summary>
/// The value of a field without a resolver: the parent's entry of the same name. Dictionaries and JSON objects are read
/// by key; other objects by a public property or field of that name (exact, else ignoring case, so <c>title</c> finds
/// <c>Title</c>), read through a compiled accessor cached per type.
/// </summary>
public static class DefaultFieldResolver
{
    private static readonly ConcurrentDictionary<(Type Type, string Name), Func<object, object?>?> Accessors = new();

    public static object? Resolve(object? parent, string fieldName)
    {
        ArgumentNullException.ThrowIfNull(fieldName);
        switch (parent)
        {
            case null:
                return null;
            case IReadOnlyDictionary<string, object?> map:
                return map.TryGetValue(fieldName, out var value) ? value : null;
            case IDictionary<string, object?> dictionary:
                return dictionary.TryGetValue(fieldName, out var entry) ? entry : null;
            case JsonElement { ValueKind: JsonValueKind.Object } element:
                return element.TryGetProperty(fieldName, out var property) && property.ValueKind != JsonValueKind.Null ? property : null;
            case IDictionary untyped:
                return untyped.Contains(fieldName) ? untyped[fieldName] : null;
        }

        var accessor = Accessors.GetOrAdd((parent.GetType(), fieldName), static key => CreateAccessor(key.Type, key.Name));
        return accessor?.Invoke(parent);
    }

    private static Func<object, object?>? CreateAccessor(Type type, string name)
    {
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Instance;
        MemberInfo? member = type.GetProperty(name, Flags) is { GetMethod: not null, } exact && exact.GetIndexParameters().Length == 0
            ? exact
            : (MemberInfo?)FindIgnoringCase(type.GetProperties(Flags), name) ?? type.GetField(name, Flags) ?? FindIgnoringCase(type.GetFields(Flags), name);
        if (member is null)
        {
            return null;
        }

        var instance = Expression.Parameter(typeof(object), "parent");
        var typed = Expression.Convert(instance, type);
        Expression read = member is PropertyInfo property ? Expression.Property(typed, property) : Expression.Field(typed, (FieldInfo)member);
        return Expression.Lambda<Func<object, object?>>(Expression.Convert(read, typeof(object)), instance).Compile();
    }

    private static T? FindIgnoringCase<T>(T[] members, string name)
        where T : MemberInfo
    {
        foreach (var member in members)
        {
            if (string.Equals(member.Name, name, StringComparison.OrdinalIgnoreCase)
                && (member is not PropertyInfo p || (p.GetMethod is not null && p.GetIndexParameters().Length == 0)))
            {
                return member;
            }
        }

        return null;
    }
}
