using Timeline.GraphQL.Building;
using Timeline.GraphQL.Introspection;
using Timeline.GraphQL.Tests.Building;
using Timeline.GraphQL.Types;
using Xunit;

namespace Timeline.GraphQL.Tests.Utilities;

/// <summary>The introspection types read the schema objects as the specification describes.</summary>
public sealed class IntrospectionTests
{
    private static readonly Schema Schema = SdlSchemaBuilder.Build(ConformanceSchema.Sdl);

    [Fact]
    public void Every_schema_holds_the_introspection_types()
    {
        foreach (var type in IntrospectionTypes.All)
        {
            Assert.Same(type, Schema.GetType(type.Name));
        }

        Assert.Equal(
            ["kind", "name", "description", "specifiedByURL", "fields", "interfaces", "possibleTypes", "enumValues", "inputFields", "ofType", "isOneOf"],
            IntrospectionTypes.Type.Fields.Select(f => f.Name));
    }

    [Fact]
    public async Task Type_fields_read_deprecations_defaults_and_oneOf()
    {
        var eventType = (ObjectType)Schema.GetType("Event")!;
        var fields = (IReadOnlyList<FieldDefinition>)(await Resolve(IntrospectionTypes.Type, "fields", eventType, new() { ["includeDeprecated"] = false }))!;
        var all = (IReadOnlyList<FieldDefinition>)(await Resolve(IntrospectionTypes.Type, "fields", eventType, new() { ["includeDeprecated"] = true }))!;
        var echoArgs = Schema.Query!.GetField("echo")!.Arguments;
        var defaultValue = await Resolve(IntrospectionTypes.InputValue, "defaultValue", echoArgs.First(a => a.Name == "precision"), []);
        var isOneOf = await Resolve(IntrospectionTypes.Type, "isOneOf", Schema.GetType("EventRef")!, []);
        var kind = await Resolve(IntrospectionTypes.Type, "kind", SpecifiedScalars.Int.AsNonNull(), []);

        Assert.DoesNotContain(fields, f => f.Name == "code");
        Assert.Contains(all, f => f.Name == "code");
        Assert.Equal("DAY", defaultValue);
        Assert.Equal(true, isOneOf);
        Assert.Equal(TypeKind.NonNull, kind);
    }

    [Fact]
    public void Meta_fields_are_found_only_where_allowed()
    {
        var person = (ObjectType)Schema.GetType("Person")!;

        Assert.Same(MetaFields.Schema, MetaFields.GetFieldDefinition(Schema, Schema.Query!, "__schema"));
        Assert.Null(MetaFields.GetFieldDefinition(Schema, person, "__schema"));
        Assert.Same(MetaFields.TypeName, MetaFields.GetFieldDefinition(Schema, person, "__typename"));
        Assert.Same(person.GetField("name"), MetaFields.GetFieldDefinition(Schema, person, "name"));
    }

    private static async Task<object?> Resolve(ObjectType type, string field, object parent, Dictionary<string, object?> arguments)
    {
        var definition = type.GetField(field)!;
        return await definition.Resolver!(new FakeContext(Schema, type, definition, parent, arguments));
    }
}
