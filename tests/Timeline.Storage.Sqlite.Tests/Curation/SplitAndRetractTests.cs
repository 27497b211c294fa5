using Timeline.Domain.Model;
using Xunit;

namespace Timeline.Storage.Sqlite.Tests.Curation;

public sealed class SplitAndRetractTests
{
    private static readonly CurationContext Carol = new("carol", null);

    [Fact]
    public async Task Splitting_mentions_off_an_entity_gives_them_their_own_entity()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await CurationStore.CreateAsync(CurationDocuments.First(), CurationDocuments.Second(), CurationDocuments.Third());

        var ids = await store.Store.SplitEntityAsync("person-wikidata-q1163085", ["reuters#soleimani"], Carol, ct);

        // Expected: the same articles with the split-off mention confirmed different from the others.
        await using var expected = await CurationStore.CreateAsync(CurationDocuments.First(), CurationDocuments.Second(), CurationDocuments.Third());
        await expected.Store.RecordMergeDecisionAsync(new MergeRecord("aj#soleimani", "reuters#soleimani", MergeDecision.Different, null), ct);
        await expected.Store.RecordMergeDecisionAsync(new MergeRecord("ndtv#soleimani", "reuters#soleimani", MergeDecision.Different, null), ct);
        Assert.Equal(await expected.ExportAsync(), await store.ExportAsync());
        var found = await store.Store.GetEntitiesAsync(["aj#soleimani", "ndtv#soleimani", "reuters#soleimani"], ct);
        Assert.Equal([found["aj#soleimani"].Id, found["reuters#soleimani"].Id], ids);
        Assert.Equal(found["aj#soleimani"].Id, found["ndtv#soleimani"].Id);
        Assert.NotEqual(ids[0], ids[1]);
    }

    [Fact]
    public async Task Splitting_twice_equals_splitting_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await CurationStore.CreateAsync(CurationDocuments.First(), CurationDocuments.Second(), CurationDocuments.Third());

        var first = await store.Store.SplitEntityAsync("person-wikidata-q1163085", ["reuters#soleimani"], Carol, ct);
        var once = await store.ExportAsync();
        var second = await store.Store.SplitEntityAsync("person-wikidata-q1163085", ["reuters#soleimani"], Carol, ct);

        Assert.Equal(first, second);
        Assert.Equal(once, await store.ExportAsync());
        Assert.Single(await store.Store.ListCurationLogAsync(ct));
    }

    [Fact]
    public async Task A_split_names_what_is_wrong_with_it()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await CurationStore.CreateAsync(CurationDocuments.First(), CurationDocuments.Second());

        var unknown = await Assert.ThrowsAsync<CurationException>(() => store.Store.SplitEntityAsync("person-nobody", ["aj#fuad"], Carol, ct));
        var stranger = await Assert.ThrowsAsync<CurationException>(() => store.Store.SplitEntityAsync("person-wikidata-q1163085", ["aj#fuad"], Carol, ct));
        var whole = await Assert.ThrowsAsync<CurationException>(() =>
            store.Store.SplitEntityAsync("person-wikidata-q1163085", ["aj#soleimani", "ndtv#soleimani"], Carol, ct));

        Assert.Contains("person-nobody", unknown.Message, StringComparison.Ordinal);
        Assert.Contains("'aj#fuad'", stranger.Message, StringComparison.Ordinal);
        Assert.Contains("at least one behind", whole.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Retracting_an_article_leaves_the_graph_of_the_others()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await CurationStore.CreateAsync(CurationDocuments.First(), CurationDocuments.Second(), CurationDocuments.Third());

        Assert.True(await store.Store.RetractArticleAsync("ndtv", Carol, ct));

        await using var expected = await CurationStore.CreateAsync(CurationDocuments.Third(), CurationDocuments.First());
        Assert.Equal(await expected.ExportAsync(), await store.ExportAsync());
    }

    [Fact]
    public async Task Retracting_twice_equals_retracting_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await CurationStore.CreateAsync(CurationDocuments.First(), CurationDocuments.Second());

        Assert.True(await store.Store.RetractArticleAsync("ndtv", Carol, ct));
        var once = await store.ExportAsync();
        Assert.False(await store.Store.RetractArticleAsync("ndtv", Carol, ct));

        Assert.Equal(once, await store.ExportAsync());
        Assert.Single(await store.Store.ListCurationLogAsync(ct));
    }

    [Fact]
    public async Task A_new_version_of_an_article_replaces_its_claims_and_nothing_else()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await CurationStore.CreateAsync(CurationDocuments.First(), CurationDocuments.Second(), CurationDocuments.Third());

        await store.Store.IngestAsync(CurationDocuments.SecondRevised(), ct);
        var once = await store.ExportAsync();
        await store.Store.IngestAsync(CurationDocuments.SecondRevised(), ct);

        await using var expected = await CurationStore.CreateAsync(CurationDocuments.SecondRevised(), CurationDocuments.Third(), CurationDocuments.First());
        Assert.Equal(await expected.ExportAsync(), once);
        Assert.Equal(once, await store.ExportAsync());
    }
}
