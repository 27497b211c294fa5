namespace Timeline.Domain.Model;

public enum EntityKind { Person, Organization, Place }
