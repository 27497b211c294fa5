using System.Reflection;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Building;

/// <summary>
/// A type not yet resolved while a code-first schema is described: SDL text such as <c>[Event!]!</c>,
/// a type object, or a CLR member whose type and nullability are mapped when the schema is built.
/// </summary>
internal abstract record TypeReference
{
    public sealed record Sdl(string Text) : TypeReference;

    public sealed record Direct(GraphQLType Type) : TypeReference;

    public sealed record Clr(Type Type, NullabilityInfo? Nullability) : TypeReference;
}
