using Timeline.Domain.Model;
using Timeline.Domain.Resolution;
using Xunit;
using static Timeline.Domain.Tests.Resolution.Claims;

namespace Timeline.Domain.Tests.Resolution;

public sealed class EntityKeysTests
{
    [Fact]
    public void Keys_cover_external_ids_names_aliases_parenthesised_parts_and_sameAs()
    {
        var isil = Mention("a", "isil", EntityKind.Organization, "ISIL (ISIS)",
            aliases: ["Daesh"],
            ids: [("Wikidata", "q2429253")],
            sameAs: ["Islamic State", "https://www.wikidata.org/wiki/Q2429253", "https://en.wikipedia.org/wiki/Islamic_State/"]);

        Assert.Equal(
            [
                "organization:daesh", "organization:isil", "organization:isis", "organization:islamic state",
                "url:en.wikipedia.org/wiki/Islamic_State", "wikidata:Q2429253",
            ],
            EntityKeys.For(isil));
    }

    [Fact]
    public void Name_keys_carry_the_kind()
    {
        var person = Mention("a", "x", EntityKind.Person, "Chad");
        var place = Mention("a", "y", EntityKind.Place, "Chad");

        Assert.Equal(["person:chad"], EntityKeys.For(person));
        Assert.Equal(["place:chad"], EntityKeys.For(place));
    }

    [Fact]
    public void A_scheme_and_value_in_sameAs_is_an_external_id()
    {
        var mention = Mention("a", "x", EntityKind.Person, "Qasem Soleimani", sameAs: ["wikidata:Q1163085"]);

        Assert.Equal([("wikidata", "Q1163085")], EntityKeys.ExternalIdsOf(mention));
    }

    [Fact]
    public void A_malformed_web_address_is_rejected_with_the_mention()
    {
        var mention = Mention("a", "x", EntityKind.Person, "Qasem Soleimani", sameAs: ["https://"]);

        var error = Assert.Throws<ArgumentException>(() => EntityKeys.For(mention));

        Assert.Contains("a#x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_empty_external_id_is_rejected_with_the_mention()
    {
        var mention = Mention("a", "x", EntityKind.Person, "Qasem Soleimani", ids: [("wikidata", " ")]);

        var error = Assert.Throws<ArgumentException>(() => EntityKeys.For(mention));

        Assert.Contains("a#x", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_lists_are_rejected_with_the_mention()
    {
        var mention = Mention("a", "x", EntityKind.Person, "Qasem Soleimani") with { Aliases = null! };

        var error = Assert.Throws<ArgumentException>(() => EntityKeys.For(mention));

        Assert.Contains("a#x", error.Message, StringComparison.Ordinal);
    }
}
