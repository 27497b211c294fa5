using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Timeline.Hosting;

/// <summary>Start-up validation: a wrong setting stops the process with a message naming the key.</summary>
public sealed partial class TimelineOptionsValidator : IValidateOptions<TimelineOptions>
{
    public ValidateOptionsResult Validate(string? name, TimelineOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        if (string.IsNullOrWhiteSpace(options.DataDirectory))
            failures.Add("Timeline:DataDirectory must name a folder.");
        else if (options.DataDirectory.IndexOfAny(Path.GetInvalidPathChars()) >= 0)
            failures.Add($"Timeline:DataDirectory '{options.DataDirectory}' is not a valid path.");
        if (!StoreKinds.All.Contains(options.Store, StringComparer.OrdinalIgnoreCase))
            failures.Add($"Timeline:Store is '{options.Store}'; expected one of: {string.Join(", ", StoreKinds.All)}.");
        if (options.Ingestion.MaxDocumentBytes is < 1024 or > 256 * 1024 * 1024)
            failures.Add($"Timeline:Ingestion:MaxDocumentBytes is {options.Ingestion.MaxDocumentBytes}; expected 1024 to 268435456.");
        if (options.Ingestion.PollInterval < TimeSpan.FromMilliseconds(50) || options.Ingestion.PollInterval > TimeSpan.FromHours(1))
            failures.Add($"Timeline:Ingestion:PollInterval is {options.Ingestion.PollInterval}; expected 00:00:00.050 to 01:00:00.");
        if (string.Equals(options.Store, StoreKinds.Neo4j, StringComparison.OrdinalIgnoreCase))
            failures.AddRange(Neo4jFailures(options.Neo4j));
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Checked only for the Neo4j store, so a SQLite deployment needs no Neo4j settings.</summary>
    private static IEnumerable<string> Neo4jFailures(Neo4jConnectionOptions neo4j)
    {
        if (string.IsNullOrWhiteSpace(neo4j.Uri))
            yield return "Timeline:Neo4j:Uri must be set when Timeline:Store is 'neo4j': the HTTP address of Neo4j's Query API, such as http://localhost:7474.";
        else if (!Uri.TryCreate(neo4j.Uri, UriKind.Absolute, out var uri) || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps))
            yield return $"Timeline:Neo4j:Uri '{neo4j.Uri}' must be an absolute http or https address, such as http://localhost:7474 (the Query API, not bolt:// or neo4j://).";
        if (string.IsNullOrWhiteSpace(neo4j.User))
            yield return "Timeline:Neo4j:User must be set when Timeline:Store is 'neo4j' (Neo4j's default user is 'neo4j').";
        else if (neo4j.User.Contains(':', StringComparison.Ordinal))
            yield return "Timeline:Neo4j:User must not contain ':' (basic authentication separates user and password with it).";
        if (string.IsNullOrEmpty(neo4j.Password))
            yield return "Timeline:Neo4j:Password must be set when Timeline:Store is 'neo4j'.";
        if (!DatabaseName().IsMatch(neo4j.Database ?? ""))
            yield return $"Timeline:Neo4j:Database '{neo4j.Database}' is not a Neo4j database name (3 to 63 letters, digits, '.' or '-', starting with a letter).";
    }

    [GeneratedRegex("^[A-Za-z][A-Za-z0-9.-]{2,62}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatabaseName();
}
