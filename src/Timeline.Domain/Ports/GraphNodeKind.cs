namespace Timeline.Domain.Ports;

/// <summary>The two kinds of node in the explorable graph.</summary>
public enum GraphNodeKind
{
    Event,
    Entity,
}
