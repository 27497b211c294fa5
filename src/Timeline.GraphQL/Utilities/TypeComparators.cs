using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Utilities;

/// <summary>Relations between types used by validation: equality, subtyping and overlap (graphql-js's typeComparators).</summary>
public static class TypeComparators
{
    /// <summary>Same named type under the same wrappers.</summary>
    public static bool IsEqualType(GraphQLType a, GraphQLType b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        while (true)
        {
            if (ReferenceEquals(a, b))
            {
                return true;
            }

            switch (a, b)
            {
                case (NonNullType x, NonNullType y):
                    a = x.OfType;
                    b = y.OfType;
                    continue;
                case (ListType x, ListType y):
                    a = x.OfType;
                    b = y.OfType;
                    continue;
                default:
                    return false;
            }
        }
    }

    /// <summary>Whether a value of <paramref name="maybeSubType"/> is always a valid <paramref name="superType"/> (covariance of field types).</summary>
    public static bool IsTypeSubTypeOf(Schema schema, GraphQLType maybeSubType, GraphQLType superType)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(maybeSubType);
        ArgumentNullException.ThrowIfNull(superType);
        if (ReferenceEquals(maybeSubType, superType))
        {
            return true;
        }

        if (superType is NonNullType superNonNull)
        {
            return maybeSubType is NonNullType subNonNull && IsTypeSubTypeOf(schema, subNonNull.OfType, superNonNull.OfType);
        }

        if (maybeSubType is NonNullType nonNull)
        {
            return IsTypeSubTypeOf(schema, nonNull.OfType, superType);
        }

        if (superType is ListType superList)
        {
            return maybeSubType is ListType subList && IsTypeSubTypeOf(schema, subList.OfType, superList.OfType);
        }

        if (maybeSubType is ListType)
        {
            return false;
        }

        return superType is InterfaceType or UnionType
            && maybeSubType is ObjectType or InterfaceType
            && schema.IsSubType((NamedType)superType, (NamedType)maybeSubType);
    }

    /// <summary>Whether some object type is possible for both composite types (fragment spreads are then allowed).</summary>
    public static bool DoTypesOverlap(Schema schema, NamedType a, NamedType b)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        if (ReferenceEquals(a, b))
        {
            return true;
        }

        if (a.IsAbstractType)
        {
            if (b.IsAbstractType)
            {
                foreach (var type in schema.GetPossibleTypes(a))
                {
                    if (schema.IsSubType(b, type))
                    {
                        return true;
                    }
                }

                return false;
            }

            return schema.IsSubType(a, b);
        }

        return b.IsAbstractType && schema.IsSubType(b, a);
    }
}
