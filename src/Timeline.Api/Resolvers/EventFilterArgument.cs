using Timeline.Domain.Ports;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>Reads the <c>where: EventFilter</c> argument (already coerced by the engine) into the store's filter.</summary>
internal static class EventFilterArgument
{
    public static EventFilter Read(IResolveFieldContext context)
    {
        if (context.GetArgument<object?>("where") is not IReadOnlyDictionary<string, object?> where) return EventFilter.None;
        return new EventFilter
        {
            EntityIds = Strings(where, "entities"),
            Types = Strings(where, "types"),
            PlaceIds = Strings(where, "places"),
            Tags = Strings(where, "tags"),
            ArticleIds = Strings(where, "articles"),
            Text = where.GetValueOrDefault("text") as string,
            MinSources = where.GetValueOrDefault("minSources") as int?,
            MaxSources = where.GetValueOrDefault("maxSources") as int?,
            From = where.GetValueOrDefault("from") as DateOnly?,
            To = where.GetValueOrDefault("to") as DateOnly?,
        };
    }

    /// <summary>The filter with the entity of an <c>Entity.timeline</c> field added: its events, further narrowed by the rest of the filter.</summary>
    public static EventFilter ForEntity(EventFilter filter, string entityId)
    {
        ArgumentNullException.ThrowIfNull(filter);
        return filter with { EntityIds = [entityId] };
    }

    private static List<string>? Strings(IReadOnlyDictionary<string, object?> where, string name) =>
        where.GetValueOrDefault(name) is IEnumerable<object?> values ? values.OfType<string>().ToList() : null;
}
