using Timeline.Api.BrowserTests.Infrastructure;
using Xunit;

namespace Timeline.Api.BrowserTests;

public sealed class BananaCakePopTests
{
    private const string Operation = "{ timeline { totalCount nodes { title when { value } } } }";
    private const string StrikeTitle = "US attack near Baghdad airport kills Qassem Soleimani";

    [Fact]
    public async Task An_analyst_runs_a_timeline_query_in_Banana_Cake_Pop_and_reads_the_events()
    {
        await BrowserRun.RunAsync("banana-cake-pop-timeline",
            (address, cancellationToken) => KestrelTimelineHost.IngestAsync(address, TestDocuments.StrikeAndVote, cancellationToken),
            (driver, cancellationToken) => new BananaCakePopPage(driver, cancellationToken),
            async (session, page) =>
            {
                await page.OpenAsync(session.Address);
                await page.CreateDocumentAsync();
                await page.WaitForSchemaAsync();
                await page.TypeOperationAsync(Operation);
                page.Run();
                var response = await page.WaitForResponseContainingAsync(StrikeTitle);

                Assert.Contains("\"value\": \"2020-01\"", response, StringComparison.Ordinal);
                Assert.Contains("\"totalCount\": 2", response, StringComparison.Ordinal);
            });
    }
}
