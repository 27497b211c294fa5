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
        Chromium.SkipUnlessInstalled();
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var host = new KestrelTimelineHost();
        var address = host.Start();
        await KestrelTimelineHost.IngestAsync(address, TestDocuments.StrikeAndVote, cancellationToken);

        var profile = Directory.CreateTempSubdirectory("timeline-chromium-").FullName;
        using var driver = Chromium.Start(profile);
        var page = new BananaCakePopPage(driver, cancellationToken);
        try
        {
            await page.OpenAsync(address);
            await page.CreateDocumentAsync();
            await page.WaitForSchemaAsync();
            await page.TypeOperationAsync(Operation);
            page.Run();
            var response = await page.WaitForResponseContainingAsync(StrikeTitle);

            Assert.Contains("\"value\": \"2020-01\"", response, StringComparison.Ordinal);
            Assert.Contains("\"totalCount\": 2", response, StringComparison.Ordinal);
            Keep(page.Screenshot(), "banana-cake-pop-timeline.png");
        }
        catch
        {
            Keep(page.Screenshot(), "banana-cake-pop-failure.png");
            throw;
        }
        finally
        {
            driver.Quit();
            Directory.Delete(profile, recursive: true);
        }
    }

    /// <summary>Saves a screenshot as an artifact of the run: a file under TestResults/screenshots and an attachment of the test.</summary>
    private static void Keep(byte[] png, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, png);
        TestContext.Current.AddAttachment(name, png, "image/png");
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
    }
}
