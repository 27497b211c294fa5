using System.Collections.Concurrent;

namespace Timeline.GraphQL.Execution;

/// <summary>
/// Prepared documents by query text, so that a repeated query is neither parsed nor validated nor planned again.
/// Bounded: past its capacity the least recently used quarter is dropped in one sweep, which keeps hits lock-free.
/// </summary>
internal sealed class DocumentCache(int capacity)
{
    private readonly ConcurrentDictionary<string, Entry> entries = new(StringComparer.Ordinal);
    private readonly Lock evictionGate = new();
    private int count;

    public int Count => Volatile.Read(ref count);

    public PreparedDocument GetOrAdd(string query, Func<string, PreparedDocument> prepare)
    {
        if (capacity <= 0)
        {
            return prepare(query);
        }

        if (entries.TryGetValue(query, out var hit))
        {
            hit.LastUse = Environment.TickCount64;
            return hit.Document;
        }

        var entry = new Entry(prepare(query)) { LastUse = Environment.TickCount64 };
        if (entries.TryAdd(query, entry) && Interlocked.Increment(ref count) > capacity)
        {
            Evict();
        }

        return entry.Document;
    }

    private void Evict()
    {
        lock (evictionGate)
        {
            var excess = Volatile.Read(ref count) - (capacity * 3 / 4);
            if (excess <= 0)
            {
                return;
            }

            var snapshot = entries.ToArray();
            Array.Sort(snapshot, static (a, b) => a.Value.LastUse.CompareTo(b.Value.LastUse));
            for (var i = 0; i < excess && i < snapshot.Length; i++)
            {
                if (entries.TryRemove(snapshot[i].Key, out _))
                {
                    Interlocked.Decrement(ref count);
                }
            }
        }
    }

    private sealed class Entry(PreparedDocument document)
    {
        public PreparedDocument Document { get; } = document;

        public long LastUse { get; set; }
    }
}
