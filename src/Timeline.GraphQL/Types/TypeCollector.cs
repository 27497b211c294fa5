namespace Timeline.GraphQL.Types;

/// <summary>
/// Collects every named type reachable from a starting set in graphql-js's order, and reports two different
/// types that share a name.
/// </summary>
internal sealed class TypeCollector
{
    private readonly List<NamedType> order = [];
    private readonly Dictionary<string, NamedType> byName = new(StringComparer.Ordinal);
    private readonly HashSet<string> reportedDuplicates = new(StringComparer.Ordinal);

    public List<SchemaValidationError> Errors { get; } = [];

    public IEnumerable<NamedType> Types => order;

    /// <summary>Adds explicitly listed types without what they reference yet, as graphql-js seeds its set.</summary>
    public void Seed(IEnumerable<NamedType> types)
    {
        foreach (var type in types)
        {
            Add(type);
        }
    }

    /// <summary>
    /// Adds the type and what it references. With <paramref name="moveToEnd"/>, an explicitly listed type moves
    /// behind the types collected so far, as graphql-js's delete-then-collect does.
    /// </summary>
    public void Collect(GraphQLType? type, bool moveToEnd = false)
    {
        if (type is null)
        {
            return;
        }

        var named = type.GetNamedType();
        if (moveToEnd && byName.TryGetValue(named.Name, out var existing) && ReferenceEquals(existing, named))
        {
            order.Remove(named);
            byName.Remove(named.Name);
        }

        Visit(named);
    }

    private void Visit(NamedType named)
    {
        var stack = new Stack<NamedType>();
        if (!Add(named))
        {
            return;
        }

        // Depth-first like graphql-js's recursion, but with an explicit stack: a long chain of types must not overflow.
        foreach (var child in Children(named).Reverse())
        {
            stack.Push(child);
        }

        while (stack.Count > 0)
        {
            var next = stack.Pop();
            if (!Add(next))
            {
                continue;
            }

            foreach (var child in Children(next).Reverse())
            {
                stack.Push(child);
            }
        }
    }

    private bool Add(NamedType type)
    {
        if (byName.TryGetValue(type.Name, out var existing))
        {
            if (!ReferenceEquals(existing, type) && reportedDuplicates.Add(type.Name))
            {
                Errors.Add(new SchemaValidationError($"Schema must contain uniquely named types but contains multiple types named \"{type.Name}\"."));
            }

            return false;
        }

        byName[type.Name] = type;
        order.Add(type);
        return true;
    }

    private static IEnumerable<NamedType> Children(NamedType type)
    {
        switch (type)
        {
            case UnionType union:
                foreach (var member in union.Types)
                {
                    yield return member;
                }

                break;
            case ComplexType complex:
                foreach (var iface in complex.Interfaces)
                {
                    yield return iface;
                }

                foreach (var field in complex.Fields)
                {
                    yield return field.Type.GetNamedType();
                    foreach (var argument in field.Arguments)
                    {
                        yield return argument.Type.GetNamedType();
                    }
                }

                break;
            case InputObjectType input:
                foreach (var field in input.Fields)
                {
                    yield return field.Type.GetNamedType();
                }

                break;
        }
    }
}
