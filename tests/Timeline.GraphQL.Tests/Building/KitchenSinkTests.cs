using Timeline.GraphQL.Building;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;
using Xunit;

namespace Timeline.GraphQL.Tests.Building;

public sealed class KitchenSinkTests
{
    private static readonly Schema Schema = SdlSchemaBuilder.Build(KitchenSinkSchema.Sdl);

    [Fact]
    public void Prints_exactly_as_graphql_js()
    {
        Assert.Equal(KitchenSinkSchema.PrintedByGraphQLJs, SchemaPrinter.Print(Schema));
    }

    [Fact]
    public void Introspection_default_values_match_graphql_js()
    {
        var ours = new List<string>();
        foreach (var type in Schema.Types.Where(t => !t.Name.StartsWith("__", StringComparison.Ordinal)))
        {
            if (type is ComplexType complex)
            {
                ours.AddRange(complex.Fields.SelectMany(f => f.Arguments.Where(a => a.HasDefaultValue).Select(a => $"{type.Name}.{f.Name}({a.Name}:) => {DefaultValuePrinter.Print(a)}")));
            }
            else if (type is InputObjectType input)
            {
                ours.AddRange(input.Fields.Where(f => f.HasDefaultValue).Select(f => $"{type.Name}.{f.Name} => {DefaultValuePrinter.Print(f)}"));
            }
        }

        ours.AddRange(Schema.Directives.SelectMany(d => d.Arguments.Where(a => a.HasDefaultValue).Select(a => $"@{d.Name}({a.Name}:) => {DefaultValuePrinter.Print(a)}")));

        Assert.Equal(KitchenSinkSchema.DefaultValuesByGraphQLJs.Split('\n'), ours);
    }

    [Fact]
    public void Extensions_and_roots_are_merged()
    {
        Assert.Equal(("Root", "Change", "Feed"), (Schema.Query?.Name, Schema.Mutation?.Name, Schema.Subscription?.Name));
        Assert.Equal(["Page", "Other", "Extra"], ((UnionType)Schema.GetType("Result")!).Types.Select(t => t.Name));
        Assert.Single(Schema.GetType("Url")!.ExtensionAstNodes);
        var resource = (InterfaceType)Schema.GetType("Resource")!;
        var (objects, interfaces) = Schema.GetImplementations((InterfaceType)Schema.GetType("Entity")!);
        Assert.Equal(["Page"], objects.Select(o => o.Name));
        Assert.Equal(["Resource"], interfaces.Select(i => i.Name));
        Assert.True(Schema.IsSubType((InterfaceType)Schema.GetType("Entity")!, resource));
        Assert.True(Schema.GetDirective("custom")!.IsRepeatable);
    }

    [Fact]
    public void Reprinting_is_stable()
    {
        var printed = SchemaPrinter.Print(Schema);

        Assert.Equal(printed, SchemaPrinter.Print(SdlSchemaBuilder.Build(printed)));
    }
}
