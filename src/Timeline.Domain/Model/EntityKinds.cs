namespace Timeline.Domain.Model;

/// <summary>The wire names of entity kinds ("person", "organization", "place").</summary>
public static class EntityKinds
{
    /// <summary>Parses a lower-case kind name.</summary>
    public static bool TryParse(string name, out EntityKind kind)
    {
        switch (name)
        {
            case "person": kind = EntityKind.Person; return true;
            case "organization": kind = EntityKind.Organization; return true;
            case "place": kind = EntityKind.Place; return true;
            default: kind = default; return false;
        }
    }

    /// <summary>Parses a stored kind name; an unknown name is a broken invariant, not bad input.</summary>
    public static EntityKind Parse(string name) =>
        TryParse(name, out var kind) ? kind : throw new FormatException($"\"{name}\" is not an entity kind (person, organization, place).");

    /// <summary>The lower-case wire name of a kind.</summary>
    public static string Name(EntityKind kind) => kind switch
    {
        EntityKind.Person => "person",
        EntityKind.Organization => "organization",
        EntityKind.Place => "place",
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Unknown entity kind."),
    };
}
