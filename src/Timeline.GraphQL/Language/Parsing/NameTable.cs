using System.Collections.Concurrent;

namespace Timeline.GraphQL.Language;

/// <summary>
/// Shares the strings of names across parses: the same field and type names recur in every request, so
/// looking them up by span saves an allocation per name. Bounded, so hostile documents cannot grow it
/// without limit; past the bound (or for long names) names are simply allocated.
/// </summary>
internal static class NameTable
{
    private const int MaxNameLength = 64;
    private const int MaxEntries = 50_000;

    private static readonly ConcurrentDictionary<string, string> Names = new(StringComparer.Ordinal);
    private static readonly ConcurrentDictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> Lookup =
        Names.GetAlternateLookup<ReadOnlySpan<char>>();

    private static int _count;

    public static string Get(ReadOnlySpan<char> name)
    {
        if (name.Length > MaxNameLength)
        {
            return new string(name);
        }

        if (Lookup.TryGetValue(name, out var shared))
        {
            return shared;
        }

        var created = new string(name);
        if (Volatile.Read(ref _count) < MaxEntries && Names.TryAdd(created, created))
        {
            Interlocked.Increment(ref _count);
        }

        return created;
    }
}
