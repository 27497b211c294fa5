using Xunit;

namespace Timeline.Storage.Sqlite.Tests.Curation;

public sealed class CrossDocumentCandidateTests
{
    [Fact]
    public async Task Similar_names_from_different_articles_become_a_candidate_in_either_order()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var forward = await CurationStore.CreateAsync(CurationDocuments.First(), CurationDocuments.Second());
        await using var backward = await CurationStore.CreateAsync(CurationDocuments.Second(), CurationDocuments.First());

        var candidates = await forward.Store.ListMergeCandidatesAsync(ct);

        var fuad = Assert.Single(candidates);
        Assert.Equal(["person-fuad-hasan", "person-fuad-husain"], [fuad.LeftEntityId, fuad.RightEntityId]);
        Assert.Contains("Jaro-Winkler", fuad.Evidence, StringComparison.Ordinal);
        Assert.Equal(candidates, await backward.Store.ListMergeCandidatesAsync(ct));
        Assert.Equal(await forward.ExportAsync(), await backward.ExportAsync());
    }

    [Fact]
    public async Task A_third_article_between_the_two_changes_nothing_of_the_candidate()
    {
        await using var two = await CurationStore.CreateAsync(CurationDocuments.First(), CurationDocuments.Third(), CurationDocuments.Second());
        await using var all = await CurationStore.CreateAsync(CurationDocuments.Third(), CurationDocuments.Second(), CurationDocuments.First());

        Assert.Equal(await all.ExportAsync(), await two.ExportAsync());
        Assert.Single(await two.Store.ListMergeCandidatesAsync(TestContext.Current.CancellationToken));
    }

    [Fact]
    public async Task An_article_that_only_adds_a_mention_to_one_side_keeps_the_candidate()
    {
        // The minister as the second article names him: his entity gains a member and nothing else.
        var again = new FactsBuilder("afp", "2021-04-10").Person("fuad", "Fuad Hussein")
            .Event("call", "call", "Foreign minister calls Blinken", "2021-04-09", null, null, "fuad:participant").Build();
        await using var after = await CurationStore.CreateAsync(CurationDocuments.First(), CurationDocuments.Second(), again);
        await using var before = await CurationStore.CreateAsync(again, CurationDocuments.Second(), CurationDocuments.First());

        Assert.Single(await after.Store.ListMergeCandidatesAsync(TestContext.Current.CancellationToken));
        Assert.Equal(await before.ExportAsync(), await after.ExportAsync());
    }

    [Fact]
    public async Task Retracting_one_side_removes_the_candidate()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await CurationStore.CreateAsync(CurationDocuments.First(), CurationDocuments.Second());

        Assert.True(await store.Store.RetractArticleAsync("ndtv", new("alice", null), ct));

        Assert.Empty(await store.Store.ListMergeCandidatesAsync(ct));
    }
}
