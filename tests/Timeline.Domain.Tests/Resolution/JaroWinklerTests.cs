using Timeline.Domain.Resolution;
using Xunit;

namespace Timeline.Domain.Tests.Resolution;

public sealed class JaroWinklerTests
{
    // The table of the entity-resolution notes, computed with p = 0.1.
    [Theory]
    [InlineData("qassem soleimani", "qasem soleimani", 0.954)]
    [InlineData("qassem soleimani", "ghasem soleimani", 0.869)]
    [InlineData("muammar gaddafi", "moammar qadhafi", 0.880)]
    [InlineData("fuad hussein", "fuad hassan", 0.914)]
    [InlineData("fuad hussein", "fuad husayn", 0.914)]
    [InlineData("fuad hussein", "saddam hussein", 0.849)]
    public void Reproduces_the_reference_table(string left, string right, double expected) =>
        Assert.Equal(expected, JaroWinkler.Similarity(left, right), 3);

    [Fact]
    public void Is_symmetric_and_one_for_equal_strings()
    {
        Assert.Equal(1.0, JaroWinkler.Similarity("baghdad", "baghdad"));
        Assert.Equal(JaroWinkler.Similarity("fuad hassan", "fuad hussein"), JaroWinkler.Similarity("fuad hussein", "fuad hassan"));
    }

    [Fact]
    public void Is_zero_without_common_characters()
    {
        Assert.Equal(0.0, JaroWinkler.Similarity("abc", "xyz"));
        Assert.Equal(0.0, JaroWinkler.Similarity(string.Empty, "xyz"));
    }
}
