using Timeline.GraphQL.Language;
using Xunit;

namespace Timeline.GraphQL.Tests.Language;

public sealed class ParserTests
{
    [Fact]
    public void Parses_a_query_into_nodes_with_exact_locations()
    {
        var document = Parser.Parse("{\n  node(id: 4) {\n    id,\n    name\n  }\n}\n");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal(OperationType.Query, operation.Operation);
        Assert.Null(operation.Name);
        Assert.Empty(operation.VariableDefinitions);
        Assert.Empty(operation.Directives);
        Assert.Equal(new Location(0, 40, 1, 1), operation.Location);
        Assert.Equal(new Location(0, 41, 1, 1), document.Location);

        var field = Assert.IsType<FieldNode>(Assert.Single(operation.SelectionSet.Selections));
        Assert.Equal(new Location(4, 38, 2, 3), field.Location);
        Assert.Equal("node", field.Name.Value);
        Assert.Equal(new Location(4, 8, 2, 3), field.Name.Location);
        var argument = Assert.Single(field.Arguments);
        Assert.Equal(new Location(9, 14, 2, 8), argument.Location);
        Assert.Equal("4", Assert.IsType<IntValueNode>(argument.Value).Value);
        Assert.Equal(["id", "name"], field.SelectionSet!.Selections.Cast<FieldNode>().Select(f => f.Name.Value));
        Assert.Equal(new Location(30, 34, 4, 5), field.SelectionSet.Selections[1].Location);
    }

    [Fact]
    public void Parses_operations_with_variables_directives_and_descriptions()
    {
        var document = Parser.Parse("\"\"\"Fetch\"\"\" query Q(\"how many\" $n: [Int!]! = [1] @v, $o: In) @op { f(a: $n) }");

        var operation = Assert.IsType<OperationDefinitionNode>(Assert.Single(document.Definitions));
        Assert.Equal("Fetch", operation.Description!.Value);
        Assert.True(operation.Description.Block);
        Assert.Equal("Q", operation.Name!.Value);
        Assert.Equal("op", Assert.Single(operation.Directives).Name.Value);
        var n = operation.VariableDefinitions[0];
        Assert.Equal("how many", n.Description!.Value);
        Assert.Equal("n", n.Variable.Name.Value);
        var nonNull = Assert.IsType<NonNullTypeNode>(n.Type);
        var list = Assert.IsType<ListTypeNode>(nonNull.Type);
        Assert.Equal("Int", Assert.IsType<NamedTypeNode>(Assert.IsType<NonNullTypeNode>(list.Type).Type).Name.Value);
        Assert.IsType<ListValueNode>(n.DefaultValue);
        Assert.Equal("v", Assert.Single(n.Directives).Name.Value);
        Assert.Null(operation.VariableDefinitions[1].DefaultValue);
    }

