namespace Timeline.Domain.Model;

/// <summary>How one entity relates to another.</summary>
public enum EntityRelationType
{
    MemberOf,
    Leads,
    PartOf,
    AlliedWith,
}
