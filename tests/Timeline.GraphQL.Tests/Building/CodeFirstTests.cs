using System.ComponentModel;
using Timeline.GraphQL.Building;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;
using Xunit;

namespace Timeline.GraphQL.Tests.Building;

/// <summary>Schemas described in C#, HotChocolate style, print as the equivalent SDL.</summary>
public sealed class CodeFirstTests
{
    [Fact]
    public void Descriptors_build_the_schema_the_sdl_describes()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(d =>
            {
                d.Name("Query");
                d.Field("hello").Type("String!").Argument("name", "String").Resolve(ctx => "Hello " + ctx.GetArgument("name", "world"));
                d.Field("people").Type<IReadOnlyList<Person>>().Resolve(_ => People);
                d.Field("actor").Type("Actor").Argument("id", "ID!").Resolve(_ => People[0]);
                d.Field("find").Type("Person").Argument("ref", "PersonRef!").Resolve(_ => null);
            })
            .AddType<PersonType>()
            .AddInterfaceType(d => d.Name("Named").Field("name").Type("String!"))
            .AddObjectType(d => d.Name("Organization").ImplementsInterface("Named").Field("name").Type("String!"))
            .AddUnionType(d => d.Name("Actor").Types("Person", "Organization"))
            .AddInputObjectType(d => d.Name("PersonRef").OneOf().Field("id", "ID").Field("name", "String"))
            .AddEnumType<Mood>()
            .Build();

        Assert.Equal(
            """"
            type Query {
              hello(name: String): String!
              people: [Person]
              actor(id: ID!): Actor
              find(ref: PersonRef!): Person
            }

            """A person in the news."""
            type Person implements Named {
              name: String!
              age: Int
              mood: Mood! @deprecated(reason: "Moods change.")
              nickname: String
            }

            interface Named {
              name: String!
            }

            type Organization implements Named {
              name: String!
            }

            union Actor = Person | Organization

            input PersonRef @oneOf {
              id: ID
              name: String
            }

            enum Mood {
              """Content."""
              VERY_HAPPY
              SAD
            }
            """".ReplaceLineEndings("\n"),
            SchemaPrinter.Print(schema));
    }

    [Fact]
    public async Task Resolvers_receive_arguments_and_members_are_read()
    {
        var schema = SchemaBuilder.New()
            .AddQueryType(d => d.Field("hello").Type("String!").Argument("name", "String", a => a.DefaultValue("you")).Resolve(ctx => "Hello " + ctx.GetArgument<string>("name")))
            .AddType<PersonType>()
            .AddInterfaceType(d => d.Name("Named").Field("name").Type("String!"))
            .AddEnumType<Mood>()
            .Build();
        var hello = schema.Query!.GetField("hello")!;
        var age = ((ObjectType)schema.GetType("Person")!).GetField("age")!;

        var greeting = await hello.Resolver!(new FakeContext(schema, schema.Query, hello, null, new Dictionary<string, object?> { ["name"] = "Ada" }));
        var years = await age.Resolver!(new FakeContext(schema, (ObjectType)schema.GetType("Person")!, age, People[0], new Dictionary<string, object?>()));

        Assert.Equal("Hello Ada", greeting);
        Assert.Equal(36, years);
        Assert.Equal("you", hello.GetArgument("name")!.DefaultValue);
        Assert.Equal(Mood.VeryHappy, ((EnumType)schema.GetType("Mood")!).GetValue("VERY_HAPPY")!.Value);
    }

    [Fact]
    public void Unknown_type_names_are_reported_together()
    {
        var error = Assert.Throws<SchemaValidationException>(() => SchemaBuilder.New()
            .AddQueryType(d =>
            {
                d.Field("a").Type("Nope");
                d.Field("b");
            })
            .Build());

        Assert.Contains("Unknown type in \"Nope\"", error.Message, StringComparison.Ordinal);
        Assert.Contains("Field \"Query.b\" has no type", error.Message, StringComparison.Ordinal);
    }

    private static readonly Person[] People = [new("Ada", 36, Mood.VeryHappy, null)];

    private enum Mood
    {
        [Description("Content.")]
        VeryHappy,
        Sad,
    }

    private sealed record Person(string Name, int? Age, Mood Mood, string? Nickname);

    private sealed class PersonType : ObjectType<Person>
    {
        protected override void Configure(IObjectTypeDescriptor<Person> descriptor)
        {
            descriptor.Description("A person in the news.").ImplementsInterface("Named");
            descriptor.Field(p => p.Name);
            descriptor.Field(p => p.Age);
            descriptor.Field(p => p.Mood).Deprecated("Moods change.");
        }
    }
}
