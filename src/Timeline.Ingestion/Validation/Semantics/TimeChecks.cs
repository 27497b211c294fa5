using Timeline.Domain.Time;
using Timeline.Ingestion.Documents;

namespace Timeline.Ingestion.Validation.Semantics;

/// <summary>
/// Checks of time expressions the schema cannot make: that a value exists in the calendar, that a
/// range runs forwards, and that an anchor names another event. Only the explicit value is read:
/// the words in "text" are resolved later, against the publication date, by the pipeline.
/// </summary>
internal static class TimeChecks
{
    /// <summary>Returns the days the value covers, or null when there is no value or it is impossible.</summary>
    public static TimePoint? Check(SemanticContext context, TimeExpression time, string pointer, string? ownEventKey)
    {
        if (time.Anchor is { } anchor)
        {
            CheckAnchor(context, anchor, $"{pointer}/anchor", ownEventKey);
        }

        if (time.Value is not { } value)
        {
            return null;
        }

        var parsed = IsoTimeValue.Parse(value);
        if (parsed.Succeeded)
        {
            return parsed.Point;
        }

        context.Fail($"{pointer}/value", parsed.Error);
        return null;
    }

    private static void CheckAnchor(SemanticContext context, string anchor, string pointer, string? ownEventKey)
    {
        if (anchor == ownEventKey)
        {
            context.Fail(pointer, $"event '{anchor}' cannot be dated relative to itself");
            return;
        }

        if (context.Resolve(anchor, pointer, "event") is { IsEvent: false } fact)
        {
            context.Fail(pointer, $"'{anchor}' is {fact.Describe()}, but an anchor must be an event of this document");
        }
    }

    /// <summary>
    /// Anchors that loop ("a is days after b", "b is days after a") can never be resolved; each loop
    /// is reported once, at the event of the loop that comes first in the document.
    /// </summary>
    public static void CheckAnchorLoops(SemanticContext context)
    {
        var events = context.Document.Events;
        var anchorOf = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var @event in events)
        {
            if (@event.When.Anchor is { } anchor && anchor != @event.Key && context.Keys.TryGetValue(anchor, out var target) && target.IsEvent)
            {
                anchorOf.TryAdd(@event.Key, anchor);
            }
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < events.Count; i++)
        {
            var start = events[i].Key;
            var path = new List<string> { start };
            var current = start;
            while (anchorOf.TryGetValue(current, out var next) && path.Count <= anchorOf.Count)
            {
                if (next == start)
                {
                    if (path.TrueForAll(reported.Add))
                    {
                        context.Fail($"/events/{i}/when/anchor", $"anchors form a loop that can never be resolved: {string.Join(" -> ", path)} -> {start}");
                    }

                    break;
                }

                if (path.Contains(next))
                {
                    break;
                }

                path.Add(next);
                current = next;
            }
        }
    }
}
