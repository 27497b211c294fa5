using Timeline.GraphQL.Building;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;
using Xunit;

namespace Timeline.GraphQL.Tests.Building;

public sealed class SdlRoundTripTests
{
    [Fact]
    public void Conformance_schema_prints_exactly_as_graphql_js_prints_it()
    {
        var schema = SdlSchemaBuilder.Build(ConformanceSchema.Sdl);

        Assert.Equal(ConformanceSchema.PrintedByGraphQLJs, SchemaPrinter.Print(schema));
    }

    [Fact]
    public void Printed_schema_builds_again_to_the_same_text()
    {
        var once = SchemaPrinter.Print(SdlSchemaBuilder.Build(ConformanceSchema.Sdl));
        var twice = SchemaPrinter.Print(SdlSchemaBuilder.Build(once));

        Assert.Equal(once, twice);
    }

    [Fact]
    public void Conformance_schema_keeps_every_feature()
    {
        var schema = SdlSchemaBuilder.Build(ConformanceSchema.Sdl);

        Assert.StartsWith("Conformance fixture", schema.Description, StringComparison.Ordinal);
        Assert.Equal("Query", schema.Query?.Name);
        Assert.Equal("Mutation", schema.Mutation?.Name);
        Assert.Null(schema.Subscription);
        Assert.Equal("https://www.iso.org/iso-8601-date-and-time-format.html", ((ScalarType)schema.GetType("Date")!).SpecifiedByUrl);
        Assert.True(((InputObjectType)schema.GetType("EventRef")!).IsOneOf);
        var precision = (EnumType)schema.GetType("Precision")!;
        Assert.Equal("Use YEAR.", precision.GetValue("DECADE")!.DeprecationReason);
        var legacy = schema.Query!.GetField("legacy")!;
        Assert.Equal(SpecifiedDirectives.DefaultDeprecationReason, legacy.DeprecationReason);
        var echo = schema.Query.GetField("echo")!;
        Assert.Equal(3, echo.GetArgument("count")!.DefaultValue);
        Assert.Equal("DAY", echo.GetArgument("precision")!.DefaultValue);
        Assert.Equal("Ignored.", echo.GetArgument("old")!.DeprecationReason);
        var node = (InterfaceType)schema.GetType("Node")!;
        Assert.Equal(["Person", "Organization", "Place", "Event"], schema.GetPossibleTypes(node).Select(t => t.Name));
        Assert.True(schema.IsSubType((UnionType)schema.GetType("Actor")!, (ObjectType)schema.GetType("Person")!));
        Assert.False(schema.IsSubType((UnionType)schema.GetType("Actor")!, (ObjectType)schema.GetType("Place")!));
    }
}
