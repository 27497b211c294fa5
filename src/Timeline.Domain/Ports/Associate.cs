using Timeline.Domain.Model;

namespace Timeline.Domain.Ports;

/// <summary>An entity that took part in events together with another, and in how many.</summary>
public sealed record Associate(Entity Entity, int SharedEvents);
