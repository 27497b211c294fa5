namespace Timeline.Ingestion.Time;

/// <summary>
/// What a slot must wait for before it can be resolved: nothing, the slot of its anchor event,
/// or nothing ever because its anchor is unusable (<see cref="Error"/>).
/// </summary>
internal readonly record struct AnchorDependency(int? Slot, string? Error)
{
    public static AnchorDependency None => default;

    /// <summary>
    /// The dependency of each slot. An anchor must name exactly one event of the document; an
    /// expression with an explicit value does not wait for its anchor, since the value wins.
    /// </summary>
    public static AnchorDependency[] Of(IReadOnlyList<TimeSlot> slots)
    {
        var events = new Dictionary<string, List<int>>(StringComparer.Ordinal);
        for (var i = 0; i < slots.Count; i++)
        {
            if (slots[i].EventKey is { } key)
            {
                if (!events.TryGetValue(key, out var list))
                    events[key] = list = [];
                list.Add(i);
            }
        }

        var dependencies = new AnchorDependency[slots.Count];
        for (var i = 0; i < slots.Count; i++)
        {
            var expression = slots[i].Expression;
            if (expression.Anchor is not { } anchor)
                continue;
            if (!events.TryGetValue(anchor, out var targets))
                dependencies[i] = new AnchorDependency(null, $"anchor '{anchor}' names no event of this document");
            else if (targets.Count > 1)
                dependencies[i] = new AnchorDependency(null, $"anchor '{anchor}' is ambiguous: {targets.Count} events have that key");
            else if (expression.Value is null)
                dependencies[i] = new AnchorDependency(targets[0], null);
        }
        return dependencies;
    }
}
