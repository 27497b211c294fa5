using Timeline.Api.BrowserTests.Infrastructure;
using Xunit;

namespace Timeline.Api.BrowserTests;

public sealed class ExplorerTests
{
    [Fact]
    public async Task An_analyst_expands_Soleimani_s_neighbourhood_by_clicking_and_highlights_a_path_to_the_Iraqi_parliament()
    {
        await BrowserRun.RunAsync("explorer-path", SampleArticles.IngestAllAsync, (driver, cancellationToken) => new ExplorerBrowserPage(driver, cancellationToken),
            async (session, page) =>
            {
                await page.OpenAsync(session.Address);
                var soleimani = await page.SearchAndPickAsync("Soleimani", "Soleimani", "person");
                var before = page.Ids("node");
                var strike = page.Neighbour(soleimani, "node.event");

                // Clicking the strike on the canvas draws its neighbourhood around what is there.
                page.ClickNode(strike);
                await page.WaitUntilAsync(
                    $"return window.timelineExplorer.idle() && window.timelineExplorer.cy.nodes().length > {before.Count};",
                    "the strike's neighbourhood to be drawn");
                var after = page.Ids("node");
                Assert.Superset(before.ToHashSet(), after.ToHashSet());
                Assert.NotEmpty(after.Except(before));
                // Keyboards and screen readers reach every drawn node through the list beside the canvas.
                Assert.True(page.Evaluate($"return document.querySelectorAll('#drawn-nodes button[data-id]').length === {after.Count};"), "the list of drawn nodes is not the graph's");

                // Paths from Soleimani (the details panel's button) to the Iraqi parliament (found by search).
                page.ClickNode(soleimani);
                await page.WaitUntilAsync($"return window.timelineExplorer.idle() && document.getElementById('path-from') !== null && window.timelineExplorer.cy.$id({ExplorerBrowserPage.Js(soleimani)}).selected();", "Soleimani's details");
                page.PressButton("path-from");
                var parliament = await page.SearchAndPickAsync("Iraqi parliament", "Iraqi parliament", "organization");
                await page.WaitUntilAsync("return window.timelineExplorer.idle() && document.getElementById('path-to') !== null;", "the \"Path to here\" button");
                page.PressButton("path-to");
                await page.WaitUntilAsync("return window.timelineExplorer.idle() && window.timelineExplorer.cy.$('edge.path').length > 0;", "a highlighted path");

                var pathNodes = page.Ids("node.path");
                var pathEdges = page.Ids("edge.path");
                Assert.Contains(soleimani, pathNodes);
                Assert.Contains(parliament, pathNodes);
                Assert.Contains(strike, pathNodes);
                // Each highlighted edge joins two highlighted nodes: the highlight is a path, not scattered elements.
                foreach (var edge in pathEdges)
                {
                    Assert.True(page.Evaluate($"const e = window.timelineExplorer.cy.$id({ExplorerBrowserPage.Js(edge)}); return e.source().hasClass('path') && e.target().hasClass('path');"), $"{edge} joins nodes off the path");
                }
                Assert.True(pathEdges.Count >= pathNodes.Count - 1, $"{pathEdges.Count} highlighted edges for {pathNodes.Count} highlighted nodes");
            });
    }

    [Fact]
    public async Task A_hub_is_drawn_capped_with_a_show_more_control_and_the_time_window_hides_events_outside_it()
    {
        await BrowserRun.RunAsync("explorer-hub-window", SampleArticles.IngestAllAsync, (driver, cancellationToken) => new ExplorerBrowserPage(driver, cancellationToken),
            async (session, page) =>
            {
                // Four nodes per expansion: the United States, a hub of the samples, has more.
                await page.OpenAsync(session.Address, "?cap=4");
                var unitedStates = await page.SearchAndPickAsync("United States", "United States", "place");
                var capped = page.Ids("node");
                Assert.Equal(4, capped.Count);
                Assert.Contains(unitedStates, page.Ids("node.has-more"));

                page.PressButton("show-more");
                await page.WaitUntilAsync($"return window.timelineExplorer.idle() && window.timelineExplorer.cy.nodes().length > {capped.Count};", "\"Show more\" to draw more neighbours");
                Assert.Superset(capped.ToHashSet(), page.Ids("node").ToHashSet());

                // The window's end at its first date: every later event, and the edges to it, disappear.
                page.PressKey("window-to", OpenQA.Selenium.Keys.Home);
                await page.WaitUntilAsync("return window.timelineExplorer.cy.$('node.event.outside-window').length > 0;", "events outside the window to be hidden");
                var end = page.Text("window-to-label");
                Assert.True(page.Evaluate(
                    $"return window.timelineExplorer.cy.$('node.event:visible').every(n => n.data('earliest') <= {ExplorerBrowserPage.Js(end)});"),
                    $"an event starting after {end} is still visible");
                Assert.True(page.Evaluate("return window.timelineExplorer.cy.$('node.event.outside-window').connectedEdges(':visible').empty();"),
                    "an edge to a hidden event is still visible");
            });
    }
}
