using OpenQA.Selenium.Chrome;
using Xunit;

namespace Timeline.Api.BrowserTests.Infrastructure;

/// <summary>Debian's Chromium and chromedriver, headless, on a fresh profile; never a downloaded browser or driver.</summary>
public static class Chromium
{
    public const string Browser = "/usr/bin/chromium";
    public const string Driver = "/usr/bin/chromedriver";

    /// <summary>Skips the test, saying how to install them, when Chromium or chromedriver is missing.</summary>
    public static void SkipUnlessInstalled()
    {
        var missing = new[] { Browser, Driver }.Where(path => !File.Exists(path)).ToList();
        if (missing.Count > 0)
        {
            Assert.Skip($"{string.Join(" and ", missing)} not installed: run .ci/install.sh (Debian's chromium and chromium-driver).");
        }
    }

    /// <summary>A headless browser with its own profile folder under <paramref name="profileDirectory"/>.</summary>
    public static ChromeDriver Start(string profileDirectory)
    {
        var service = ChromeDriverService.CreateDefaultService(Path.GetDirectoryName(Driver)!, Path.GetFileName(Driver));
        service.SuppressInitialDiagnosticInformation = true;
        service.HideCommandPromptWindow = true;
        var options = new ChromeOptions { BinaryLocation = Browser };
        options.AddArguments(
            "--headless=new",
            "--no-sandbox",
            "--disable-gpu",
            "--disable-dev-shm-usage",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--window-size=1920,1080",
            $"--user-data-dir={profileDirectory}");
        return new ChromeDriver(service, options, TimeSpan.FromSeconds(90));
    }
}
