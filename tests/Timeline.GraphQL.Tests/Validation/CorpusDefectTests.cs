using Timeline.GraphQL.Building;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Validation;
using Xunit;

namespace Timeline.GraphQL.Tests.Validation;

/// <summary>
/// The corpus cases whose expectations do not hold as exported (see <see cref="ValidationCorpusTests"/>), checked
/// the way graphql-js sees them: on the schema graphql-js ran them on, and at the columns of the query text.
/// </summary>
public sealed class CorpusDefectTests
{
    private const string InjectedMarker = "# injected";

    private const string DeepConflictAfterNestedFragments = """
        fragment F on T {
          ...G
        }
        fragment G on T {
          ...H
        }
        fragment H on T {
          x: a
        }
        {
          x: b
          ...F
        }
        """;

    private const string FieldNamedAfterFragment = """
        {
          fragA
          ...fragA
        }

        fragment fragA on Type {
          fragA: b
        }
        """;

    [Theory]
    [InlineData(DeepConflictAfterNestedFragments, "11:3 8:3")]
    [InlineData(FieldNamedAfterFragment, "2:3 7:3")]
    public void Fields_under_unknown_parent_types_conflict_as_on_graphql_js_test_schema(string query, string locations)
    {
        var errors = Validate(SchemaWithoutInjectedTypes(), query, OverlappingFieldsCanBeMergedRule.Rule);

        var error = Assert.Single(errors);
        Assert.Equal(locations, string.Join(" ", error.Locations));
        Assert.Contains("are different fields", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DeepConflictAfterNestedFragments)]
    [InlineData(FieldNamedAfterFragment)]
    public void Fields_whose_parents_are_different_object_types_do_not_conflict(string query)
    {
        var schema = SdlSchemaBuilder.Build(CorpusSchemaZero());

        Assert.Empty(Validate(schema, query, OverlappingFieldsCanBeMergedRule.Rule));
    }

    [Fact]
    public void Duplicate_non_repeatable_directive_is_reported_at_both_uses()
    {
        var schema = SdlSchemaBuilder.Build("""
            directive @customNonRepeatable on FIELD
            type Query {
              field: String
            }
            """);

        var errors = Validate(schema, "{\n  field @customNonRepeatable @customNonRepeatable\n}\n", UniqueDirectivesPerLocationRule.Rule);

        Assert.Equal("2:9 2:30", string.Join(" ", Assert.Single(errors).Locations));
    }

    private static IReadOnlyList<GraphQLError> Validate(Schema schema, string query, ValidationRule rule) =>
        DocumentValidator.Validate(schema, Parser.Parse(query), [rule]);

    private static string CorpusSchemaZero()
    {
        if (!ValidationCorpus.Exists)
        {
            Assert.Skip($"The validation corpus was not found: {ValidationCorpus.Folder}");
        }

        return ValidationCorpus.SchemaText(0);
    }

    /// <summary>Schema 0 without the types the export appended, i.e. graphql-js's own test schema in this respect.</summary>
    private static Schema SchemaWithoutInjectedTypes()
    {
        var sdl = CorpusSchemaZero();
        var marker = sdl.IndexOf(InjectedMarker, StringComparison.Ordinal);
        Assert.True(marker > 0, "Schema 0 no longer has the injected part this test removes.");
        return SdlSchemaBuilder.Build(sdl[..marker]);
    }
}
