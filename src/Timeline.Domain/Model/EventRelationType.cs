namespace Timeline.Domain.Model;

/// <summary>How one event relates to another.</summary>
public enum EventRelationType
{
    Caused,
    ResponseTo,
    PartOf,
    FollowedBy,
}
