using Timeline.GraphQL.Language;
using Xunit;

namespace Timeline.GraphQL.Tests.Language;

public sealed class SchemaParserTests
{
    [Fact]
    public void Parses_every_definition_kind_of_the_schema_kitchen_sink()
    {
        var document = Parser.Parse(Fixtures.Read("kitchen-sink-schema.graphql"));

        var kinds = document.Definitions.Select(d => d.Kind).ToHashSet();
        Assert.Superset(
            new HashSet<SyntaxKind>
            {
                SyntaxKind.SchemaDefinition, SyntaxKind.ScalarTypeDefinition, SyntaxKind.ObjectTypeDefinition,
                SyntaxKind.InterfaceTypeDefinition, SyntaxKind.UnionTypeDefinition, SyntaxKind.EnumTypeDefinition,
                SyntaxKind.InputObjectTypeDefinition, SyntaxKind.DirectiveDefinition, SyntaxKind.SchemaExtension,
                SyntaxKind.ScalarTypeExtension, SyntaxKind.ObjectTypeExtension, SyntaxKind.InterfaceTypeExtension,
                SyntaxKind.UnionTypeExtension, SyntaxKind.EnumTypeExtension, SyntaxKind.InputObjectTypeExtension,
            },
            kinds);
    }

    [Fact]
    public void Object_types_have_interfaces_fields_arguments_and_descriptions()
    {
        var type = Assert.IsType<ObjectTypeDefinitionNode>(Assert.Single(Parser.Parse(
            "\"Doc\" type Hello implements & World & Other @d { \"f doc\" world(\"a doc\" flag: Boolean = false @x): String! @deprecated }").Definitions));

        Assert.Equal("Doc", type.Description!.Value);
        Assert.False(type.Description.Block);
        Assert.Equal(["World", "Other"], type.Interfaces.Select(i => i.Name.Value));
        var field = Assert.Single(type.Fields);
        Assert.Equal("f doc", field.Description!.Value);
        var argument = Assert.Single(field.Arguments);
        Assert.Equal(("a doc", "flag", "x"), (argument.Description!.Value, argument.Name.Value, argument.Directives[0].Name.Value));
        Assert.False(Assert.IsType<BooleanValueNode>(argument.DefaultValue).Value);
        Assert.IsType<NonNullTypeNode>(field.Type);
    }

    [Fact]
    public void Interfaces_may_implement_interfaces()
    {
        var type = Assert.IsType<InterfaceTypeDefinitionNode>(Parser.Parse("interface A implements B & C { f: Int }").Definitions[0]);

        Assert.Equal(["B", "C"], type.Interfaces.Select(i => i.Name.Value));
    }

    [Fact]
    public void Types_without_bodies_are_allowed()
    {
        var document = Parser.Parse("type A interface B union C enum D input E scalar F");

        Assert.Empty(((ObjectTypeDefinitionNode)document.Definitions[0]).Fields);
        Assert.Empty(((UnionTypeDefinitionNode)document.Definitions[2]).Types);
        Assert.Empty(((EnumTypeDefinitionNode)document.Definitions[3]).Values);
        Assert.Empty(((InputObjectTypeDefinitionNode)document.Definitions[4]).Fields);
    }

    [Fact]
    public void Directive_definitions_record_repeatable_and_locations()
    {
        var directive = Assert.IsType<DirectiveDefinitionNode>(Parser.Parse(
            "\"\"\"doc\"\"\" directive @key(fields: String!) repeatable on | OBJECT | INTERFACE").Definitions[0]);

        Assert.True(directive.Repeatable);
        Assert.Equal(["OBJECT", "INTERFACE"], directive.Locations.Select(l => l.Value));
        Assert.Equal("fields", directive.Arguments[0].Name.Value);
        Assert.False(Assert.IsType<DirectiveDefinitionNode>(Parser.Parse("directive @a on FIELD").Definitions[0]).Repeatable);
    }

    [Fact]
    public void Schema_definitions_and_extensions_carry_operation_types()
    {
        var document = Parser.Parse("schema @a { query: Q mutation: M } extend schema @b extend schema { subscription: S }");

        var schema = Assert.IsType<SchemaDefinitionNode>(document.Definitions[0]);
        Assert.Equal([OperationType.Query, OperationType.Mutation], schema.OperationTypes.Select(o => o.Operation));
        Assert.Equal("M", schema.OperationTypes[1].Type.Name.Value);
        Assert.Empty(Assert.IsType<SchemaExtensionNode>(document.Definitions[1]).OperationTypes);
        Assert.Equal(OperationType.Subscription, Assert.IsType<SchemaExtensionNode>(document.Definitions[2]).OperationTypes[0].Operation);
    }

    [Fact]
    public void Extensions_keep_what_they_add()
    {
        var document = Parser.Parse(
            "extend type T implements I @d { f: Int } extend interface J @d extend union U = A | B extend enum E { X } extend input In { a: Int } extend scalar S @d");

        Assert.Equal("I", ((ObjectTypeExtensionNode)document.Definitions[0]).Interfaces[0].Name.Value);
        Assert.Equal("d", ((InterfaceTypeExtensionNode)document.Definitions[1]).Directives[0].Name.Value);
        Assert.Equal(2, ((UnionTypeExtensionNode)document.Definitions[2]).Types.Count);
        Assert.Equal("X", ((EnumTypeExtensionNode)document.Definitions[3]).Values[0].Name.Value);
        Assert.Equal("a", ((InputObjectTypeExtensionNode)document.Definitions[4]).Fields[0].Name.Value);
        Assert.Equal("S", ((ScalarTypeExtensionNode)document.Definitions[5]).Name.Value);
    }

    [Fact]
    public void Descriptions_are_only_for_definitions()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("\n  \"desc\"\n  extend type T @d"));

        Assert.Equal("Unexpected description, only GraphQL definitions support descriptions.", error.Description);
        Assert.Equal(new SourceLocation(2, 3), error.Location);
    }

    [Fact]
    public void Directive_locations_map_to_the_enum()
    {
        Assert.True(DirectiveLocations.TryParse("INPUT_FIELD_DEFINITION", out var location));
        Assert.Equal(DirectiveLocation.InputFieldDefinition, location);
        Assert.False(DirectiveLocations.TryParse("field", out _));
        Assert.Equal(20, DirectiveLocations.All.Count);
        Assert.All(DirectiveLocations.All, l => Assert.True(DirectiveLocations.TryParse(l.ToSpecName(), out var back) && back == l));
    }
}
