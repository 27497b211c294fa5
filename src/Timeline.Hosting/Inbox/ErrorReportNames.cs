namespace Timeline.Hosting.Inbox;

/// <summary>The naming convention of refusal reports: <c>x.json</c> is explained by <c>x.error.json</c> beside it in <c>failed/</c>.</summary>
public static class ErrorReportNames
{
    public const string Suffix = ".error.json";

    /// <summary>The report's file name for a document's file name.</summary>
    public static string For(string documentFileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(documentFileName);
        return Path.GetFileNameWithoutExtension(documentFileName) + Suffix;
    }

    /// <summary>True for a refusal report rather than a document.</summary>
    public static bool IsErrorReport(string fileName) => fileName.EndsWith(Suffix, StringComparison.OrdinalIgnoreCase);
}
