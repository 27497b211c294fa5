using Timeline.Domain.Time;
using Timeline.Ingestion.Documents;

namespace Timeline.Ingestion.Time;

/// <summary>
/// Resolves every time expression of a document — each event's <c>when</c>, each relation's
/// <c>start</c> and <c>end</c> — resolving anchor events before the expressions that name them.
/// Unknown and ambiguous anchors, anchor cycles, and anchors whose own time failed are reported
/// at the path of each expression they affect.
/// </summary>
public static class DocumentTimeResolver
{
    /// <summary>Resolves all of <paramref name="document"/>'s time expressions against <paramref name="published"/>.</summary>
    public static DocumentTimes Resolve(ArticleFactsDocument document, DateOnly published) =>
        Resolve(TimeSlot.AllOf(document), published);

    /// <summary>Resolves <paramref name="slots"/>; an anchor names a slot whose <see cref="TimeSlot.EventKey"/> matches.</summary>
    public static DocumentTimes Resolve(IReadOnlyList<TimeSlot> slots, DateOnly published)
    {
        ArgumentNullException.ThrowIfNull(slots);
        var dependencies = AnchorDependency.Of(slots);
        var results = new TimePointResult?[slots.Count];
        for (var i = 0; i < slots.Count; i++)
            ResolveChain(i, slots, dependencies, results, published);

        var times = new ResolvedTime[slots.Count];
        var eventTimes = new Dictionary<string, TimePoint>(StringComparer.Ordinal);
        var keyCounts = slots.Where(s => s.EventKey is not null).CountBy(s => s.EventKey!).ToDictionary(StringComparer.Ordinal);
        for (var i = 0; i < slots.Count; i++)
        {
            var result = results[i]!;
            times[i] = new ResolvedTime(slots[i].Path, result);
            if (slots[i].EventKey is { } key && keyCounts[key] == 1 && result.Succeeded)
                eventTimes[key] = result.Point;
        }
        return new DocumentTimes(times, eventTimes);
    }

    // Each slot waits for at most one other, so following the anchors from a slot walks a chain
    // that ends at a slot resolvable on its own, at one already resolved, or in a cycle. Walking
    // iteratively keeps long anchor chains off the call stack.
    private static void ResolveChain(
        int start, IReadOnlyList<TimeSlot> slots, AnchorDependency[] dependencies, TimePointResult?[] results, DateOnly published)
    {
        var chain = new List<int>();
        var position = new Dictionary<int, int>();
        for (var current = start; results[current] is null;)
        {
            position[current] = chain.Count;
            chain.Add(current);
            var dependency = dependencies[current];
            if (dependency.Error is not null)
            {
                results[current] = TimePointResult.Failure(dependency.Error);
                break;
            }
            if (dependency.Slot is not { } next)
            {
                results[current] = TimeExpressionResolver.Resolve(slots[current].Expression, published);
                break;
            }
            if (position.TryGetValue(next, out var cycleStart))
            {
                FailCycle(chain.Skip(cycleStart).ToList(), slots, results);
                break;
            }
            current = next;
        }

        for (var k = chain.Count - 1; k >= 0; k--)
        {
            var slot = chain[k];
            if (results[slot] is null)
                results[slot] = ResolveOnAnchor(slots[slot], slots[dependencies[slot].Slot!.Value], results[dependencies[slot].Slot!.Value]!, published);
        }
    }

    private static TimePointResult ResolveOnAnchor(TimeSlot slot, TimeSlot anchorSlot, TimePointResult anchor, DateOnly published)
    {
        if (!anchor.Succeeded)
            return TimePointResult.Failure($"anchor '{anchorSlot.EventKey}' has no resolved time (see {anchorSlot.Path})");
        var anchors = new Dictionary<string, TimePoint>(StringComparer.Ordinal) { [anchorSlot.EventKey!] = anchor.Point };
        return TimeExpressionResolver.Resolve(slot.Expression, published, anchors);
    }

    private static void FailCycle(List<int> cycle, IReadOnlyList<TimeSlot> slots, TimePointResult?[] results)
    {
        var keys = cycle.Select(i => slots[i].EventKey).Append(slots[cycle[0]].EventKey);
        var reason = "anchor cycle: " + string.Join(" -> ", keys) + "; one of these events needs a time of its own";
        foreach (var slot in cycle)
            results[slot] = TimePointResult.Failure(reason);
    }
}
