using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Validation;

/// <summary>
/// Finds fields that share a response key but cannot be merged (graphql-js's algorithm): each selection set is
/// compared "within" itself once; after that only "between" comparisons are made, of a set against the fragments
/// it spreads, of those fragments against each other, and of the subselections of overlapping fields. Flattened
/// selection sets are cached, and pairs of fragments and of field sets and fragments memoized, so each is compared once.
/// </summary>
internal sealed class ConflictFinder(ValidationContext context)
{
    private readonly Dictionary<SelectionSetNode, FieldsAndFragmentNames> _cache = [];
    private readonly FragmentPairSet _comparedFragmentPairs = new();
    private readonly FieldsAndFragmentPairSet _comparedFieldsAndFragments = new();

    /// <summary>The conflicts within a selection set of the document, including those via the fragments it spreads.</summary>
    public List<Conflict> FindWithinSelectionSet(NamedType? parentType, SelectionSetNode selectionSet)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap, fragmentNames) = GetFieldsAndFragmentNames(parentType, selectionSet);

        // (A) The only place fields are compared within one collection.
        CollectConflictsWithin(conflicts, fieldMap);

        for (var i = 0; i < fragmentNames.Count; i++)
        {
            // (B) These fields against each spread fragment.
            CollectConflictsBetweenFieldsAndFragment(conflicts, false, fieldMap, fragmentNames[i]);

            // (C) Each spread fragment against the others spread alongside.
            for (var j = i + 1; j < fragmentNames.Count; j++)
            {
                CollectConflictsBetweenFragments(conflicts, false, fragmentNames[i], fragmentNames[j]);
            }
        }

        return conflicts;
    }

    private void CollectConflictsBetweenFieldsAndFragment(
        List<Conflict> conflicts,
        bool areMutuallyExclusive,
        OrderedDictionary<string, List<FieldAndDefinition>> fieldMap,
        string fragmentName)
    {
        // Memoized, so recursive fragments separated by fields cannot make the comparison endless.
        if (_comparedFieldsAndFragments.Contains(fieldMap, fragmentName, areMutuallyExclusive))
        {
            return;
        }

        _comparedFieldsAndFragments.Add(fieldMap, fragmentName, areMutuallyExclusive);
        if (context.GetFragment(fragmentName) is not { } fragment)
        {
            return;
        }

        var (fieldMap2, referencedFragmentNames) = GetReferencedFieldsAndFragmentNames(fragment);

        // A fragment is not compared with itself.
        if (ReferenceEquals(fieldMap, fieldMap2))
        {
            return;
        }

        // (D) The fields against the fragment's own fields.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fieldMap, fieldMap2);

        // (E) The fields against the fragments the fragment spreads.
        foreach (var referenced in referencedFragmentNames)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fieldMap, referenced);
        }
    }

    private void CollectConflictsBetweenFragments(List<Conflict> conflicts, bool areMutuallyExclusive, string fragmentName1, string fragmentName2)
    {
        if (fragmentName1 == fragmentName2 || _comparedFragmentPairs.Contains(fragmentName1, fragmentName2, areMutuallyExclusive))
        {
            return;
        }

        _comparedFragmentPairs.Add(fragmentName1, fragmentName2, areMutuallyExclusive);
        if (context.GetFragment(fragmentName1) is not { } fragment1 || context.GetFragment(fragmentName2) is not { } fragment2)
        {
            return;
        }

        var (fieldMap1, referenced1) = GetReferencedFieldsAndFragmentNames(fragment1);
        var (fieldMap2, referenced2) = GetReferencedFieldsAndFragmentNames(fragment2);

        // (F) The two fragments' own fields.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fieldMap1, fieldMap2);

        // (G) Each fragment against those the other spreads.
        foreach (var name in referenced2)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, fragmentName1, name);
        }

        foreach (var name in referenced1)
        {
            CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, name, fragmentName2);
        }
    }

    private List<Conflict> FindConflictsBetweenSubSelectionSets(
        bool areMutuallyExclusive,
        NamedType? parentType1,
        SelectionSetNode selectionSet1,
        NamedType? parentType2,
        SelectionSetNode selectionSet2)
    {
        var conflicts = new List<Conflict>();
        var (fieldMap1, fragmentNames1) = GetFieldsAndFragmentNames(parentType1, selectionSet1);
        var (fieldMap2, fragmentNames2) = GetFieldsAndFragmentNames(parentType2, selectionSet2);

        // (H) The two sets of fields.
        CollectConflictsBetween(conflicts, areMutuallyExclusive, fieldMap1, fieldMap2);

        // (I) Each set of fields against the fragments the other spreads.
        foreach (var name in fragmentNames2)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fieldMap1, name);
        }

        foreach (var name in fragmentNames1)
        {
            CollectConflictsBetweenFieldsAndFragment(conflicts, areMutuallyExclusive, fieldMap2, name);
        }

        // (J) Every fragment of one side against every fragment of the other.
        foreach (var name1 in fragmentNames1)
        {
            foreach (var name2 in fragmentNames2)
            {
                CollectConflictsBetweenFragments(conflicts, areMutuallyExclusive, name1, name2);
            }
        }

        return conflicts;
    }

    private void CollectConflictsWithin(List<Conflict> conflicts, OrderedDictionary<string, List<FieldAndDefinition>> fieldMap)
    {
        foreach (var (responseName, fields) in fieldMap)
        {
            for (var i = 0; i < fields.Count; i++)
            {
                for (var j = i + 1; j < fields.Count; j++)
                {
                    // Fields within one collection are never mutually exclusive.
                    if (FindConflict(false, responseName, fields[i], fields[j]) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private void CollectConflictsBetween(
        List<Conflict> conflicts,
        bool parentFieldsAreMutuallyExclusive,
        OrderedDictionary<string, List<FieldAndDefinition>> fieldMap1,
        OrderedDictionary<string, List<FieldAndDefinition>> fieldMap2)
    {
        foreach (var (responseName, fields1) in fieldMap1)
        {
            if (!fieldMap2.TryGetValue(responseName, out var fields2))
            {
                continue;
            }

            foreach (var field1 in fields1)
            {
                foreach (var field2 in fields2)
                {
                    if (FindConflict(parentFieldsAreMutuallyExclusive, responseName, field1, field2) is { } conflict)
                    {
                        conflicts.Add(conflict);
                    }
                }
            }
        }
    }

    private Conflict? FindConflict(bool parentFieldsAreMutuallyExclusive, string responseName, FieldAndDefinition field1, FieldAndDefinition field2)
    {
        var (parentType1, node1, definition1) = field1;
        var (parentType2, node2, definition2) = field2;

        // Fields on two different object types never apply to the same value, so they may differ in name and
        // arguments. Interfaces and unions might overlap, now or in a later version of the schema.
        var areMutuallyExclusive = parentFieldsAreMutuallyExclusive
            || (!ReferenceEquals(parentType1, parentType2) && parentType1 is ObjectType && parentType2 is ObjectType);

        if (!areMutuallyExclusive)
        {
            var name1 = node1.Name.Value;
            var name2 = node2.Name.Value;
            if (name1 != name2)
            {
                return new Conflict(new ConflictReason(responseName, $"\"{name1}\" and \"{name2}\" are different fields", []), [node1], [node2]);
            }

            if (!ArgumentValues.Same(node1.Arguments, node2.Arguments))
            {
                return new Conflict(new ConflictReason(responseName, "they have differing arguments", []), [node1], [node2]);
            }
        }

        var type1 = definition1?.Type;
        var type2 = definition2?.Type;
        if (type1 is not null && type2 is not null && DoTypesConflict(type1, type2))
        {
            return new Conflict(new ConflictReason(responseName, $"they return conflicting types \"{type1}\" and \"{type2}\"", []), [node1], [node2]);
        }

        if (node1.SelectionSet is { } selectionSet1 && node2.SelectionSet is { } selectionSet2)
        {
            var subConflicts = FindConflictsBetweenSubSelectionSets(
                areMutuallyExclusive,
                type1?.GetNamedType(),
                selectionSet1,
                type2?.GetNamedType(),
                selectionSet2);
            if (subConflicts.Count > 0)
            {
                return new Conflict(
                    new ConflictReason(responseName, null, [.. subConflicts.Select(c => c.Reason)]),
                    [node1, .. subConflicts.SelectMany(c => c.Fields1)],
                    [node2, .. subConflicts.SelectMany(c => c.Fields2)]);
            }
        }

        return null;
    }

    /// <summary>
    /// Types conflict when no value could be both: list and non-null wrappers must match, and leaf types must be
    /// the same. Composite types do not conflict here; their subfields are compared instead.
    /// </summary>
    private static bool DoTypesConflict(GraphQLType type1, GraphQLType type2)
    {
        if (type1 is ListType list1)
        {
            return type2 is not ListType list2 || DoTypesConflict(list1.OfType, list2.OfType);
        }

        if (type2 is ListType)
        {
            return true;
        }

        if (type1 is NonNullType nonNull1)
        {
            return type2 is not NonNullType nonNull2 || DoTypesConflict(nonNull1.OfType, nonNull2.OfType);
        }

        if (type2 is NonNullType)
        {
            return true;
        }

        return (type1.IsLeafType || type2.IsLeafType) && !ReferenceEquals(type1, type2);
    }

    private FieldsAndFragmentNames GetFieldsAndFragmentNames(NamedType? parentType, SelectionSetNode selectionSet)
    {
        if (_cache.TryGetValue(selectionSet, out var cached))
        {
            return cached;
        }

        var fields = new OrderedDictionary<string, List<FieldAndDefinition>>(StringComparer.Ordinal);
        var fragmentNames = new OrderedDictionary<string, bool>(StringComparer.Ordinal);
        CollectFieldsAndFragmentNames(parentType, selectionSet, fields, fragmentNames);
        var result = new FieldsAndFragmentNames(fields, [.. fragmentNames.Keys]);
        _cache[selectionSet] = result;
        return result;
    }

    private FieldsAndFragmentNames GetReferencedFieldsAndFragmentNames(FragmentDefinitionNode fragment) =>
        _cache.TryGetValue(fragment.SelectionSet, out var cached)
            ? cached
            : GetFieldsAndFragmentNames(TypeFromAst.Convert(context.Schema, fragment.TypeCondition) as NamedType, fragment.SelectionSet);

    private void CollectFieldsAndFragmentNames(
        NamedType? parentType,
        SelectionSetNode selectionSet,
        OrderedDictionary<string, List<FieldAndDefinition>> fields,
        OrderedDictionary<string, bool> fragmentNames)
    {
        foreach (var selection in selectionSet.Selections)
        {
            switch (selection)
            {
                case FieldNode field:
                    // Meta-fields have no definition here, as in graphql-js: only declared fields are looked up.
                    var definition = parentType is ComplexType complex ? complex.GetField(field.Name.Value) : null;
                    if (!fields.TryGetValue(field.ResponseKey, out var list))
                    {
                        list = [];
                        fields[field.ResponseKey] = list;
                    }

                    list.Add(new FieldAndDefinition(parentType, field, definition));
                    break;
                case FragmentSpreadNode spread:
                    fragmentNames[spread.Name.Value] = true;
                    break;
                case InlineFragmentNode inline:
                    var inlineType = inline.TypeCondition is { } condition
                        ? TypeFromAst.Convert(context.Schema, condition) as NamedType
                        : parentType;
                    CollectFieldsAndFragmentNames(inlineType, inline.SelectionSet, fields, fragmentNames);
                    break;
                default:
                    break;
            }
        }
    }
}
