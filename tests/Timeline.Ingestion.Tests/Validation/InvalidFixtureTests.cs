using Timeline.Ingestion.Validation;
using Xunit;

namespace Timeline.Ingestion.Tests.Validation;

public sealed class InvalidFixtureTests
{
    public static TheoryData<string> Files => [.. FixtureManifest.Current.Fixtures.Select(f => f.File)];

    [Theory]
    [MemberData(nameof(Files))]
    public void Each_bad_file_gives_exactly_its_expected_errors_in_order(string file)
    {
        var fixture = FixtureManifest.Current.Get(file);

        var result = ArticleFactsValidator.Validate(fixture.ReadBytes(), fixture.ValidationOptions);

        Assert.False(result.IsValid);
        Assert.Null(result.Document);
        Assert.Equal(fixture.Errors.Select(e => e.Pointer), result.Errors.Select(e => e.Pointer));
        Assert.All(result.Errors, error => Assert.Equal(fixture.ErrorKind, error.Kind));
        foreach (var (expected, actual) in fixture.Errors.Zip(result.Errors))
        {
            Assert.Contains(expected.Reason, actual.Message, StringComparison.Ordinal);
        }
    }

    [Theory]
    [MemberData(nameof(Files))]
    public void Validation_is_deterministic(string file)
    {
        var fixture = FixtureManifest.Current.Get(file);
        var bytes = fixture.ReadBytes();

        var first = ArticleFactsValidator.Validate(bytes, fixture.ValidationOptions);
        var second = ArticleFactsValidator.Validate(bytes, fixture.ValidationOptions);

        Assert.Equal(first.Errors, second.Errors);
    }

    [Fact]
    public void Every_file_in_the_folder_is_in_the_manifest_and_every_entry_has_a_file()
    {
        var onDisk = Directory.GetFiles(TestPaths.InvalidFixtures, "*.json")
            .Select(Path.GetFileName)
            .Where(name => name != "expected.json")
            .Order(StringComparer.Ordinal);
        var listed = FixtureManifest.Current.Fixtures.Select(f => f.File).Order(StringComparer.Ordinal);

        Assert.Equal(listed, onDisk);
    }

    [Fact]
    public void Every_kind_of_check_has_bad_files()
    {
        var kinds = FixtureManifest.Current.Fixtures.Select(f => f.ErrorKind).ToHashSet();

        Assert.Equal(Enum.GetValues<ValidationErrorKind>().ToHashSet(), kinds);
    }
}
