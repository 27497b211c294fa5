using System.Globalization;
using System.Text;
using Timeline.GraphQL.Building;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Tests.Utilities;
using Timeline.GraphQL.Validation;
using Xunit;

namespace Timeline.GraphQL.Tests.Validation;

/// <summary>What the corpus does not cover: the default rule set, the error limit, rule composition and options.</summary>
public sealed class DocumentValidatorTests
{
    private const string TooMany = "Too many validation errors, error limit reached. Validation aborted.";

    private static readonly Schema TestSchema = SdlSchemaBuilder.Build("""
        enum Color { RED GREEN BLUE OLD @deprecated(reason: "Use RED.") }

        input Filter @oneOf { id: ID name: String }

        interface Named { name: String }

        type Person implements Named {
          name: String
          age: Int
          friends(first: Int = 10): [Person!]!
          color: Color
          legacy: String @deprecated(reason: "Gone.")
        }

        type Query {
          person(id: ID!): Person
          people(filter: Filter): [Person]
          named: Named
        }

        type Mutation { rename(id: ID!, name: String!): Person }

        type Subscription { renamed: Person, aged: Person }
        """);

    [Fact]
    public void Valid_document_passes_every_default_rule()
    {
        var errors = Validate("""
            query Friends($id: ID!, $first: Int) {
              person(id: $id) { ...Names friends(first: $first) { age color } }
              named { __typename ... on Person { age } }
            }
            fragment Names on Named { name }
            """);

        Assert.Empty(errors);
    }

    [Fact]
    public void Standard_introspection_query_passes_every_default_rule_including_introspection_depth()
    {
        Assert.Contains(MaxIntrospectionDepthRule.Rule, SpecifiedRules.All);

        Assert.Empty(Validate(GraphQLJsIntrospection.Query));
    }

    [Fact]
    public void Introspection_nested_three_lists_deep_is_refused_by_default()
    {
        var errors = Validate("{ __type(name: \"Person\") { fields { type { fields { type { fields { name } } } } } } }");

        var error = Assert.Single(errors);
        Assert.Equal("Maximum introspection depth exceeded", error.Message);
        Assert.Equal("1:3", string.Join(" ", error.Locations));
    }

    [Fact]
    public void Introspection_depth_checks_a_fragment_bomb_once_per_fragment()
    {
        // F0 spreads F1 twice, F1 spreads F2 twice, ...: 2^40 paths, 41 fragments. Only the last one nests too deep.
        var text = new StringBuilder("{ __schema { types { ...F0 } } }\n");
        const int count = 40;
        for (var i = 0; i < count; i++)
        {
            text.Append(CultureInfo.InvariantCulture, $"fragment F{i} on __Type {{ ofType {{ ...F{i + 1} }} ...F{i + 1} }}\n");
        }
        text.Append(CultureInfo.InvariantCulture, $"fragment F{count} on __Type {{ fields {{ type {{ fields {{ type {{ fields {{ name }} }} }} }} }} }}\n");

        var errors = Validate(text.ToString());

        Assert.Equal(["Maximum introspection depth exceeded"], errors.Select(e => e.Message).Distinct());
    }

    [Fact]
    public void Optional_rules_are_off_by_default_and_work_when_added()
    {
        const string query = "{ person(id: 1) { legacy color } __schema { queryType { name } } }";

        Assert.Empty(Validate(query));

        var errors = Validate(query, [.. SpecifiedRules.All, .. SpecifiedRules.Optional]);
        Assert.Equal(
            [
                "The field Person.legacy is deprecated. Gone.",
                "GraphQL introspection has been disabled, but the requested query contained the field \"__schema\".",
                "GraphQL introspection has been disabled, but the requested query contained the field \"queryType\".",
            ],
            errors.Select(e => e.Message));
    }

