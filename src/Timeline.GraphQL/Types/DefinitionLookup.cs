using System.Collections.Frozen;

namespace Timeline.GraphQL.Types;

/// <summary>
/// An ordered list of named definitions with O(1) lookup by name. When a name repeats, lookup finds the first;
/// schema validation reports the repetition, so building never fails half-way on it.
/// </summary>
internal sealed class DefinitionLookup<T>
    where T : class
{
    // Below this size a linear scan beats hashing and costs no dictionary per field.
    private const int ScanLimit = 6;
    private readonly T[] items;
    private readonly Func<T, string> nameOf;
    private readonly FrozenDictionary<string, T>? map;

    public DefinitionLookup(IEnumerable<T> source, Func<T, string> nameOf)
    {
        items = [.. source];
        this.nameOf = nameOf;
        if (items.Length > ScanLimit)
        {
            var first = new Dictionary<string, T>(items.Length, StringComparer.Ordinal);
            foreach (var item in items)
            {
                first.TryAdd(nameOf(item), item);
            }

            map = first.ToFrozenDictionary(StringComparer.Ordinal);
        }
    }

    public IReadOnlyList<T> Items => items;

    public T? Find(string name)
    {
        if (map is not null)
        {
            return map.GetValueOrDefault(name);
        }

        foreach (var item in items)
        {
            if (string.Equals(nameOf(item), name, StringComparison.Ordinal))
            {
                return item;
            }
        }

        return null;
    }
}
