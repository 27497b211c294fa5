using Timeline.Domain.Model;
using Timeline.Domain.Ports;
using Xunit;

namespace Timeline.Storage.Sqlite.Tests;

public sealed class TimelineQueryTests : IAsyncLifetime
{
    private TempStore _temp = null!;

    public async ValueTask InitializeAsync()
    {
        _temp = await TempStore.CreateAsync();
        foreach (var facts in TimelineData.Articles()) await _temp.Store.IngestAsync(facts, TestContext.Current.CancellationToken);
    }

    public async ValueTask DisposeAsync() => await _temp.DisposeAsync();

    private Task<Page<Event>> Query(EventFilter filter, PageRequest page, SortDirection direction = SortDirection.Ascending, bool total = false) =>
        _temp.Store.QueryEventsAsync(new EventQuery(filter, direction, page, total), TestContext.Current.CancellationToken);

    private async Task<List<Event>> All(EventFilter filter, SortDirection direction = SortDirection.Ascending) =>
        (await Query(filter, new PageRequest(1000), direction)).Edges.Select(e => e.Node).ToList();

    private static IEnumerable<Event> Sorted(IEnumerable<Event> events) => events
        .OrderBy(e => e.When.Earliest).ThenBy(e => e.When.Latest).ThenBy(e => e.Id, StringComparer.Ordinal);

    [Fact]
    public async Task Events_come_in_time_order_then_latest_then_id()
    {
        var all = await All(EventFilter.None);

        Assert.Equal(TimelineData.EventCount, all.Count);
        Assert.Equal(Sorted(all).Select(e => e.Id), all.Select(e => e.Id));
        var descending = await All(EventFilter.None, SortDirection.Descending);
        Assert.Equal(all.Select(e => e.Id).Reverse(), descending.Select(e => e.Id));
    }

    [Theory]
    [InlineData(SortDirection.Ascending, 7)]
    [InlineData(SortDirection.Descending, 4)]
    [InlineData(SortDirection.Ascending, 1)]
    public async Task Paging_forward_and_back_visits_every_event_once(SortDirection direction, int size)
    {
        var expected = (await All(EventFilter.None, direction)).Select(e => e.Id).ToList();

        var forward = new List<string>();
        string? after = null;
        var pages = 0;
        while (true)
        {
            var page = await Query(EventFilter.None, new PageRequest(First: size, After: after), direction);
            forward.AddRange(page.Edges.Select(e => e.Node.Id));
            Assert.Equal(after is not null, page.PageInfo.HasPreviousPage);
            if (!page.PageInfo.HasNextPage) break;
            after = page.PageInfo.EndCursor;
            Assert.True(++pages < 100);
        }
        var backward = new List<string>();
        string? before = null;
        while (true)
        {
            var page = await Query(EventFilter.None, new PageRequest(Last: size, Before: before), direction);
            backward.InsertRange(0, page.Edges.Select(e => e.Node.Id));
            if (!page.PageInfo.HasPreviousPage) break;
            before = page.PageInfo.StartCursor;
        }

        Assert.Equal(expected, forward);
        Assert.Equal(expected, backward);
    }

    [Fact]
    public async Task The_window_matches_events_whose_range_overlaps_it_bounds_included()
    {
        var all = await All(EventFilter.None);
        var from = new DateOnly(2020, 3, 31);
        var to = new DateOnly(2020, 6, 1);

        var window = await All(new EventFilter { From = from, To = to });

        var expected = all.Where(e => e.When.Earliest <= to && e.When.Latest >= from).Select(e => e.Id);
        Assert.Equal(expected, window.Select(e => e.Id));
        // A month-precise April event overlaps a window that only touches 1 April.
        var touching = await All(new EventFilter { From = new DateOnly(2020, 3, 15), To = new DateOnly(2020, 4, 1) });
        Assert.Contains(touching, e => e.When.Value == "2020-04");
        Assert.DoesNotContain(touching, e => e.When.Value == "2020-04-10");
    }

    [Fact]
    public async Task Filters_narrow_by_type_tag_place_entity_article_and_sources()
    {
        var all = await All(EventFilter.None);
        var baghdad = (await _temp.Store.GetEntitiesAsync(["article-0#baghdad"], TestContext.Current.CancellationToken))["article-0#baghdad"];

        Assert.Equal(all.Where(e => e.Type == "talks").Select(e => e.Id), (await All(new EventFilter { Types = ["talks"] })).Select(e => e.Id));
        Assert.Equal(all.Where(e => e.Tags.Contains("withdrawal")).Select(e => e.Id), (await All(new EventFilter { Tags = ["withdrawal"] })).Select(e => e.Id));
        Assert.Equal(all.Where(e => e.PlaceId == baghdad.Id).Select(e => e.Id), (await All(new EventFilter { PlaceIds = [baghdad.Id] })).Select(e => e.Id));
        Assert.Equal(30, (await All(new EventFilter { EntityIds = ["article-1#hub"] })).Count);
        Assert.Equal(3, (await All(new EventFilter { EntityIds = ["article-0#solo"] })).Count);
        Assert.Equal(5, (await All(new EventFilter { EntityIds = ["article-0#solo", "article-1#solo"] })).Count);
        Assert.Equal(10, (await All(new EventFilter { ArticleIds = ["article-2"] })).Count);
        Assert.Empty(await All(new EventFilter { MinSources = 2 }));
        Assert.Equal(30, (await All(new EventFilter { MaxSources = 1 })).Count);
        Assert.Empty(await All(new EventFilter { EntityIds = ["nobody"] }));
        var combined = await All(new EventFilter { Types = ["talks"], Tags = ["withdrawal"], EntityIds = ["article-0#hub"] });
        Assert.Equal(all.Where(e => e.Type == "talks" && e.Tags.Contains("withdrawal")).Select(e => e.Id), combined.Select(e => e.Id));
    }

    [Fact]
    public async Task Text_search_matches_word_prefixes_in_titles_and_summaries()
    {
        var negotiations = await All(new EventFilter { Text = "negotiat" });
        var strikes = await All(new EventFilter { Text = "ROCKET str" });

        Assert.Equal(15, negotiations.Count);
        Assert.All(negotiations, e => Assert.Equal("talks", e.Type));
        Assert.Equal(15, strikes.Count);
        Assert.Single(await All(new EventFilter { Text = "number 17" }));
        await Assert.ThrowsAsync<ArgumentException>(() => All(new EventFilter { Text = "  ..." }));
    }

    [Fact]
    public async Task The_total_count_ignores_paging()
    {
        var page = await Query(new EventFilter { Types = ["airstrike"] }, new PageRequest(First: 2), total: true);

        Assert.Equal(2, page.Edges.Count);
        Assert.Equal(15, page.TotalCount);
    }

    [Fact]
    public async Task Bad_cursors_and_page_sizes_are_refused_with_the_argument_named()
    {
        var cursor = await Assert.ThrowsAsync<FormatException>(() => Query(EventFilter.None, new PageRequest(First: 2, After: "not-a-cursor")));
        Assert.Contains("after", cursor.Message, StringComparison.Ordinal);
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => Query(EventFilter.None, new PageRequest(First: -1)));
        await Assert.ThrowsAsync<ArgumentException>(() => Query(EventFilter.None, new PageRequest(First: 1, Last: 1)));
    }
}
