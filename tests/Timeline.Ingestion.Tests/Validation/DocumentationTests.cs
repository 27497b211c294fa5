using System.Text;
using Timeline.Ingestion.Validation;
using Xunit;

namespace Timeline.Ingestion.Tests.Validation;

public sealed class DocumentationTests
{
    [Fact]
    public void The_example_in_the_format_documentation_is_a_valid_document()
    {
        var documentation = File.ReadAllText(Path.Combine(TestPaths.Repository, "docs", "article-facts-format.md"));
        var start = documentation.IndexOf("```json\n", StringComparison.Ordinal) + "```json\n".Length;
        var end = documentation.IndexOf("```", start, StringComparison.Ordinal);

        var result = ArticleFactsValidator.Validate(Encoding.UTF8.GetBytes(documentation[start..end]));

        Assert.True(result.IsValid, string.Join(Environment.NewLine, result.Errors));
    }
}
