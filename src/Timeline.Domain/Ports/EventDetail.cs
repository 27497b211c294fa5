using Timeline.Domain.Model;

namespace Timeline.Domain.Ports;

/// <summary>An event with everything known about it: who took part, links, sources and disagreements.</summary>
public sealed record EventDetail(
    Event Event,
    IReadOnlyList<Participation> Participants,
    IReadOnlyList<EventRelation> Relations,
    IReadOnlyList<EventSource> Sources,
    IReadOnlyList<Conflict> Conflicts);
