using Timeline.Ingestion.Validation;
using Xunit;

namespace Timeline.Ingestion.Tests.Validation;

public sealed class ValidFixtureTests
{
    public static TheoryData<string> Files =>
        [.. Directory.GetFiles(TestPaths.ValidFixtures, "*.json").Select(path => Path.GetFileName(path)).Order(StringComparer.Ordinal)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_good_file_is_valid_and_mapped(string file)
    {
        var bytes = File.ReadAllBytes(Path.Combine(TestPaths.ValidFixtures, file));

        var result = ArticleFactsValidator.Validate(bytes);

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
        Assert.Empty(result.Errors);
        Assert.Equal(1, result.Document.FormatVersion);
        Assert.NotEmpty(result.Document.Article.Id);
    }
}
