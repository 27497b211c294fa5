using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Building;

/// <summary>
/// What SDL alone cannot say: resolvers by type and field name, scalar implementations, type resolution
/// for interfaces and unions, and runtime values of enum values. Every name given must exist in the SDL.
/// </summary>
public sealed class SdlBuildOptions
{
    /// <summary><c>{ "Query": { "events": resolver } }</c>; fields without one use the default resolver.</summary>
    public Dictionary<string, Dictionary<string, FieldResolver>> Resolvers { get; } = new(StringComparer.Ordinal);

    /// <summary>Event streams of subscription fields, by type and field name.</summary>
    public Dictionary<string, Dictionary<string, SubscriptionResolver>> Subscribers { get; } = new(StringComparer.Ordinal);

    /// <summary>
    /// Coercion of custom scalars by name. The SDL keeps its description and @specifiedBy; the given scalar's four
    /// coercion methods are used. Scalars without one pass values through unchanged.
    /// </summary>
    public Dictionary<string, ScalarType> Scalars { get; } = new(StringComparer.Ordinal);

    /// <summary>Type resolvers of interfaces and unions by name; the default reads <c>__typename</c> or asks <c>IsTypeOf</c>.</summary>
    public Dictionary<string, TypeResolver> TypeResolvers { get; } = new(StringComparer.Ordinal);

    /// <summary>IsTypeOf checks of object types by name.</summary>
    public Dictionary<string, IsTypeOfCheck> IsTypeOf { get; } = new(StringComparer.Ordinal);

    /// <summary>Runtime values of enum values: <c>{ "Precision": { "DAY": Precision.Day } }</c>; by default the name.</summary>
    public Dictionary<string, Dictionary<string, object>> EnumValues { get; } = new(StringComparer.Ordinal);

    /// <summary>Run the type-system rules after building (on by default); a broken schema throws <see cref="SchemaValidationException"/>.</summary>
    public bool Validate { get; init; } = true;
}
