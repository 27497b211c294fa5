using System.Globalization;
using Timeline.Domain.Model;
using Xunit;

namespace Timeline.Storage.Sqlite.Tests.Curation;

public sealed class SameAsMergeTests
{
    // One article names the minister "Fuad Hussein"; another writes "Fuad Hassan" and its editor adds sameAs "Fuad Hussein".
    private static ArticleFacts Article(string id, string name, params string[] sameAs)
    {
        var article = new Article(id, "https://example.org/" + id, "Article " + id, "Example Press",
            DateOnly.Parse("2021-04-07", CultureInfo.InvariantCulture), "en", "");
        var facts = new ArticleFacts(article,
            [new ArticleEntity("fuad", EntityKind.Person, name, [], null, new Dictionary<string, string>(), sameAs, name + " spoke.")],
            [], [], []);
        return facts with { Article = article with { ContentHash = ArticleFactsFingerprint.Compute(facts) } };
    }

    [Fact]
    public async Task A_sameAs_merge_names_its_evidence_and_undoing_it_parts_the_two()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await CurationStore.CreateAsync(Article("one", "Fuad Hussein"), Article("two", "Fuad Hassan", "Fuad Hussein"));

        var merge = Assert.Single(await store.Store.ListMergesAsync(ct));

        Assert.False(merge.Curated);
        var evidence = Assert.Single(merge.Evidence);
        Assert.Equal(MergeEvidenceKind.SameAs, evidence.Kind);
        Assert.Equal("person:fuad husain", evidence.Value);
        Assert.Equal(["one#fuad", "two#fuad"], evidence.MentionIds);

        Assert.True(await store.Store.UndoMergeAsync(merge.Id, new CurationContext("erin", null), ct));

        await using var expected = await CurationStore.CreateAsync(Article("one", "Fuad Hussein"), Article("two", "Fuad Hassan", "Fuad Hussein"));
        await expected.Store.RecordMergeDecisionAsync(new MergeRecord("one#fuad", "two#fuad", MergeDecision.Different, null), ct);
        Assert.Equal(await expected.ExportAsync(), await store.ExportAsync());
        var apart = await store.Store.GetEntitiesAsync(["one#fuad", "two#fuad"], ct);
        Assert.Equal(merge.Left.EntityId, apart["one#fuad"].Id);
        Assert.Equal(merge.Right.EntityId, apart["two#fuad"].Id);
        Assert.NotEqual(apart["one#fuad"].Id, apart["two#fuad"].Id);
        // Confirmed different, the two similar names are no candidate either.
        Assert.Empty(await store.Store.ListMergeCandidatesAsync(ct));
    }
}
