using Timeline.GraphQL.Building;
using Timeline.GraphQL.Types;
using Xunit;

namespace Timeline.GraphQL.Tests.Building;

/// <summary>Broken schemas are refused with every problem listed, each naming the types and fields involved.</summary>
public sealed class InvalidSchemaTests
{
    [Theory]
    [InlineData("type Query { a: Int } type Empty", "Type Empty must define one or more fields.")]
    [InlineData("type Query { a: Int } interface Named { name: String! } type P implements Named { id: ID }", "Interface field Named.name expected but P does not provide it.")]
    [InlineData("type Query { a: Int } interface Named { name: String! } type P implements Named { name: String }", "Interface field Named.name expects type String! but P.name is type String.")]
    [InlineData("type Query { a: Int } interface N { f(x: Int): Int } type P implements N { f(x: String): Int }", "Interface field argument N.f(x:) expects type Int but P.f(x:) is type String.")]
    [InlineData("type Query { a: Int } interface N { f: Int } type P implements N { f(req: Int!): Int }", "Argument \"P.f(req:)\" must not be required type \"Int!\" if not provided by the Interface field \"N.f\".")]
    [InlineData("type Query { a: Int } interface A { x: Int } interface B implements A { x: Int } type P implements B { x: Int }", "Type P must implement A because it is implemented by B.")]
    [InlineData("type Query { a: Int } input R @oneOf { a: Int = 1 b: String }", "OneOf input field R.a cannot have a default value.")]
    [InlineData("type Query { a: Int } input R @oneOf { a: Int! b: String }", "OneOf input field R.a must be nullable.")]
    [InlineData("type Query { a: Int } type Obj { x: Int } type T { f(o: Obj): Int }", "The type of T.f(o:) must be Input Type but got: Obj.")]
    [InlineData("type Query { a: Int } input I { x: Int } type T { f: I }", "The type of T.f must be Output Type but got: I.")]
    [InlineData("type Query { a: Int } type Obj { x: Int } input I { o: Obj }", "The type of I.o must be Input Type but got: Obj.")]
    [InlineData("type Query { f(a: Int! @deprecated): Int }", "Required argument Query.f(a:) cannot be deprecated.")]
    [InlineData("type Query { a: Int } input I { a: Int! @deprecated }", "Required input field I.a cannot be deprecated.")]
    [InlineData("type Query { a: Int } input A { b: B! } input B { a: A! }", "Input Object A cannot be provided a finite value because it references itself through fields: A.b, B.a.")]
    [InlineData("type Query { a: Int } input A @oneOf { a: A }", "Input Object A cannot be provided a finite value because it references itself through fields: A.a.")]
    [InlineData("type Query { __bad: Int }", "Name \"__bad\" must not begin with \"__\", which is reserved by GraphQL introspection.")]
    [InlineData("type Mutation { a: Int }", "Query root type must be provided.")]
    [InlineData("type Query { a: Foo }", "Unknown type \"Foo\".")]
    [InlineData("type Query { a: Int } union U = Query | Int", "Union type U can only include Object types, it cannot include Int.")]
    [InlineData("type Query { a: Int } enum E { A A }", "Enum value \"E.A\" can only be defined once.")]
    [InlineData("type Query { a: Int } extend type Nope { b: Int }", "Cannot extend type \"Nope\" because it is not defined.")]
    [InlineData("type Query { a: Int } scalar S extend type S { b: Int }", "Cannot extend non-object type \"S\".")]
    [InlineData("type Query { a: Int @unknown }", "Unknown directive \"@unknown\".")]
    [InlineData("type Query @deprecated { a: Int }", "Directive \"@deprecated\" may not be used on OBJECT.")]
    [InlineData("type Query { a: Int @deprecated @deprecated }", "The directive \"@deprecated\" can only be used once at this location.")]
    [InlineData("type Query { a: Int } type Query { b: Int }", "There can be only one type named \"Query\".")]
    [InlineData("type Query { f(a: Int = \"x\"): Int }", "Argument Query.f(a:) has invalid default value: \"x\".")]
    [InlineData("schema { query: Q mutation: Q } type Q { a: Int }", "All root types must be different, \"Q\" type is used as query and mutation root types.")]
    [InlineData("type Query { a: Int @deprecated(why: \"x\") }", "Unknown argument \"why\" on directive \"@deprecated\".")]
    [InlineData("type Query { a: Int } scalar S @specifiedBy", "Argument \"@specifiedBy(url:)\" of type \"String!\" is required, but it was not provided.")]
    [InlineData("directive @d(x: Int) on FIELD_DEFINITION type Query { a: Int @d(x: 1, x: 2) }", "There can be only one argument named \"x\".")]
    public void Broken_sdl_is_refused_with_a_clear_message(string sdl, string message)
    {
        var error = Assert.Throws<SchemaValidationException>(() => SdlSchemaBuilder.Build(sdl));

        Assert.Contains(error.Errors, e => e.Message.StartsWith(message, StringComparison.Ordinal));
        Assert.Contains(message, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_definition_of_a_built_in_scalar_stands_for_the_built_in_one()
    {
        var schema = SdlSchemaBuilder.Build("scalar String type Query { a: String }");

        Assert.Same(SpecifiedScalars.String, schema.GetType("String"));
        Assert.Throws<SchemaValidationException>(() => SdlSchemaBuilder.Build("type Query { a: String } extend scalar String @specifiedBy(url: \"x\")"));
    }

    [Fact]
    public void Every_problem_is_listed_with_its_location()
    {
        var error = Assert.Throws<SchemaValidationException>(() => SdlSchemaBuilder.Build("type Query { a: Int }\ntype A\ntype B"));

        Assert.Equal(2, error.Errors.Count);
        Assert.Equal(2, error.Errors[0].Locations[0].Line);
        Assert.Equal(3, error.Errors[1].Locations[0].Line);
    }

    [Fact]
    public void Resolvers_for_fields_the_sdl_lacks_are_refused()
    {
        var options = new SdlBuildOptions();
        options.Resolvers["Query"] = new() { ["missing"] = _ => new ValueTask<object?>(1) };

        var error = Assert.Throws<SchemaValidationException>(() => SdlSchemaBuilder.Build("type Query { a: Int }", options));

        Assert.Contains("\"Query.missing\"", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_nullable_or_list_field_breaks_an_input_cycle()
    {
        var schema = SdlSchemaBuilder.Build("type Query { f(a: A): Int } input A { b: B! } input B { a: A, many: [A!]! }");

        Assert.Empty(schema.Validate());
    }

    [Fact]
    public void Two_types_with_one_name_are_refused()
    {
        var first = new ObjectType("Same", [new FieldDefinition("a", SpecifiedScalars.Int)]);
        var second = new ObjectType("Same", [new FieldDefinition("b", SpecifiedScalars.Int)]);
        var query = new ObjectType("Query", [new FieldDefinition("x", first), new FieldDefinition("y", second)]);

        var error = Assert.Throws<SchemaValidationException>(() => new Schema(query));

        Assert.Contains("multiple types named \"Same\"", error.Message, StringComparison.Ordinal);
    }
}
