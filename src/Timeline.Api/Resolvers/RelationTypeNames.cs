using System.Text.Json;

namespace Timeline.Api.Resolvers;

/// <summary>Relation types as the schema spells them: the enum member in camel case (ResponseTo becomes responseTo).</summary>
internal static class RelationTypeNames
{
    public static string Of<T>(T type)
        where T : struct, Enum => JsonNamingPolicy.CamelCase.ConvertName(type.ToString());
}
