using Timeline.GraphQL.Language;
using Xunit;

namespace Timeline.GraphQL.Tests.Language;

/// <summary>
/// Every case of Fixtures/syntax-errors.txt must fail (or pass) exactly as graphql-js 17 does: same
/// message, same line and column. The expectations were produced by graphql-js (see regenerate.mjs).
/// </summary>
public sealed class SyntaxErrorCorpusTests
{
    // graphql-js 17 parses "extend directive" and (by default) empty selection sets, both beyond the
    // September 2025 spec; this parser follows the spec (see ParseOptions.AllowEmptySelectionSets).
    private static readonly Dictionary<string, string> Deviations = new(StringComparer.Ordinal)
    {
        ["extend directive is not in the spec"] = "1:8\tSyntax Error: Unexpected Name \"directive\".",
        ["empty selection set"] = "1:3\tSyntax Error: Expected Name, found \"}\".",
    };

    public static TheoryData<string> CaseNames() => [.. Cases().Keys];

    [Theory]
    [MemberData(nameof(CaseNames))]
    public void Matches_graphql_js(string name)
    {
        var source = Cases()[name];
        var expected = Deviations.TryGetValue(name, out var deviation) ? deviation : Expected()[name];

        string actual;
        try
        {
            Parser.Parse(source);
            actual = "ok\t";
        }
        catch (GraphQLSyntaxException error)
        {
            actual = $"{error.Location.Line}:{error.Location.Column}\t{error.Message}";
        }

        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Every_case_has_an_expectation()
    {
        Assert.Equal(Cases().Keys.Order(StringComparer.Ordinal), Expected().Keys.Order(StringComparer.Ordinal));
        Assert.True(Cases().Count > 100);
    }

    internal static Dictionary<string, string> Cases()
    {
        var cases = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var block in Fixtures.Read("syntax-errors.txt").Split("### ").Skip(1))
        {
            var newline = block.IndexOf('\n', StringComparison.Ordinal);
            var body = block[(newline + 1)..];
            cases.Add(block[..newline].Trim(), body.EndsWith('\n') ? body[..^1] : body);
        }

        return cases;
    }

    private static Dictionary<string, string> Expected() =>
        Fixtures.Read("syntax-errors.expected.txt")
            .Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => line.Split('\t', 2))
            .ToDictionary(parts => parts[0], parts => parts[1], StringComparer.Ordinal);
}
