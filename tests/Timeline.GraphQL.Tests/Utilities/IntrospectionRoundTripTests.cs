using System.Text.Json;
using System.Text.Json.Nodes;
using Timeline.GraphQL.Building;
using Timeline.GraphQL.Tests.Building;
using Xunit;

namespace Timeline.GraphQL.Tests.Utilities;

/// <summary>Our introspection answers graphql-js's full introspection query as graphql-js does.</summary>
public sealed class IntrospectionRoundTripTests
{
    [Theory]
    [InlineData(ConformanceSchema.Sdl, GraphQLJsIntrospection.ConformanceResult)]
    [InlineData(KitchenSinkSchema.Sdl, GraphQLJsIntrospection.KitchenSinkResult)]
    public void Full_introspection_matches_graphql_js(string sdl, string graphQLJsResult)
    {
        var schema = SdlSchemaBuilder.Build(sdl);

        var ours = Normalize(JsonSerializer.SerializeToNode(IntrospectionEvaluator.Run(schema, GraphQLJsIntrospection.Query))!);
        var theirs = Normalize(JsonNode.Parse(graphQLJsResult)!);

        // graphql-js 17.1 goes beyond the September 2025 specification: deprecated directives (__Directive.isDeprecated /
        // deprecationReason and __Schema.directives(includeDeprecated:)) and the FRAGMENT_VARIABLE_DEFINITION location.
        // Those parts are left out of the comparison on both sides. The DIRECTIVE_DEFINITION location of @deprecated is
        // compared: clients such as the conformance check read it.
        WithoutGraphQLJsExtensions(theirs);
        WithoutGraphQLJsExtensions(ours);

        Assert.Equal(theirs.ToJsonString(), ours.ToJsonString());
    }

    private static void WithoutGraphQLJsExtensions(JsonNode answer)
    {
        var types = answer["__schema"]!["types"]!.AsArray();
        Remove(TypeNamed(types, "__Directive")["fields"]!.AsArray(), f => (string?)f!["name"] is "isDeprecated" or "deprecationReason");
        Remove(TypeNamed(types, "__DirectiveLocation")["enumValues"]!.AsArray(), v => (string?)v!["name"] is "FRAGMENT_VARIABLE_DEFINITION");
        Remove(TypeNamed(types, "__Schema")["fields"]!.AsArray().Single(f => (string?)f!["name"] == "directives")!["args"]!.AsArray(), _ => true);
    }

    private static JsonNode TypeNamed(JsonArray types, string name) => types.Single(t => (string?)t!["name"] == name)!;

    private static void Remove(JsonArray array, Func<JsonNode?, bool> unwanted)
    {
        foreach (var item in array.Where(unwanted).ToList())
        {
            array.Remove(item);
        }
    }

    /// <summary>The order of types and directives is not part of the answer's meaning.</summary>
    private static JsonNode Normalize(JsonNode node)
    {
        var schema = node["__schema"]!.AsObject();
        foreach (var key in new[] { "types", "directives" })
        {
            var sorted = schema[key]!.AsArray().Select(n => n!.DeepClone()).OrderBy(n => (string?)n["name"], StringComparer.Ordinal).ToList();
            schema[key] = new JsonArray([.. sorted]);
        }

        return node;
    }
}
