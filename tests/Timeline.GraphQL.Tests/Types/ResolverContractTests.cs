using System.Text.Json;
using Timeline.GraphQL.Building;
using Timeline.GraphQL.Tests.Building;
using Timeline.GraphQL.Types;
using Xunit;

namespace Timeline.GraphQL.Tests.Types;

/// <summary>The default resolvers, the typed context helpers and response paths that execution builds on.</summary>
public sealed class ResolverContractTests
{
    private static readonly Schema Schema = SdlSchemaBuilder.Build(
        """
        type Query { node: Node item: Item }
        interface Node { id: ID! }
        type Person implements Node { id: ID! name: String }
        type Place implements Node { id: ID! }
        union Item = Person | Place
        """);

    [Fact]
    public void Default_resolver_reads_dictionaries_json_and_members()
    {
        Assert.Equal("a", DefaultFieldResolver.Read(new Dictionary<string, object?> { ["name"] = "a" }, "name"));
        Assert.Equal("b", DefaultFieldResolver.Read(JsonDocument.Parse("""{"name":"b"}""").RootElement, "name")!.ToString());
        Assert.Equal("c", DefaultFieldResolver.Read(new Record("c", 3), "name"));
        Assert.Equal(3, DefaultFieldResolver.Read(new Record("c", 3), "Count"));
        Assert.Equal("C", DefaultFieldResolver.Read(new Record("c", 3), "upper"));
        Assert.Null(DefaultFieldResolver.Read(new Record("c", 3), "missing"));
        Assert.Null(DefaultFieldResolver.Read(null, "name"));
    }

    [Fact]
    public void Default_type_resolver_reads_typename_then_asks_the_types()
    {
        var node = (InterfaceType)Schema.GetType("Node")!;
        var context = new FakeContext(Schema, Schema.Query!, Schema.Query!.GetField("node")!, null, new Dictionary<string, object?>());

        Assert.Equal("Place", DefaultTypeResolver.Resolve(new Dictionary<string, object?> { ["__typename"] = "Place" }, context, node));
        Assert.Equal("Person", DefaultTypeResolver.Resolve(JsonDocument.Parse("""{"__typename":"Person"}""").RootElement, context, node));
        Assert.Null(DefaultTypeResolver.Resolve(new Record("x", 1), context, node));

        var bound = SchemaBuilder.New()
            .AddQueryType(d => d.Field("item").Type("Item").Resolve(_ => null))
            .AddObjectType<Record>(d => d.Name("Rec"))
            .AddObjectType(d => d.Name("Other").Field("x").Type("Int"))
            .AddUnionType(d => d.Name("Item").Types("Rec", "Other"))
            .Build();
        var itemContext = new FakeContext(bound, bound.Query!, bound.Query!.GetField("item")!, null, new Dictionary<string, object?>());
        Assert.Equal("Rec", DefaultTypeResolver.Resolve(new Record("x", 1), itemContext, bound.GetType("Item")!));
    }

    [Fact]
    public void Typed_helpers_convert_and_explain_mismatches()
    {
        var field = Schema.Query!.GetField("node")!;
        var context = new FakeContext(Schema, Schema.Query, field, new Record("p", 1), new Dictionary<string, object?> { ["n"] = 5, ["s"] = "x", ["none"] = null });

        Assert.Equal(5L, context.GetArgument<long>("n"));
        Assert.Equal(5.0, context.GetArgument<double>("n"));
        Assert.Equal("fallback", context.GetArgument("none", "fallback"));
        Assert.Equal("fallback", context.GetArgument("absent", "fallback"));
        Assert.True(context.HasArgument("none"));
        Assert.Equal("p", context.Parent<Record>().Name);
        var error = Assert.Throws<InvalidCastException>(() => context.GetArgument<Record>("s"));
        Assert.Contains("Argument \"s\" of field \"Query.node\"", error.Message, StringComparison.Ordinal);
        var input = new FakeContext(Schema, Schema.Query, field, null, new Dictionary<string, object?>
        {
            ["range"] = new Dictionary<string, object?> { ["from"] = 1, ["to"] = null, ["unit"] = "DAYS" },
        });
        Assert.Equal(new Span(1, null, Unit.Days), input.GetArgument<Span>("range"));
        Assert.Same(context.GetOrAddItem("loader", _ => new object()), context.GetOrAddItem("loader", _ => new object()));
        Assert.Throws<InvalidOperationException>(() => context.Service<IDisposable>());
    }

    [Fact]
    public void Response_paths_list_names_and_indexes_from_the_root()
    {
        var path = ResponsePath.Root("events").Append(2).Append("actors").Append(0);

        Assert.Equal(["events", 2, "actors", 0], path.ToList());
        Assert.Equal("events.2.actors.0", path.ToString());
        Assert.Equal("actors", path.Parent!.Name);
        Assert.Equal(2, path.Parent.Parent!.Index);
    }

    [Fact]
    public void Types_made_directly_may_refer_to_each_other_in_cycles()
    {
        ObjectType? person = null;
        var organization = new ObjectType("Organization", () => [new FieldDefinition("members", person!.AsNonNull().AsList())]);
        person = new ObjectType("Person", () => [new FieldDefinition("memberOf", organization)]);
        var query = new ObjectType("Query", [new FieldDefinition("people", person.AsList())]);

        var schema = new Schema(query).AssertValid();

        Assert.Equal(["Query", "Person", "Organization"], schema.Types.Take(3).Select(t => t.Name));
        Assert.Same(person, schema.GetType("Person"));
        Assert.Equal("[Person!]", organization.GetField("members")!.Type.ToString());
        Assert.Same(person.AsList(), person.AsList());
    }

    [Fact]
    public void Names_and_wrappers_are_checked_when_made()
    {
        Assert.Throws<ArgumentException>(() => new ObjectType("not valid", []));
        Assert.Throws<ArgumentException>(() => new NonNullType(SpecifiedScalars.Int.AsNonNull()));
        Assert.Throws<ArgumentException>(() => new EnumValueDefinition("1st"));
    }

    private enum Unit
    {
        Days,
    }

    private sealed record Span(int From, int? To, Unit Unit);

    private sealed record Record(string Name, int Count)
    {
        public string Upper() => Name.ToUpperInvariant();
    }
}
