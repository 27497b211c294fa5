using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Timeline.GraphQL.Types;

/// <summary>Typed access to a resolver's parent, arguments, services and per-request items.</summary>
public static class ResolveFieldContextExtensions
{
    private static readonly JsonSerializerOptions ArgumentJson = new()
    {
        PropertyNameCaseInsensitive = true,
        Converters = { new JsonStringEnumConverter() },
    };

    /// <summary>The parent value as <typeparamref name="T"/>; throws naming the field when it is something else.</summary>
    public static T Parent<T>(this IResolveFieldContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Parent is T parent
            ? parent
            : throw new InvalidCastException($"The parent of field \"{context.ParentType.Name}.{context.FieldDefinition.Name}\" is {Describe(context.Parent)}, not {typeof(T).Name}.");
    }

    public static bool HasArgument(this IResolveFieldContext context, string name)
    {
        ArgumentNullException.ThrowIfNull(context);
        return context.Arguments.ContainsKey(name);
    }

    /// <summary>
    /// The argument as <typeparamref name="T"/>, or <paramref name="fallback"/> when absent or null.
    /// Numbers convert between .NET numeric types, enum names to C# enums, input objects (and lists of them) to
    /// classes or records with matching property names; anything else must already be a <typeparamref name="T"/>.
    /// </summary>
    public static T? GetArgument<T>(this IResolveFieldContext context, string name, T? fallback = default)
    {
        ArgumentNullException.ThrowIfNull(context);
        if (!context.Arguments.TryGetValue(name, out var value) || value is null)
        {
            return fallback;
        }

        if (value is T typed)
        {
            return typed;
        }

        var target = Nullable.GetUnderlyingType(typeof(T)) ?? typeof(T);
        if (value is IConvertible && (target.IsPrimitive || target == typeof(decimal)))
        {
            return (T)Convert.ChangeType(value, target, CultureInfo.InvariantCulture);
        }

        if (target.IsEnum && value is string text && Enum.TryParse(target, text, ignoreCase: true, out var parsed))
        {
            return (T)parsed;
        }

        if (value is IReadOnlyDictionary<string, object?> or IReadOnlyList<object?> && !target.IsPrimitive && target != typeof(string))
        {
            // An input object (or a list of them) into a class or record of the caller's, by matching names.
            try
            {
                return JsonSerializer.SerializeToElement(value, ArgumentJson).Deserialize<T>(ArgumentJson);
            }
            catch (JsonException e)
            {
                throw new InvalidCastException($"Argument \"{name}\" of field \"{context.ParentType.Name}.{context.FieldDefinition.Name}\" does not fit {typeof(T).Name}: {e.Message}", e);
            }
        }

        throw new InvalidCastException($"Argument \"{name}\" of field \"{context.ParentType.Name}.{context.FieldDefinition.Name}\" is {Describe(value)}, not {typeof(T).Name}.");
    }

    /// <summary>A required service from the request's provider; throws naming the service when missing.</summary>
    public static T Service<T>(this IResolveFieldContext context)
        where T : notnull
    {
        ArgumentNullException.ThrowIfNull(context);
        var service = context.Services?.GetService(typeof(T));
        return service is T typed
            ? typed
            : throw new InvalidOperationException($"No service of type {typeof(T).FullName} is registered for field \"{context.ParentType.Name}.{context.FieldDefinition.Name}\".");
    }

    /// <summary>A per-request item, created by <paramref name="create"/> on first use (e.g. one data loader per request).</summary>
    public static T GetOrAddItem<T>(this IResolveFieldContext context, string key, Func<IResolveFieldContext, T> create)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(create);
        if (context.Items.TryGetValue(key, out var existing) && existing is T item)
        {
            return item;
        }

        var created = create(context);
        context.Items[key] = created;
        return created;
    }

    private static string Describe(object? value) => value is null ? "null" : "a " + value.GetType().Name;
}
