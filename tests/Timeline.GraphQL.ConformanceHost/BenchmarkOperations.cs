namespace Timeline.GraphQL.ConformanceHost;

/// <summary>The three operations of the fixture's <c>bench.mjs</c>, shared by the in-process measurements and the HTTP benchmark.</summary>
internal static class BenchmarkOperations
{
    public const string ThreeFields = "{ event(id: \"e-strike\") { id title date } }";

    public const string Fragments = """
        query { events { ...EventCard } }
        fragment EventCard on Event { id title date precision place { ...PlaceLine } actors { ...ActorLine } }
        fragment PlaceLine on Place { name partOf { name } }
        fragment ActorLine on Actor { __typename ... on Named { name } ... on Person { aliases } ... on Organization { founded } }
        """;

    /// <summary>graphql-js's <c>getIntrospectionQuery</c> with every option bench.mjs turns on, copied beside the host.</summary>
    public static string Introspection() => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "introspection-query.graphql"));

    /// <summary>Name and document text of each operation, in bench.mjs's order.</summary>
    public static IReadOnlyList<(string Name, string Query)> All() =>
        [("three-fields", ThreeFields), ("fragments", Fragments), ("introspection", Introspection())];
}
