namespace Timeline.GraphQL.Validation;

/// <summary>
/// Pairs of a flattened field set (by identity) and a fragment name already compared, with whether the comparison
/// assumed the parents mutually exclusive: a comparison without that assumption covers one with it.
/// </summary>
internal sealed class FieldsAndFragmentPairSet
{
    private readonly Dictionary<object, Dictionary<string, bool>> _pairs = new(ReferenceEqualityComparer.Instance);

    public bool Contains(object fieldMap, string fragmentName, bool areMutuallyExclusive) =>
        _pairs.TryGetValue(fieldMap, out var fragments)
        && fragments.TryGetValue(fragmentName, out var storedExclusive)
        && (areMutuallyExclusive || !storedExclusive);

    public void Add(object fieldMap, string fragmentName, bool areMutuallyExclusive)
    {
        if (!_pairs.TryGetValue(fieldMap, out var fragments))
        {
            fragments = new Dictionary<string, bool>(StringComparer.Ordinal);
            _pairs[fieldMap] = fragments;
        }

        fragments[fragmentName] = areMutuallyExclusive;
    }
}
