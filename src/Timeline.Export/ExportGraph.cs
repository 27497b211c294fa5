using Timeline.Domain.Model;

namespace Timeline.Export;

/// <summary>The derived graph, every list sorted by ids so equal graphs give equal files.</summary>
/// <param name="Entities">Entities by id.</param>
/// <param name="Events">Events by id, each with participants, sources and conflicts.</param>
/// <param name="EntityRelations">Entity links by type, subject, object.</param>
/// <param name="EventRelations">Event links by type, subject, object.</param>
/// <param name="MentionEntities">Which entity each mention ("{articleId}#{key}") belongs to, by mention id.</param>
public sealed record ExportGraph(
    IReadOnlyList<Entity> Entities,
    IReadOnlyList<ExportedEvent> Events,
    IReadOnlyList<EntityRelation> EntityRelations,
    IReadOnlyList<EventRelation> EventRelations,
    IReadOnlyList<KeyValuePair<string, string>> MentionEntities);
