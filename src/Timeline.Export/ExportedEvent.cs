using Timeline.Domain.Model;
using Timeline.Domain.Ports;

namespace Timeline.Export;

/// <summary>An event with what hangs off it: who took part, which articles report it, where they disagree.</summary>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1716", Justification = "Event is the domain's own word.")]
public sealed record ExportedEvent(
    Event Event,
    IReadOnlyList<Participation> Participants,
    IReadOnlyList<EventSource> Sources,
    IReadOnlyList<Conflict> Conflicts);
