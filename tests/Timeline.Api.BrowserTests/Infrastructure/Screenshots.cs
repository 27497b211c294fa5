using Xunit;

namespace Timeline.Api.BrowserTests.Infrastructure;

/// <summary>Screenshots kept as artifacts of a run: a file under TestResults/screenshots (as the IDE's test keeps its own) and an attachment of the test.</summary>
public static class Screenshots
{
    public static string Keep(byte[] png, string name)
    {
        ArgumentNullException.ThrowIfNull(png);
        var folder = Path.Combine(AppContext.BaseDirectory, "TestResults", "screenshots");
        Directory.CreateDirectory(folder);
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, png);
        TestContext.Current.AddAttachment(name, png, "image/png");
        TestContext.Current.TestOutputHelper?.WriteLine($"Screenshot: {path}");
        return path;
    }
}
