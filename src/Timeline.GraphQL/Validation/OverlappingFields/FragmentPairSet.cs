namespace Timeline.GraphQL.Validation;

/// <summary>
/// Pairs of fragment names already compared, in either order, with whether the comparison assumed the parents
/// mutually exclusive: a comparison without that assumption covers one with it, not the other way round.
/// </summary>
internal sealed class FragmentPairSet
{
    private readonly Dictionary<(string, string), bool> _pairs = [];

    public bool Contains(string a, string b, bool areMutuallyExclusive)
    {
        if (!_pairs.TryGetValue(Key(a, b), out var storedExclusive))
        {
            return false;
        }

        return areMutuallyExclusive || !storedExclusive;
    }

    public void Add(string a, string b, bool areMutuallyExclusive) => _pairs[Key(a, b)] = areMutuallyExclusive;

    private static (string, string) Key(string a, string b) => string.CompareOrdinal(a, b) < 0 ? (a, b) : (b, a);
}
