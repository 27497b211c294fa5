using Timeline.Domain.Model;
using Timeline.Domain.Resolution;
using Xunit;
using static Timeline.Domain.Tests.Resolution.Claims;
using static Timeline.Domain.Tests.Resolution.SeedMentions;

namespace Timeline.Domain.Tests.Resolution;

public sealed class EntityResolverTests
{
    private static EntityResolution ResolveSeed() => EntityResolver.Resolve([.. All], ResolutionOverrides.None);

    [Fact]
    public void Qassem_and_Qasem_Soleimani_are_one_person_named_as_most_mentions_name_him()
    {
        var soleimani = ResolveSeed().Single(AjSoleimani.MentionId);

        Assert.Equal([AjSoleimani.MentionId, NdtvSoleimani.MentionId], soleimani.MentionIds);
        Assert.Equal(EntityKind.Person, soleimani.Kind);
        // One mention each: the tie goes to the ordinally smaller spelling.
        Assert.Equal("Qassem Soleimani", soleimani.Name);
        Assert.Equal(["Qasem Soleimani"], soleimani.Aliases);
        Assert.Equal("person-qasem-sulaimani", soleimani.Id);
        Assert.Contains("person:qasem sulaimani", soleimani.Keys);
    }

    [Fact]
    public void The_majority_spelling_wins_the_canonical_name()
    {
        var third = Mention("reuters-2020-01-03", "soleimani", EntityKind.Person, "Qassem Soleimani");

        var soleimani = EntityResolver.Resolve([AjSoleimani, NdtvSoleimani, third], ResolutionOverrides.None).Single(third.MentionId);

        Assert.Equal("Qassem Soleimani", soleimani.Name);
        Assert.Equal(["Qasem Soleimani"], soleimani.Aliases);
        Assert.Equal(3, soleimani.MentionIds.Count);
    }

    [Fact]
    public void Muhandis_with_and_without_the_article_is_one_person()
    {
        var other = Mention(Ndtv, "muhandis", EntityKind.Person, "Abu Mahdi Al Muhandis");

        var resolution = EntityResolver.Resolve([AjMuhandis, other], ResolutionOverrides.None);

        var muhandis = Assert.Single(resolution.Entities);
        Assert.Equal("Abu Mahdi Al Muhandis", muhandis.Name);
        Assert.Equal(["Abu Mahdi al-Muhandis"], muhandis.Aliases);
        Assert.Equal("person-abu-mahdi-muhandis", muhandis.Id);
    }

