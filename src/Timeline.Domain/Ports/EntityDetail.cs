using Timeline.Domain.Model;

namespace Timeline.Domain.Ports;

/// <summary>An entity with its relations and its most frequent co-participants.</summary>
public sealed record EntityDetail(Entity Entity, IReadOnlyList<EntityRelation> Relations, IReadOnlyList<Associate> Associates);
