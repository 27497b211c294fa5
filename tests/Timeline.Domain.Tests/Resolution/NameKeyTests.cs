using Timeline.Domain.Resolution;
using Xunit;

namespace Timeline.Domain.Tests.Resolution;

public sealed class NameKeyTests
{
    [Theory]
    [InlineData("Qassem Soleimani", "qasem sulaimani")]
    [InlineData("Qasem Soleimani", "qasem sulaimani")]
    [InlineData("Ghasem Soleimani", "qasem sulaimani")]
    [InlineData("Kassem Suleimani", "qasem sulaimani")]
    [InlineData("Fuad Hussein", "fuad husain")]
    [InlineData("Fuad Husayn", "fuad husain")]
    [InlineData("Fuad Hassan", "fuad hasan")]
    [InlineData("Abu Mahdi al-Muhandis", "abu mahdi muhandis")]
    [InlineData("Abu Mahdi Al Muhandis", "abu mahdi muhandis")]
    [InlineData("Mustafa al-Kadhimi", "mustafa qazimi")]
    [InlineData("Mustafa al-Kazimi", "mustafa qazimi")]
    [InlineData("Ḥusayn", "husain")]
    [InlineData("Mu'ammar", "muamar")]
    [InlineData("Youssef", "yusef")]
    [InlineData("U.S.", "us")]
    [InlineData("The Pentagon", "pentagun")]
    [InlineData("Hashd al-Shaabi", "hashd shaabi")]
    public void Spellings_of_one_name_normalise_to_one_key(string name, string expected) =>
        Assert.Equal(expected, NameKey.Normalise(name));

    [Fact]
    public void Hussein_and_Hassan_keep_different_keys() =>
        Assert.NotEqual(NameKey.Normalise("Fuad Hussein"), NameKey.Normalise("Fuad Hassan"));

    [Fact]
    public void Parenthesised_parts_split_off_as_aliases()
    {
        var (main, inner) = NameKey.Split("ISIL (ISIS)");

        Assert.Equal("ISIL", main);
        Assert.Equal(["ISIS"], inner);
    }

    [Fact]
    public void An_unclosed_parenthesis_still_marks_an_alias()
    {
        var (main, inner) = NameKey.Split("Popular Mobilization Forces (Hashd al-Shaabi");

        Assert.Equal("Popular Mobilization Forces", main);
        Assert.Equal(["Hashd al-Shaabi"], inner);
    }

    [Fact]
    public void A_name_made_only_of_an_article_is_kept() =>
        Assert.Equal("al", NameKey.Normalise("Al"));

    [Fact]
    public void Fold_keeps_spellings_apart() =>
        Assert.Equal("qassem soleimani", NameKey.Fold("Qassem  Soléimani"));
}