    [Fact]
    public void Parses_fragments_spreads_and_inline_fragments()
    {
        var document = Parser.Parse("{ ...F @a ... on T { x } ... @b { y } ... { z } } fragment F on T @c { w }");

        var selections = ((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections;
        var spread = Assert.IsType<FragmentSpreadNode>(selections[0]);
        Assert.Equal("F", spread.Name.Value);
        Assert.Equal("a", spread.Directives[0].Name.Value);
        Assert.Equal("T", Assert.IsType<InlineFragmentNode>(selections[1]).TypeCondition!.Name.Value);
        Assert.Null(Assert.IsType<InlineFragmentNode>(selections[2]).TypeCondition);
        Assert.Equal("b", ((InlineFragmentNode)selections[2]).Directives[0].Name.Value);
        Assert.Empty(((InlineFragmentNode)selections[3]).Directives);
        var fragment = Assert.IsType<FragmentDefinitionNode>(document.Definitions[1]);
        Assert.Equal(("F", "T", "c"), (fragment.Name.Value, fragment.TypeCondition.Name.Value, fragment.Directives[0].Name.Value));
    }

    [Fact]
    public void Keywords_are_ordinary_names_in_field_and_argument_positions()
    {
        var names = new[] { "on", "fragment", "query", "mutation", "subscription", "true", "false", "null", "type", "extend" };
        foreach (var keyword in names)
        {
            // "on" cannot name a fragment, so spreads and fragment definitions use another name for it.
            var fragmentName = keyword == "on" ? "a" : keyword;
            var document = Parser.Parse($"query {keyword} {{ {keyword}({keyword}: {keyword}) {{ ...{fragmentName} }} }} fragment {fragmentName} on Type {{ {keyword} }}");

            var field = (FieldNode)((OperationDefinitionNode)document.Definitions[0]).SelectionSet.Selections[0];
            Assert.Equal(keyword, field.Name.Value);
            Assert.Equal(keyword, field.Arguments[0].Name.Value);
        }
    }

    [Fact]
    public void Names_true_false_null_become_booleans_and_null_other_names_enums()
    {
        var values = ((ListValueNode)Parser.ParseValue("[true, false, null, NULL, on]")).Values;

        Assert.True(Assert.IsType<BooleanValueNode>(values[0]).Value);
        Assert.False(Assert.IsType<BooleanValueNode>(values[1]).Value);
        Assert.IsType<NullValueNode>(values[2]);
        Assert.Equal("NULL", Assert.IsType<EnumValueNode>(values[3]).Value);
        Assert.Equal("on", Assert.IsType<EnumValueNode>(values[4]).Value);
    }

    [Fact]
    public void ParseValue_ParseConstValue_and_ParseType_take_a_whole_source()
    {
        Assert.IsType<VariableNode>(Parser.ParseValue("$var"));
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseConstValue("[$var]"));
        Assert.Equal("Unexpected variable \"$var\" in constant value.", error.Description);
        Assert.Equal(new SourceLocation(1, 2), error.Location);
        Assert.Equal("String", ((NamedTypeNode)Parser.ParseType("String")).Name.Value);

        var trailing = Assert.Throws<GraphQLSyntaxException>(() => Parser.ParseType("String Int"));
        Assert.Equal("Expected <EOF>, found Name \"Int\".", trailing.Description);
        var blockValue = Assert.IsType<StringValueNode>(Parser.ParseValue("\"\"\"  x\"\"\""));
        Assert.True(blockValue.Block);
    }

    [Fact]
    public void Lists_and_objects_may_be_empty_and_nest()
    {
        var value = Assert.IsType<ObjectValueNode>(Parser.ParseValue("{a: [], b: {}, c: [[{d: 1}]]}"));

        Assert.Empty(Assert.IsType<ListValueNode>(value.Fields[0].Value).Values);
        Assert.Empty(Assert.IsType<ObjectValueNode>(value.Fields[1].Value).Fields);
        Assert.Equal(new Location(0, 29, 1, 1), value.Location);
    }

    [Fact]
    public void Empty_lists_are_shared_and_never_null()
    {
        var first = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ a }").Definitions[0]).SelectionSet.Selections[0];
        var second = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ b }").Definitions[0]).SelectionSet.Selections[0];

        Assert.Empty(first.Arguments);
        Assert.Same(first.Arguments, second.Arguments);
        Assert.Same(first.Directives, second.Directives);
    }

    [Fact]
    public void Empty_selection_sets_are_an_option()
    {
        var options = new ParseOptions { AllowEmptySelectionSets = true };

        var field = (FieldNode)((OperationDefinitionNode)Parser.Parse("{ a { } }", options).Definitions[0]).SelectionSet.Selections[0];

        Assert.Empty(field.SelectionSet!.Selections);
        Assert.Equal("{\n  a\n}", Printer.Print(Parser.Parse("{ a { } }", options)).Replace(" {}", string.Empty, StringComparison.Ordinal));
        Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{ a { } }"));
    }

    [Fact]
    public void NoLocation_leaves_locations_out()
    {
        var document = Parser.Parse("{ a(b: 1) }", new ParseOptions { NoLocation = true });

        var operation = (OperationDefinitionNode)document.Definitions[0];
        Assert.Null(document.Location);
        Assert.Null(operation.Location);
        Assert.Null(operation.SelectionSet.Selections[0].Location);
    }

    [Fact]
    public void Counts_the_tokens_it_read()
    {
        Assert.Equal(8, Parser.Parse("{ a(b: 1) }").TokenCount);
    }

    [Fact]
    public void Errors_carry_a_graphql_error_with_the_location()
    {
        var error = Assert.Throws<GraphQLSyntaxException>(() => Parser.Parse("{\n  f(a: 1\n}"));

        Assert.Equal("Syntax Error: Expected Name, found \"}\".", error.Error.Message);
        Assert.Equal([new SourceLocation(3, 1)], error.Error.Locations);
        Assert.Equal(11, error.Position);
        Assert.Equal("Syntax Error: Expected Name, found \"}\". (3:1)", error.Error.ToString());
    }

    [Fact]
    public void Rejects_bad_options()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParseOptions { MaxTokens = 0 });
        Assert.Throws<ArgumentOutOfRangeException>(() => new ParseOptions { MaxDepth = -1 });
        Assert.Throws<ArgumentNullException>(() => Parser.Parse(null!));
    }
}
