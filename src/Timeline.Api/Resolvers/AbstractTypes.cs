using Timeline.Domain.Model;
using Timeline.GraphQL.Types;

namespace Timeline.Api.Resolvers;

/// <summary>The object type of a value returned for <c>Node</c>, <c>Entity</c> or <c>SearchResult</c>.</summary>
internal static class AbstractTypes
{
    public static ValueTask<string?> Resolve(object? value, IResolveFieldContext context, NamedType abstractType) => new(value switch
    {
        Event => "Event",
        Article => "Article",
        Entity { Kind: EntityKind.Person } => "Person",
        Entity { Kind: EntityKind.Organization } => "Organization",
        Entity { Kind: EntityKind.Place } => "Place",
        _ => null,
    });
}
