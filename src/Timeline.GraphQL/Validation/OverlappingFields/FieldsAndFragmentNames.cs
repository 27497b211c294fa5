namespace Timeline.GraphQL.Validation;

/// <summary>
/// A selection set flattened for conflict search: its fields by response key (inline fragments merged in)
/// and the names of the fragments it spreads, each once, in order of appearance.
/// </summary>
internal sealed record FieldsAndFragmentNames(
    OrderedDictionary<string, List<FieldAndDefinition>> Fields,
    IReadOnlyList<string> FragmentNames);
