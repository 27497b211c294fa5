using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Xunit;

namespace Timeline.Storage.Sqlite.Tests;

public sealed class GraphWalkTests
{
    [Fact]
    public async Task A_hub_neighbourhood_is_capped_and_says_so()
    {
        await using var temp = await TempStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        foreach (var facts in TimelineData.Articles()) await temp.Store.IngestAsync(facts, ct);

        var capped = await temp.Store.GetNeighbourhoodAsync(new NeighbourhoodQuery("article-0#hub", Hops: 1, DegreeCap: 5), ct);
        var full = await temp.Store.GetNeighbourhoodAsync(new NeighbourhoodQuery("article-0#hub", Hops: 1, DegreeCap: 100), ct);

        Assert.True(capped.Truncated);
        Assert.Equal(6, capped.Nodes.Count);
        Assert.Equal(5, capped.Edges.Count);
        var hub = Assert.Single(capped.Nodes, n => n.Kind == GraphNodeKind.Entity);
        Assert.Equal(30, hub.Degree);
        Assert.False(full.Truncated);
        Assert.Equal(31, full.Nodes.Count);
    }

    [Fact]
    public async Task Two_hops_reach_co_participants_and_the_node_cap_holds()
    {
        await using var temp = await TempStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        foreach (var facts in TimelineData.Articles()) await temp.Store.IngestAsync(facts, ct);

        var two = await temp.Store.GetNeighbourhoodAsync(new NeighbourhoodQuery("article-0#solo", Hops: 2), ct);
        var small = await temp.Store.GetNeighbourhoodAsync(new NeighbourhoodQuery("article-0#solo", Hops: 2, MaxNodes: 3), ct);

        Assert.Contains(two.Nodes, n => n.Label == "Hub Person");
        Assert.False(two.Truncated);
        Assert.True(small.Truncated);
        Assert.Equal(3, small.Nodes.Count);
        Assert.All(small.Edges, e => Assert.Contains(small.Nodes, n => n.Id == e.From));
    }

    [Fact]
    public async Task Paths_run_through_events_and_entity_relations_shortest_first()
    {
        await using var temp = await TempStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        var facts = new FactsBuilder("chain")
            .Person("a", "Alpha Person").Person("b", "Bravo Person").Person("c", "Charlie Person").Organization("org", "Delta Group")
            .Event("ab", "meeting", "Alpha meets Bravo", "2020-01-05", null, null, "a:participant", "b:participant")
            .Event("bc", "meeting", "Bravo meets Charlie", "2020-03-05", null, null, "b:participant", "c:participant")
            .Relation("memberOf", RelationEnds.Entities, "a", "org")
            .Relation("memberOf", RelationEnds.Entities, "c", "org")
            .Build();
        await temp.Store.IngestAsync(facts, ct);

        var paths = await temp.Store.FindPathsAsync(new PathQuery("chain#a", "chain#c", MaxHops: 4, K: 5), ct);

        Assert.Equal(2, paths.Count);
        Assert.Equal(2, paths[0].Hops);
        Assert.Equal(["Alpha Person", "Delta Group", "Charlie Person"], paths[0].Nodes.Select(n => n.Label));
        Assert.Equal(4, paths[1].Hops);
        Assert.Equal(["Alpha Person", "Alpha meets Bravo", "Bravo Person", "Bravo meets Charlie", "Charlie Person"], paths[1].Nodes.Select(n => n.Label));
        Assert.Empty(await temp.Store.FindPathsAsync(new PathQuery("chain#a", "chain#c", MaxHops: 1), ct));
        Assert.Single(await temp.Store.FindPathsAsync(new PathQuery("chain#a", "chain#c", MaxHops: 4, K: 1), ct));
    }

    [Fact]
    public async Task Entity_detail_lists_relations_and_associates_by_shared_events()
    {
        await using var temp = await TempStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        foreach (var facts in TimelineData.Articles()) await temp.Store.IngestAsync(facts, ct);
        await temp.Store.IngestAsync(new FactsBuilder("rel").Person("hub", "Hub Person").Organization("org", "Delta Group")
            .Relation("leads", RelationEnds.Entities, "hub", "org").Build(), ct);

        var detail = await temp.Store.GetEntityAsync("article-2#hub", 10, ct);

        Assert.NotNull(detail);
        Assert.Equal("Hub Person", detail.Entity.Name);
        var leads = Assert.Single(detail.Relations);
        Assert.Equal(EntityRelationType.Leads, leads.Type);
        Assert.Equal("rel", Assert.Single(leads.Claims).ArticleId);
        Assert.Equal(3, detail.Associates.Count);
        Assert.Equal(3, detail.Associates[0].SharedEvents);
        Assert.Equal("Solo Person 0", detail.Associates[0].Entity.Name);
    }

    [Fact]
    public async Task Entity_search_matches_name_prefixes_filters_kinds_and_pages()
    {
        await using var temp = await TempStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        foreach (var facts in TimelineData.Articles()) await temp.Store.IngestAsync(facts, ct);

        var solo = await temp.Store.SearchEntitiesAsync(new EntitySearch("solo PERS", null, new PageRequest(2)), ct);
        var rest = await temp.Store.SearchEntitiesAsync(new EntitySearch("solo", null, new PageRequest(2, solo.PageInfo.EndCursor)), ct);
        var places = await temp.Store.SearchEntitiesAsync(new EntitySearch(null, [EntityKind.Place], new PageRequest(10)), ct);

        Assert.Equal(["Solo Person 0", "Solo Person 1"], solo.Edges.Select(e => e.Node.Name));
        Assert.True(solo.PageInfo.HasNextPage);
        Assert.Equal(["Solo Person 2"], rest.Edges.Select(e => e.Node.Name));
        Assert.False(rest.PageInfo.HasNextPage);
        Assert.Equal(["Baghdad"], places.Edges.Select(e => e.Node.Name));
    }

    [Fact]
    public async Task Articles_page_newest_first()
    {
        await using var temp = await TempStore.CreateAsync();
        var ct = TestContext.Current.CancellationToken;
        foreach (var facts in TimelineData.Articles()) await temp.Store.IngestAsync(facts, ct);

        var first = await temp.Store.ListArticlesAsync(new ArticleListQuery(new PageRequest(2)), ct);
        var second = await temp.Store.ListArticlesAsync(new ArticleListQuery(new PageRequest(2, first.PageInfo.EndCursor)), ct);

        Assert.Equal(["article-2", "article-1"], first.Edges.Select(e => e.Node.Id));
        Assert.Equal(["article-0"], second.Edges.Select(e => e.Node.Id));
        Assert.False(second.PageInfo.HasNextPage);
    }
}
