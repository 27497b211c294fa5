using System.Text.Json.Nodes;
using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Timeline.Api.BrowserTests.Infrastructure;
using Xunit;

namespace Timeline.Api.BrowserTests;

/// <summary>The embedded timeline (/embed/timeline and the &lt;timeline-view&gt; component) in Chromium over the sample articles.</summary>
public sealed class EmbedTimelineTests
{
    private const string Strike = "Soleimani";

    [Fact]
    public async Task The_embedded_timeline_for_Soleimani_renders_the_strike()
    {
        await RunAsync("embed-timeline-soleimani", async (session, page) =>
        {
            var soleimani = await SampleArticles.SoleimaniIdAsync(session.Address, session.CancellationToken);

            await page.OpenAsync(new Uri(session.Address, "/embed/timeline?entities=" + Uri.EscapeDataString(soleimani)));
            var item = await page.WaitForItemAsync(Strike);

            Assert.Contains("January 2020", item.Text, StringComparison.Ordinal);
            Assert.All(page.ItemTitles(), title => Assert.Contains(Strike, title, StringComparison.Ordinal));
        });
    }

    [Fact]
    public async Task Clicking_the_strike_shows_both_sources_and_their_quotes()
    {
        await RunAsync("embed-timeline-strike-details", async (session, page) =>
        {
            var soleimani = await SampleArticles.SoleimaniIdAsync(session.Address, session.CancellationToken);
            await page.OpenAsync(new Uri(session.Address, "/embed/timeline?entities=" + Uri.EscapeDataString(soleimani)));

            var item = await page.WaitForItemAsync(Strike);
            item.Click();
            var details = await page.WaitForDetailsContainingAsync("Sources (2)");

            var data = await SampleArticles.QueryAsync(session.Address,
                "query($id: ID!) { event(id: $id) { sources { quote article { publisher } } } }", new { id = page.EventIdOf(item) }, session.CancellationToken);
            var sources = data.GetProperty("event").GetProperty("sources").EnumerateArray().ToList();
            Assert.Equal(["Al Jazeera", "NDTV"], sources.Select(s => s.GetProperty("article").GetProperty("publisher").GetString()).Distinct().Order(StringComparer.Ordinal));
            Assert.All(sources, source => Assert.Contains(source.GetProperty("quote").GetString()!, details, StringComparison.Ordinal));
            Assert.Contains("January 2020", details, StringComparison.Ordinal);
            Assert.Contains("(target)", details, StringComparison.Ordinal);
            var screenshot = Screenshots.Keep(page.Screenshot(), "embed-timeline.png");
            TestContext.Current.TestOutputHelper?.WriteLine($"The README's picture of the embedded timeline: {screenshot}");
        });
    }

    [Fact]
    public async Task A_month_precise_event_is_drawn_across_its_month()
    {
        await RunAsync("embed-timeline-month", async (session, page) =>
        {
            await page.OpenAsync(new Uri(session.Address, "/embed/timeline?types=targeted-killing&from=2019-10-01&to=2020-04-30"));
            var item = await page.WaitForItemAsync(Strike);

            var geometry = page.Measure(item, new DateOnly(2020, 1, 1));

            // January has 31 days: the item must span them, give or take a border pixel, and begin on the 1st.
            var expected = 31 * geometry.PixelsPerDay;
            Assert.True(geometry.PixelsPerDay > 1, $"The axis is too zoomed out to tell days apart: {geometry}");
            Assert.InRange(geometry.Width, expected - 3, expected + 3);
            Assert.InRange(geometry.Left, geometry.AxisX - 3, geometry.AxisX + 3);
        });
    }

    [Fact]
    public async Task Ingesting_a_document_while_the_page_is_open_makes_its_event_appear()
    {
        await RunAsync("embed-timeline-live", async (session, page) =>
        {
            const string title = "Iraqi parliament holds an emergency session on foreign troops";
            await page.OpenAsync(new Uri(session.Address, "/embed/timeline"));
            Assert.DoesNotContain(page.ItemTitles(), t => t.Contains(title, StringComparison.Ordinal));

            await KestrelTimelineHost.IngestAsync(session.Address, NewSessionDocument(title), session.CancellationToken);

            await page.WaitForItemAsync(title);
        });
    }

    [Fact]
    public async Task The_web_component_on_a_dashboard_page_emits_select_with_the_event_id()
    {
        await RunAsync("embed-timeline-component", async (session, page) =>
        {
            var soleimani = await SampleArticles.SoleimaniIdAsync(session.Address, session.CancellationToken);
            // A dashboard page of the host's origin, written over the script's text view (a cross-origin page would also need Timeline:Cors for /graphql).
            session.Driver.Navigate().GoToUrl(new Uri(session.Address, "/embed/timeline.js"));
            ((IJavaScriptExecutor)session.Driver).ExecuteScript(
                """
                document.head.innerHTML = '';
                document.body.innerHTML = '<h1>Dashboard</h1><p id="selected">nothing selected</p>';
                window.selections = [];
                const view = document.createElement('timeline-view');
                view.setAttribute('entities', arguments[0]);
                view.setAttribute('height', '420');
                view.addEventListener('select', (event) => {
                  window.selections.push(event.detail.id);
                  document.getElementById('selected').textContent = 'selected: ' + event.detail.id;
                });
                document.body.append(view);
                const script = document.createElement('script');
                script.src = '/embed/timeline.js';
                document.head.append(script);
                """,
                soleimani);

            var item = await page.WaitForItemAsync(Strike);
            item.Click();
            var id = page.EventIdOf(item);
            var selections = await Poll.UntilAsync(
                () => ((IEnumerable<object>?)((IJavaScriptExecutor)session.Driver).ExecuteScript("return window.selections;"))?.Cast<string>().ToList() is { Count: > 0 } list ? list : null,
                TimeSpan.FromSeconds(30), "a select event from the component", page.Status, session.CancellationToken);

            Assert.Equal([id], selections);
            Assert.StartsWith("event-", id, StringComparison.Ordinal);
            Assert.Equal("selected: " + id, session.Driver.FindElement(By.Id("selected")).Text);
        });
    }

    /// <summary>The test document as another article, its second event made a new one only this article reports.</summary>
    private static string NewSessionDocument(string title)
    {
        var document = JsonNode.Parse(TestDocuments.StrikeAndVote)!.AsObject();
        document["article"]!["id"] = "test-2021-05-02-emergency-session";
        document["article"]!["published"] = "2021-05-02";
        var session = document["events"]![1]!.AsObject();
        session["key"] = "emergency-session";
        session["type"] = "emergency-session";
        session["title"] = title;
        session["when"] = new JsonObject { ["text"] = "in March 2021", ["value"] = "2021-03" };
        session["quote"] = "the Iraqi parliament voted";
        document.Remove("relations");
        return document.ToJsonString();
    }

    private static Task RunAsync(string name, Func<BrowserSession, EmbeddedTimelinePage, Task> test) =>
        BrowserRun.RunAsync(name, SampleArticles.IngestAllAsync, (driver, cancellationToken) => new EmbeddedTimelinePage(driver, cancellationToken), test);
}