    [Fact]
    public void Fuad_Hassan_and_Fuad_Hussein_without_a_shared_id_are_a_candidate_not_a_merge()
    {
        var resolution = ResolveSeed();

        var hassan = resolution.Single(AjFuad.MentionId);
        var hussein = resolution.Single(NdtvFuad.MentionId);
        Assert.NotEqual(hassan.Id, hussein.Id);
        var candidate = Assert.Single(resolution.Candidates, c => c.LeftEntityId == hassan.Id && c.RightEntityId == hussein.Id);
        Assert.Equal(0.921, candidate.Score, 3);
        Assert.Contains("normalised names 'fuad hasan' and 'fuad husain'", candidate.Evidence, StringComparison.Ordinal);
        Assert.Contains("folded 'fuad hassan' and 'fuad hussein': 0.914", candidate.Evidence, StringComparison.Ordinal);
        Assert.Contains("thresholds 0.85 and 0.70", candidate.Evidence, StringComparison.Ordinal);
        Assert.Contains("described as 'Iraq's Foreign Minister' and 'Foreign Minister'", candidate.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void Fuad_Hussein_and_Fuad_Husayn_are_one_transliterated_name()
    {
        var husayn = Mention("wire-2021", "fuad", EntityKind.Person, "Fuad Husayn");

        var resolution = EntityResolver.Resolve([NdtvFuad, husayn], ResolutionOverrides.None);

        Assert.Single(resolution.Entities);
        Assert.Empty(resolution.Candidates);
    }

    [Fact]
    public void A_shared_external_id_merges_different_spellings()
    {
        var hassan = AjFuad with { ExternalIds = new Dictionary<string, string> { ["wikidata"] = "Q5507029" } };
        var hussein = NdtvFuad with { ExternalIds = new Dictionary<string, string> { ["wikidata"] = "q5507029" } };

        var resolution = EntityResolver.Resolve([hassan, hussein], ResolutionOverrides.None);

        var fuad = Assert.Single(resolution.Entities);
        Assert.Equal("person-wikidata-q5507029", fuad.Id);
        Assert.Equal("Q5507029", fuad.ExternalIds["wikidata"]);
        Assert.Contains("wikidata:Q5507029", fuad.Keys);
        Assert.Contains("person:fuad hasan", fuad.Keys);
        Assert.Contains("person:fuad husain", fuad.Keys);
        Assert.Empty(resolution.Candidates);
    }

    [Fact]
    public void Isil_Isis_and_Islamic_State_resolve_to_one_organization_through_parenthesis_and_sameAs()
    {
        var resolution = ResolveSeed();

        var isil = resolution.Single(AjIsil.MentionId);
        Assert.Equal([AjIsil.MentionId, NdtvIsis.MentionId, NdtvIslamicState.MentionId], isil.MentionIds);
        Assert.Equal(EntityKind.Organization, isil.Kind);
        // Each mention names it differently (the parenthesised "ISIS" is an alias): the tie goes to the ordinally smallest.
        Assert.Equal("Islamic State group", isil.Name);
        Assert.Equal(["ISIL", "ISIS"], isil.Aliases);
        Assert.Equal("organization-isil", isil.Id);
    }

    [Fact]
    public void Qassem_al_Araji_is_not_Qassem_Soleimani()
    {
        var resolution = ResolveSeed();

        Assert.NotEqual(resolution.Single(NdtvAraji.MentionId).Id, resolution.Single(AjSoleimani.MentionId).Id);
        Assert.DoesNotContain(resolution.Candidates, c => c.LeftEntityId.Contains("araji", StringComparison.Ordinal) || c.RightEntityId.Contains("araji", StringComparison.Ordinal));
    }

    [Fact]
    public void Mentions_never_merge_across_kinds_even_with_one_name_and_one_id()
    {
        var person = Mention("a", "georgia", EntityKind.Person, "Georgia", ids: [("wikidata", "Q230")]);
        var place = Mention("b", "georgia", EntityKind.Place, "Georgia", ids: [("wikidata", "Q230")]);

        var resolution = EntityResolver.Resolve([person, place], new ResolutionOverrides([(person.MentionId, place.MentionId)], []));

        Assert.Equal(2, resolution.Entities.Count);
        Assert.Equal(["person-wikidata-q230", "place-wikidata-q230"], resolution.Entities.Select(e => e.Id));
        Assert.Empty(resolution.Candidates);
    }

    [Fact]
    public void Different_external_ids_of_one_scheme_never_merge_and_the_conflict_is_recorded_as_evidence()
    {
        var first = Mention("a", "hussein", EntityKind.Person, "Fuad Hussein", ids: [("wikidata", "Q111")]);
        var second = Mention("b", "hussein", EntityKind.Person, "Fuad Hussein", ids: [("wikidata", "Q222")]);

        var resolution = EntityResolver.Resolve([first, second], ResolutionOverrides.None);

        Assert.Equal(["person-wikidata-q111", "person-wikidata-q222"], resolution.Entities.Select(e => e.Id));
        var candidate = Assert.Single(resolution.Candidates);
        Assert.Equal(1.0, candidate.Score);
        Assert.Contains("share key person:fuad husain", candidate.Evidence, StringComparison.Ordinal);
        Assert.Contains("different wikidata ids Q111 (person-wikidata-q111) and Q222 (person-wikidata-q222)", candidate.Evidence, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mention_without_id_joins_only_one_of_two_conflicting_clusters()
    {
        var first = Mention("a", "x", EntityKind.Person, "Fuad Hussein", ids: [("wikidata", "Q111")]);
        var second = Mention("b", "x", EntityKind.Person, "Fuad Hussein", ids: [("wikidata", "Q222")]);
        var bare = Mention("c", "x", EntityKind.Person, "Fuad Husayn");

        var resolution = EntityResolver.Resolve([first, second, bare], ResolutionOverrides.None);

        Assert.Equal(2, resolution.Entities.Count);
        Assert.Equal([first.MentionId, bare.MentionId], resolution.Single(bare.MentionId).MentionIds);
    }

    [Fact]
    public void Confirmed_same_forces_a_merge_and_removes_the_candidate()
    {
        var overrides = new ResolutionOverrides([(NdtvFuad.MentionId, AjFuad.MentionId)], []);

        var resolution = EntityResolver.Resolve([.. All], overrides);

        var fuad = resolution.Single(AjFuad.MentionId);
        Assert.Equal([AjFuad.MentionId, NdtvFuad.MentionId], fuad.MentionIds);
        Assert.Equal("Fuad Hussein", fuad.Name);
        Assert.Equal(["Fuad Hassan"], fuad.Aliases);
        Assert.Equal("person-fuad-hasan", fuad.Id);
        Assert.DoesNotContain(resolution.Candidates, c => c.LeftEntityId == fuad.Id || c.RightEntityId == fuad.Id);
    }

    [Fact]
    public void Confirmed_same_overrides_conflicting_ids()
    {
        var first = Mention("a", "x", EntityKind.Person, "Fuad Hussein", ids: [("wikidata", "Q111")]);
        var second = Mention("b", "x", EntityKind.Person, "Fuad Hussein", ids: [("wikidata", "Q222")]);

        var resolution = EntityResolver.Resolve([first, second], new ResolutionOverrides([(first.MentionId, second.MentionId)], []));

        var fuad = Assert.Single(resolution.Entities);
        Assert.Equal("person-wikidata-q111", fuad.Id);
        Assert.Contains("wikidata:Q222", fuad.Keys);
    }

    [Fact]
    public void Confirmed_different_forbids_a_merge_on_a_shared_name_and_suppresses_the_candidate()
    {
        var overrides = new ResolutionOverrides([], [(AjSoleimani.MentionId, NdtvSoleimani.MentionId)]);

        var resolution = EntityResolver.Resolve([AjSoleimani, NdtvSoleimani], overrides);

        Assert.Equal(2, resolution.Entities.Count);
        Assert.Empty(resolution.Candidates);
        // Both clusters would take the id of their shared key; each gets a hash of its smallest mention id.
        Assert.All(resolution.Entities, e => Assert.StartsWith("person-qasem-sulaimani-", e.Id, StringComparison.Ordinal));
        Assert.NotEqual(resolution.Entities[0].Id, resolution.Entities[1].Id);
    }

    [Fact]
    public void Confirmed_different_suppresses_a_similarity_candidate()
    {
        var overrides = new ResolutionOverrides([], [(AjFuad.MentionId, NdtvFuad.MentionId)]);

        var resolution = EntityResolver.Resolve([AjFuad, NdtvFuad], overrides);

        Assert.Equal(2, resolution.Entities.Count);
        Assert.Empty(resolution.Candidates);
    }

    [Fact]
    public void Saddam_Hussein_is_not_proposed_for_Fuad_Hussein()
    {
        var saddam = Mention("a", "saddam", EntityKind.Person, "Saddam Hussein");

        var resolution = EntityResolver.Resolve([saddam, NdtvFuad], ResolutionOverrides.None);

        Assert.Empty(resolution.Candidates);
    }

    [Fact]
    public void A_shared_given_name_alone_proposes_nothing()
    {
        var trump = Mention("a", "trump", EntityKind.Person, "Donald Trump");
        var rumsfeld = Mention("b", "rumsfeld", EntityKind.Person, "Donald Rumsfeld");

        Assert.Empty(EntityResolver.Resolve([trump, rumsfeld], ResolutionOverrides.None).Candidates);
    }

    [Fact]
    public void Similar_organization_names_are_proposed()
    {
        var isil = Mention("a", "isil", EntityKind.Organization, "ISIL");
        var isis = Mention("b", "isis", EntityKind.Organization, "ISIS");

        var candidate = Assert.Single(EntityResolver.Resolve([isil, isis], ResolutionOverrides.None).Candidates);

        Assert.Equal(("organization-isil", "organization-isis"), (candidate.LeftEntityId, candidate.RightEntityId));
    }

    [Fact]
    public void A_wikidata_address_in_sameAs_counts_as_the_external_id()
    {
        var byAddress = Mention("a", "x", EntityKind.Person, "Qassem Soleimani", sameAs: ["https://www.wikidata.org/wiki/Q1163085"]);
        var byId = Mention("b", "x", EntityKind.Person, "Haj Qasem", ids: [("wikidata", "Q1163085")]);

        var entity = Assert.Single(EntityResolver.Resolve([byAddress, byId], ResolutionOverrides.None).Entities);

        Assert.Equal("person-wikidata-q1163085", entity.Id);
    }

    [Fact]
    public void Old_ids_of_merged_clusters_remain_known()
    {
        var alone = EntityResolver.Resolve([NdtvFuad], ResolutionOverrides.None).Entities.Single();

        var merged = EntityResolver.Resolve([AjFuad, NdtvFuad], new ResolutionOverrides([(AjFuad.MentionId, NdtvFuad.MentionId)], [])).Entities.Single();

        Assert.NotEqual(alone.Id, merged.Id);
        Assert.Contains(alone.Id, merged.KnownIds);
    }

    [Fact]
    public void Duplicate_mention_ids_are_rejected_with_the_id()
    {
        var error = Assert.Throws<ArgumentException>(() => EntityResolver.Resolve([AjFuad, AjFuad with { Name = "Other" }], ResolutionOverrides.None));

        Assert.Contains(AjFuad.MentionId, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pair_confirmed_both_same_and_different_is_rejected()
    {
        var overrides = new ResolutionOverrides([(AjFuad.MentionId, NdtvFuad.MentionId)], [(NdtvFuad.MentionId, AjFuad.MentionId)]);

        var error = Assert.Throws<ArgumentException>(() => EntityResolver.Resolve([AjFuad, NdtvFuad], overrides));

        Assert.Contains("both the same and different", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_mention_without_a_usable_name_is_rejected()
    {
        var error = Assert.Throws<ArgumentException>(() => EntityResolver.Resolve([AjFuad with { Name = " - " }], ResolutionOverrides.None));

        Assert.Contains(AjFuad.MentionId, error.Message, StringComparison.Ordinal);
    }
}
