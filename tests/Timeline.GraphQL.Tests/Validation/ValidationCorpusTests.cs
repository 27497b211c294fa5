using Timeline.GraphQL.Language;
using Timeline.GraphQL.Validation;
using Xunit;

namespace Timeline.GraphQL.Tests.Validation;

/// <summary>
/// Each case of graphql-js's validation tests (../shared/graphql-validation-corpus) runs its one rule alone on
/// its schema and must report as many errors as graphql-js, at the same locations, in the same order, with the same messages.
/// </summary>
public sealed class ValidationCorpusTests
{
    private const string MissingCorpus = "missing-corpus";

    /// <summary>
    /// Cases whose schema needs a scalar's own literal parsing, which SDL cannot carry: graphql-js's test gives
    /// these scalars code that the YAML export leaves out. The engine's README lists them too.
    /// </summary>
    private static readonly Dictionary<string, string> NeedsCustomScalarParsing = new(StringComparer.Ordinal)
    {
        ["Invalid input object value/reports error for custom scalar that returns undefined"] =
            "graphql-js's CustomScalar rejects every literal by returning undefined from parseLiteral; an SDL scalar accepts any literal",
    };

    /// <summary>
    /// Cases whose expectations do not hold for the case as exported, under graphql-js itself. Each is checked
    /// instead, as graphql-js sees it, by <see cref="CorpusDefectTests"/>.
    /// </summary>
    private static readonly Dictionary<string, string> CorpusDefects = new(StringComparer.Ordinal)
    {
        ["OverlappingFieldsCanBeMerged: reports deep conflict after nested fragments"] = ExportedSchemaDefect,
        ["OverlappingFieldsCanBeMerged: finds invalid cases even with field named after fragment"] = ExportedSchemaDefect,
        ["UniqueDirectivesPerLocation: duplicate custom non-repeatable directives in one location"] =
            "the case is not one of graphql-js's (it writes its schema inline) and its columns (13 and 35) do not match its query text, where graphql-js reports 2:9 and 2:30",
    };

    private const string ExportedSchemaDefect =
        "graphql-js ran it on its test schema, which has no type T or Type; the export's schema 0 injects them, which makes the two fields' parents different object types, so graphql-js (and the spec's FieldsInSetCanMerge) find no conflict";

    private static readonly Dictionary<string, ValidationRule> RulesByCorpusName =
        SpecifiedRules.All.Concat(SpecifiedRules.Optional)
            .ToDictionary(r => r.Name.EndsWith("Rule", StringComparison.Ordinal) ? r.Name[..^4] : r.Name, StringComparer.Ordinal);

    public static IEnumerable<TheoryDataRow<string>> CaseIds()
    {
        if (!ValidationCorpus.Exists)
        {
            yield return new TheoryDataRow<string>(MissingCorpus) { TestDisplayName = "validation corpus not found" };
            yield break;
        }

        foreach (var (id, corpusCase) in ValidationCorpus.Cases)
        {
            yield return new TheoryDataRow<string>(id) { TestDisplayName = $"{corpusCase.Rule}: {corpusCase.Name} ({id})" };
        }
    }

    [Theory]
    [MemberData(nameof(CaseIds))]
    public void Reports_what_graphql_js_reports(string id)
    {
        if (id == MissingCorpus)
        {
            Assert.Skip($"The validation corpus was not found: {ValidationCorpus.Folder}");
        }

        var corpusCase = ValidationCorpus.Cases[id];
        if (NeedsCustomScalarParsing.TryGetValue(corpusCase.Name, out var reason))
        {
            Assert.Skip("Needs custom scalar parsing: " + reason);
        }

        if (CorpusDefects.TryGetValue($"{corpusCase.Rule}: {corpusCase.Name}", out var defect))
        {
            Assert.Skip("The corpus expectation is wrong for this case: " + defect);
        }

        Assert.True(RulesByCorpusName.TryGetValue(corpusCase.Rule, out var rule), $"No rule is named {corpusCase.Rule}Rule.");
        var errors = DocumentValidator.Validate(ValidationCorpus.SchemaFor(corpusCase), Parser.Parse(corpusCase.Query), [rule]);

        // Messages are compared too: the README makes them optional, but the rules word them as graphql-js does.
        var expected = corpusCase.Errors.Select(e => (e.Message, Locations: string.Join(" ", e.Locations))).ToList();
        var actual = errors.Select(e => (e.Message, Locations: string.Join(" ", e.Locations))).ToList();
        Assert.True(expected.SequenceEqual(actual), $"Expected:\n{Describe(expected)}\nActual:\n{Describe(actual)}");
    }

    [Fact]
    public void The_corpus_holds_every_case()
    {
        if (!ValidationCorpus.Exists)
        {
            Assert.Skip($"The validation corpus was not found: {ValidationCorpus.Folder}");
        }

        Assert.Equal(432, ValidationCorpus.Cases.Count);
        Assert.All(ValidationCorpus.Cases.Values, c => Assert.Contains(c.Rule, RulesByCorpusName.Keys));
    }

    private static string Describe(IEnumerable<(string Message, string Locations)> errors) =>
        string.Join("\n", errors.Select(e => $"  [{e.Locations}] {e.Message}").DefaultIfEmpty("  (none)"));
}
