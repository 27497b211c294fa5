namespace Timeline.Api.BrowserTests.Infrastructure;

/// <summary>The article-facts document the browser test ingests before it queries.</summary>
public static class TestDocuments
{
    /// <summary>One article reporting the January 2020 strike on Soleimani and the parliament's vote days after.</summary>
    public static string StrikeAndVote => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "Documents", "strike-and-vote.json"));
}
