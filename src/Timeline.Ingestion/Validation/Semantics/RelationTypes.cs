namespace Timeline.Ingestion.Validation.Semantics;

/// <summary>Which relation types link events and which link entities; partOf links either, within one kind.</summary>
internal static class RelationTypes
{
    public const string PartOf = "partOf";

    public static IReadOnlySet<string> BetweenEvents { get; } = new HashSet<string>(StringComparer.Ordinal) { "caused", "responseTo", "followedBy" };

    public static IReadOnlySet<string> BetweenEntities { get; } = new HashSet<string>(StringComparer.Ordinal) { "memberOf", "leads", "alliedWith" };
}
