using Timeline.Domain.Model;
using Xunit;

namespace Timeline.Storage.Sqlite.Tests.Curation;

public sealed class MergeCurationTests
{
    private static readonly CurationContext Alice = new("alice", "same minister, two spellings");

    [Fact]
    public async Task Lists_the_automatic_merge_with_both_sides_and_its_evidence()
    {
        await using var store = await CurationStore.CreateAsync(CurationDocuments.First(), CurationDocuments.Second());

        var merge = Assert.Single(await store.Store.ListMergesAsync(TestContext.Current.CancellationToken));

        Assert.Equal("person-wikidata-q1163085", merge.EntityId);
        Assert.False(merge.Curated);
        Assert.Equal(["aj#soleimani"], merge.Left.MentionIds);
        Assert.Equal(["ndtv#soleimani"], merge.Right.MentionIds);
        Assert.Equal("Qassem Soleimani", merge.Left.Name);
        Assert.Equal("Qasem Soleimani", merge.Right.Name);
        Assert.Contains(merge.Evidence, e => e.Kind == MergeEvidenceKind.ExternalId && e.Value == "wikidata:Q1163085");
        Assert.Contains(merge.Evidence, e => e.Kind == MergeEvidenceKind.NameKey && e.Value == "person:qasem sulaimani");
    }

    [Fact]
    public async Task Confirming_a_candidate_merges_the_two_entities_and_either_old_id_finds_it()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await CurationStore.CreateAsync(CurationDocuments.First(), CurationDocuments.Second());
        var candidate = Assert.Single(await store.Store.ListMergeCandidatesAsync(ct));

        var merge = await store.Store.ConfirmMergeCandidateAsync(candidate.Id, Alice, ct);

        Assert.True(merge.Curated);
        Assert.Equal(candidate.LeftEntityId, merge.Left.EntityId);
        Assert.Equal(candidate.RightEntityId, merge.Right.EntityId);
        var evidence = Assert.Single(merge.Evidence);
        Assert.Equal(MergeEvidenceKind.CuratorDecision, evidence.Kind);
        Assert.Equal(Alice.Note, evidence.Note);
        var found = await store.Store.GetEntitiesAsync([candidate.LeftEntityId, candidate.RightEntityId], ct);
        Assert.Equal(merge.EntityId, found[candidate.LeftEntityId].Id);
        Assert.Equal(merge.EntityId, found[candidate.RightEntityId].Id);
        var names = found[candidate.LeftEntityId].Aliases.Append(found[candidate.LeftEntityId].Name).ToList();
        Assert.Contains("Fuad Hassan", names);
        Assert.Contains("Fuad Hussein", names);
        Assert.Empty(await store.Store.ListMergeCandidatesAsync(ct));
        Assert.Contains(await store.Store.ListMergesAsync(ct), m => m.Id == merge.Id);
    }

    [Fact]
    public async Task Confirming_twice_equals_confirming_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await CurationStore.CreateAsync(CurationDocuments.First(), CurationDocuments.Second());
        var candidate = Assert.Single(await store.Store.ListMergeCandidatesAsync(ct));

        var first = await store.Store.ConfirmMergeCandidateAsync(candidate.Id, Alice, ct);
        var once = await store.ExportAsync();
        var second = await store.Store.ConfirmMergeCandidateAsync(candidate.Id, Alice, ct);

        Assert.Equal(first.Id, second.Id);
        Assert.Equal(first.EntityId, second.EntityId);
        Assert.Equal(once, await store.ExportAsync());
        Assert.Single(await store.Store.ListCurationLogAsync(ct));
    }

    [Fact]
    public async Task Undoing_a_confirmed_merge_gives_back_the_graph_before_it()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await CurationStore.CreateAsync(CurationDocuments.First(), CurationDocuments.Second());
        var before = await store.ExportAsync();
        var candidate = Assert.Single(await store.Store.ListMergeCandidatesAsync(ct));
        var merge = await store.Store.ConfirmMergeCandidateAsync(candidate.Id, Alice, ct);

        Assert.True(await store.Store.UndoMergeAsync(merge.Id, new CurationContext("bob", null), ct));

        // The decision row goes with the undo, so the graph is exactly as before, candidate included.
        Assert.Equal(before, await store.ExportAsync());
    }

    [Fact]
    public async Task Undoing_an_automatic_merge_parts_the_sides_with_their_own_facts()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await CurationStore.CreateAsync(CurationDocuments.First(), CurationDocuments.Second());
        var merge = Assert.Single(await store.Store.ListMergesAsync(ct));

        Assert.True(await store.Store.UndoMergeAsync(merge.Id, new CurationContext("bob", null), ct));

        // Expected: the same articles with the two mentions confirmed different, recorded directly.
        await using var expected = await CurationStore.CreateAsync(CurationDocuments.First(), CurationDocuments.Second());
        await expected.Store.RecordMergeDecisionAsync(new MergeRecord("aj#soleimani", "ndtv#soleimani", MergeDecision.Different, null), ct);
        Assert.Equal(await expected.ExportAsync(), await store.ExportAsync());
        var parts = await store.Store.GetEntitiesAsync(["aj#soleimani", "ndtv#soleimani"], ct);
        Assert.Equal(merge.Left.EntityId, parts["aj#soleimani"].Id);
        Assert.Equal(merge.Right.EntityId, parts["ndtv#soleimani"].Id);
        Assert.Equal("Qassem Soleimani", parts["aj#soleimani"].Name);
        Assert.Equal("Qasem Soleimani", parts["ndtv#soleimani"].Name);
        Assert.Empty(await store.Store.ListMergesAsync(ct));
    }

    [Fact]
    public async Task Undoing_twice_equals_undoing_once()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await CurationStore.CreateAsync(CurationDocuments.First(), CurationDocuments.Second());
        var merge = Assert.Single(await store.Store.ListMergesAsync(ct));

        Assert.True(await store.Store.UndoMergeAsync(merge.Id, new CurationContext("bob", null), ct));
        var once = await store.ExportAsync();
        Assert.False(await store.Store.UndoMergeAsync(merge.Id, new CurationContext("bob", null), ct));

        Assert.Equal(once, await store.ExportAsync());
        Assert.Single(await store.Store.ListCurationLogAsync(ct));
    }

    [Fact]
    public async Task Unknown_ids_are_refused_clearly()
    {
        var ct = TestContext.Current.CancellationToken;
        await using var store = await CurationStore.CreateAsync(CurationDocuments.First());

        var error = await Assert.ThrowsAsync<CurationException>(() => store.Store.ConfirmMergeCandidateAsync("candidate-nope", Alice, ct));

        Assert.Contains("candidate-nope", error.Message, StringComparison.Ordinal);
        Assert.False(await store.Store.UndoMergeAsync("merge-nope", Alice, ct));
        Assert.Empty(await store.Store.ListCurationLogAsync(ct));
    }
}
