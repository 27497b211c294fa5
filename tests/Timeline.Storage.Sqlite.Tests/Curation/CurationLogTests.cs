using Timeline.Domain.Model;
using Xunit;

namespace Timeline.Storage.Sqlite.Tests.Curation;

public sealed class CurationLogTests
{
    [Fact]
    public async Task The_log_records_who_did_what_and_when_oldest_first()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await CurationStore.CreateAsync(CurationDocuments.First(), CurationDocuments.Second(), CurationDocuments.Third());
        var candidate = Assert.Single(await store.Store.ListMergeCandidatesAsync(ct));

        var merge = await store.Store.ConfirmMergeCandidateAsync(candidate.Id, new CurationContext("alice", "one minister"), ct);
        await store.Store.UndoMergeAsync(merge.Id, new CurationContext("bob", "not sure after all"), ct);
        var split = await store.Store.SplitEntityAsync("person-wikidata-q1163085", ["reuters#soleimani"], new CurationContext("carol", null), ct);
        await store.Store.RetractArticleAsync("reuters", new CurationContext("dave", "withdrawn by the publisher"), ct);

        var log = await store.Store.ListCurationLogAsync(ct);

        Assert.Equal([1L, 2L, 3L, 4L], log.Select(a => a.Sequence));
        Assert.Equal(["alice", "bob", "carol", "dave"], log.Select(a => a.Actor));
        Assert.Equal(
            [CurationActionKind.ConfirmMergeCandidate, CurationActionKind.UndoMerge, CurationActionKind.SplitEntity, CurationActionKind.RetractArticle],
            log.Select(a => a.Kind));
        Assert.Equal(store.Clock.Readings, log.Select(a => a.At));
        Assert.Equal(["one minister", "not sure after all", null, "withdrawn by the publisher"], log.Select(a => a.Note));
        Assert.Equal([candidate.Id], log[0].Targets);
        Assert.Equal([merge.EntityId, merge.Id, candidate.LeftEntityId, candidate.RightEntityId], log[0].Results);
        Assert.Equal([merge.Id], log[1].Targets);
        Assert.Equal(["person-wikidata-q1163085", "reuters#soleimani"], log[2].Targets);
        Assert.Equal(split, log[2].Results);
        Assert.Equal(["reuters"], log[3].Targets);
    }
}