    [Fact]
    public void Error_limit_stops_validation_after_one_hundred_errors_by_default()
    {
        var query = new StringBuilder("{");
        for (var i = 0; i < 150; i++)
        {
            query.Append(" unknown").Append(i);
        }

        var errors = Validate(query.Append(" }").ToString(), [FieldsOnCorrectTypeRule.Rule]);

        Assert.Equal(101, errors.Count);
        Assert.Equal(TooMany, errors[^1].Message);
        Assert.Empty(errors[^1].Locations);
        Assert.All(errors.Take(100), e => Assert.StartsWith("Cannot query field \"unknown", e.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Error_limit_is_configurable()
    {
        var errors = DocumentValidator.Validate(
            TestSchema,
            Parser.Parse("{ a b c d }"),
            [FieldsOnCorrectTypeRule.Rule],
            new ValidationOptions { MaxErrors = 2 });

        Assert.Equal(["Cannot query field \"a\" on type \"Query\".", "Cannot query field \"b\" on type \"Query\".", TooMany], errors.Select(e => e.Message));
    }

    [Fact]
    public void Exactly_the_limit_of_errors_is_not_aborted()
    {
        var errors = DocumentValidator.Validate(
            TestSchema,
            Parser.Parse("{ a b }"),
            [FieldsOnCorrectTypeRule.Rule],
            new ValidationOptions { MaxErrors = 2 });

        Assert.Equal(2, errors.Count);
        Assert.DoesNotContain(errors, e => e.Message == TooMany);
    }

    [Fact]
    public void Error_limit_below_one_is_refused()
    {
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ValidationOptions { MaxErrors = 0 });

        Assert.Contains("MaxErrors", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Rules_composed_in_one_walk_report_what_each_reports_alone()
    {
        const string query = """
            query Q($unused: Int) {
              person { nme friends(first: "ten", first: 2) { age } }
              ...Missing
            }
            """;
        ValidationRule[] rules =
        [
            FieldsOnCorrectTypeRule.Rule,
            ProvidedRequiredArgumentsRule.Rule,
            UniqueArgumentNamesRule.Rule,
            ValuesOfCorrectTypeRule.Rule,
            NoUnusedVariablesRule.Rule,
            KnownFragmentNamesRule.Rule,
        ];

        var together = Validate(query, rules).Select(Describe).ToList();
        var alone = rules.SelectMany(rule => Validate(query, [rule])).Select(Describe).ToList();

        Assert.Equal(alone.Order(StringComparer.Ordinal), together.Order(StringComparer.Ordinal));
        Assert.Equal(6, together.Count);
    }

    [Fact]
    public void A_rule_skipping_a_subtree_does_not_hide_it_from_the_others()
    {
        // KnownArgumentNamesRule skips the insides of directives; ValuesOfCorrectTypeRule must still see them.
        var errors = Validate("{ person(id: 1) @include(if: \"yes\", unless: true) { name } }", [KnownArgumentNamesRule.Rule, ValuesOfCorrectTypeRule.Rule]);

        Assert.Equal(
            ["Boolean cannot represent a non boolean value: \"yes\"", "Unknown argument \"unless\" on directive \"@include\"."],
            errors.Select(e => e.Message).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Operation_without_a_root_type_in_the_schema_is_refused()
    {
        var schema = SdlSchemaBuilder.Build("type Query { a: String }");

        var errors = DocumentValidator.Validate(schema, Parser.Parse("mutation M { a }\nsubscription S { a }\n{ a }"), [KnownOperationTypesRule.Rule]);

        Assert.Equal(
            ["The mutation operation is not supported by the schema. (1:1)", "The subscription operation is not supported by the schema. (2:1)"],
            errors.Select(e => e.ToString()));
    }

    [Fact]
    public void Subscription_root_fields_left_out_by_a_literal_skip_do_not_count()
    {
        var errors = Validate(
            "subscription S { renamed { name } aged @skip(if: true) { name } }\nsubscription T { renamed { name } aged @include(if: false) { name } }",
            [SingleFieldSubscriptionsRule.Rule]);

        Assert.Empty(errors);
    }

    [Fact]
    public void Hidden_suggestions_leave_the_schema_out_of_messages()
    {
        var errors = DocumentValidator.Validate(
            TestSchema,
            Parser.Parse("{ persn(id: 1) { name } }"),
            [FieldsOnCorrectTypeRule.Rule],
            new ValidationOptions { HideSuggestions = true });

        Assert.Equal("Cannot query field \"persn\" on type \"Query\".", Assert.Single(errors).Message);
        Assert.Equal(
            "Cannot query field \"persn\" on type \"Query\". Did you mean \"person\"?",
            Assert.Single(Validate("{ persn(id: 1) { name } }", [FieldsOnCorrectTypeRule.Rule])).Message);
    }

    [Fact]
    public void Cancelled_validation_throws()
    {
        using var cancellation = new CancellationTokenSource();
        cancellation.Cancel();

        Assert.Throws<OperationCanceledException>(() => DocumentValidator.Validate(
            TestSchema,
            Parser.Parse("{ named { name } }"),
            options: new ValidationOptions { CancellationToken = cancellation.Token }));
    }

    [Fact]
    public void Validation_cancelled_midway_stops_at_the_next_definition()
    {
        using var cancellation = new CancellationTokenSource();
        var fragmentsSeen = 0;
        var cancelOnOperation = new ValidationRule("CancelOnOperation", _ => new CallbackVisitor(node =>
        {
            if (node is OperationDefinitionNode)
            {
                cancellation.Cancel();
            }
            else if (node is FragmentDefinitionNode)
            {
                fragmentsSeen++;
            }
        }));

        Assert.Throws<OperationCanceledException>(() => DocumentValidator.Validate(
            TestSchema,
            Parser.Parse("{ named { ...N } }\nfragment N on Named { name }"),
            [cancelOnOperation],
            new ValidationOptions { CancellationToken = cancellation.Token }));
        Assert.Equal(0, fragmentsSeen);
    }

    [Fact]
    public void Invalid_schema_is_refused_before_any_document()
    {
        var schema = SdlSchemaBuilder.Build("type Query { a: Named } interface Named { name: String } type Thing implements Named { id: ID }", new SdlBuildOptions { Validate = false });

        Assert.Throws<SchemaValidationException>(() => DocumentValidator.Validate(schema, Parser.Parse("{ a { name } }")));
    }

    [Fact]
    public void Errors_of_the_default_rules_come_in_document_order_with_locations()
    {
        var errors = Validate("""
            query Q($id: ID) {
              person(id: $id) { name }
              people(filter: { id: 1, name: "x" }) { colour }
            }
            """);

        Assert.Equal(
            [
                "Cannot query field \"colour\" on type \"Person\". Did you mean \"color\"? (3:42)",
                "OneOf Input Object \"Filter\" must specify exactly one key. (3:18)",
                "Variable \"$id\" of type \"ID\" used in position expecting type \"ID!\". (1:9, 2:14)",
            ],
            errors.Select(e => e.ToString()).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void Custom_scalars_judge_literals_with_their_own_parsing()
    {
        var options = new SdlBuildOptions();
        options.Scalars["Strict"] = new ScalarType("Strict")
        {
            LiteralCoercer = (literal, _) => literal is StringValueNode ? "ok" : throw new ValueCoercionException("Strict takes strings only."),
        };
        options.Scalars["Fussy"] = new ScalarType("Fussy") { LiteralCoercer = (_, _) => throw new FormatException("never pleased") };
        var schema = SdlSchemaBuilder.Build("scalar Strict scalar Fussy type Query { a(s: Strict, f: Fussy): String }", options);

        var errors = DocumentValidator.Validate(schema, Parser.Parse("{ a(s: 123, f: \"x\") b: a(s: \"fine\") }"), [ValuesOfCorrectTypeRule.Rule]);

        Assert.Equal(
            ["Strict takes strings only. (1:8)", "Expected value of type \"Fussy\", found \"x\"; never pleased (1:16)"],
            errors.Select(e => e.ToString()));
    }

    private static IReadOnlyList<GraphQLError> Validate(string query, IEnumerable<ValidationRule>? rules = null) =>
        DocumentValidator.Validate(TestSchema, Parser.Parse(query), rules);

    private static string Describe(GraphQLError error) => error.ToString();

    private sealed class CallbackVisitor(Action<SyntaxNode> onEnter) : SyntaxVisitor
    {
        public override VisitAction Enter(SyntaxNode node)
        {
            onEnter(node);
            return VisitAction.Continue;
        }
    }
}
