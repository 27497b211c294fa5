using OpenQA.Selenium;
using OpenQA.Selenium.Chrome;
using Xunit;

namespace Timeline.Api.BrowserTests.Infrastructure;

/// <summary>What a browser test runs against: the host's address, the browser, and the test's cancellation.</summary>
public sealed record BrowserSession(Uri Address, ChromeDriver Driver, CancellationToken CancellationToken);

/// <summary>
/// One browser test: a host with what <c>ingest</c> puts in it, Debian's Chromium on a fresh profile, and the
/// test's page helper. The screenshot named after the test is kept whatever the outcome ("-failure" when it fails).
/// </summary>
public static class BrowserRun
{
    public static async Task RunAsync<TPage>(string name, Func<Uri, CancellationToken, Task> ingest,
        Func<ChromeDriver, CancellationToken, TPage> page, Func<BrowserSession, TPage, Task> test)
    {
        Chromium.SkipUnlessInstalled();
        var cancellationToken = TestContext.Current.CancellationToken;
        await using var host = new KestrelTimelineHost();
        var address = host.Start();
        await ingest(address, cancellationToken);

        var profile = Directory.CreateTempSubdirectory("timeline-chromium-").FullName;
        using var driver = Chromium.Start(profile);
        try
        {
            await test(new BrowserSession(address, driver, cancellationToken), page(driver, cancellationToken));
            Screenshots.Keep(Screenshot(driver), name + ".png");
        }
        catch
        {
            Screenshots.Keep(Screenshot(driver), name + "-failure.png");
            throw;
        }
        finally
        {
            driver.Quit();
            Directory.Delete(profile, recursive: true);
        }
    }

    private static byte[] Screenshot(ChromeDriver driver) => ((ITakesScreenshot)driver).GetScreenshot().AsByteArray;
}
