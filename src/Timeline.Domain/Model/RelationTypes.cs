using System.Diagnostics.CodeAnalysis;

namespace Timeline.Domain.Model;

/// <summary>The wire names of relation types ("responseTo", "memberOf", ...) and their enum values.</summary>
public static class RelationTypes
{
    private static readonly Dictionary<string, EventRelationType> EventTypes = new(StringComparer.Ordinal)
    {
        ["caused"] = EventRelationType.Caused,
        ["responseTo"] = EventRelationType.ResponseTo,
        ["partOf"] = EventRelationType.PartOf,
        ["followedBy"] = EventRelationType.FollowedBy,
    };

    private static readonly Dictionary<string, EntityRelationType> EntityTypes = new(StringComparer.Ordinal)
    {
        ["memberOf"] = EntityRelationType.MemberOf,
        ["leads"] = EntityRelationType.Leads,
        ["partOf"] = EntityRelationType.PartOf,
        ["alliedWith"] = EntityRelationType.AlliedWith,
    };

    /// <summary>Parses an event-to-event relation name.</summary>
    public static bool TryParseEventType(string name, out EventRelationType type) => EventTypes.TryGetValue(name, out type);

    /// <summary>Parses an entity-to-entity relation name.</summary>
    public static bool TryParseEntityType(string name, out EntityRelationType type) => EntityTypes.TryGetValue(name, out type);

    /// <summary>The wire name of an event relation type.</summary>
    public static string Name(EventRelationType type) => EventTypes.First(p => p.Value == type).Key;

    /// <summary>The wire name of an entity relation type.</summary>
    public static string Name(EntityRelationType type) => EntityTypes.First(p => p.Value == type).Key;

    /// <summary>Which ends a relation type name connects, when it names exactly one kind of ends.</summary>
    public static bool TryGetEnds(string name, [NotNullWhen(true)] out RelationEnds? ends)
    {
        var isEvent = EventTypes.ContainsKey(name);
        var isEntity = EntityTypes.ContainsKey(name);
        ends = isEvent && !isEntity ? RelationEnds.Events : isEntity && !isEvent ? RelationEnds.Entities : null;
        return ends is not null;
    }
}
