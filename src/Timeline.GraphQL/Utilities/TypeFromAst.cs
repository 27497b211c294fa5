using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Utilities;

/// <summary>The schema type a type reference names, e.g. <c>[Event!]!</c>; null when the named type is unknown.</summary>
public static class TypeFromAst
{
    public static GraphQLType? Convert(Schema schema, TypeNode typeNode)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(typeNode);
        return Convert(typeNode, schema.GetType);
    }

    /// <summary>Resolves names with <paramref name="lookup"/>; used while a schema is still being built.</summary>
    public static GraphQLType? Convert(TypeNode typeNode, Func<string, NamedType?> lookup)
    {
        ArgumentNullException.ThrowIfNull(typeNode);
        ArgumentNullException.ThrowIfNull(lookup);
        return typeNode switch
        {
            NamedTypeNode named => lookup(named.Name.Value),
            ListTypeNode list => Convert(list.Type, lookup)?.AsList(),
            NonNullTypeNode nonNull => Convert(nonNull.Type, lookup) is { } inner and not NonNullType ? inner.AsNonNull() : null,
            _ => throw new ArgumentException($"Unknown type node kind {typeNode.Kind}.", nameof(typeNode)),
        };
    }
}
