using Microsoft.Extensions.Options;
using Timeline.Neo4j.QueryApi;

namespace Timeline.Storage.Neo4j;

/// <summary>Checks the store's options at start-up, each problem naming the setting it comes from.</summary>
public sealed class Neo4jStoreOptionsValidator : IValidateOptions<Neo4jStoreOptions>
{
    public ValidateOptionsResult Validate(string? name, Neo4jStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = Problems(options).ToList();
        return problems.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(problems);
    }

    /// <summary>Throws listing every problem, for callers outside dependency injection.</summary>
    public static void ThrowIfInvalid(Neo4jStoreOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var problems = Problems(options).ToList();
        if (problems.Count > 0) throw new ArgumentException("Invalid Neo4j store settings: " + string.Join(" ", problems), nameof(options));
    }

    private static IEnumerable<string> Problems(Neo4jStoreOptions options)
    {
        const string at = Neo4jStoreOptions.Section;
        if (options.Uri is null)
        {
            yield return $"{at}:Uri must be set to the HTTP address of Neo4j's Query API, such as http://localhost:7474.";
        }
        else if (!options.Uri.IsAbsoluteUri || (options.Uri.Scheme != System.Uri.UriSchemeHttp && options.Uri.Scheme != System.Uri.UriSchemeHttps))
        {
            yield return $"{at}:Uri '{options.Uri}' must be an absolute http or https address, such as http://localhost:7474 (not bolt:// or neo4j://).";
        }
        if (string.IsNullOrWhiteSpace(options.User))
        {
            yield return $"{at}:User must be set (Neo4j's default user is 'neo4j').";
        }
        else if (options.User.Contains(':', StringComparison.Ordinal))
        {
            yield return $"{at}:User must not contain ':'.";
        }
        if (string.IsNullOrEmpty(options.Password))
        {
            yield return $"{at}:Password must be set.";
        }
        if (!Neo4jClientOptionsValidator.IsValidDatabaseName(options.Database))
        {
            yield return $"{at}:Database '{options.Database}' must be a Neo4j database name (letters, digits, '.', '-', at least 3 characters).";
        }
        if (options.RequestTimeout <= TimeSpan.Zero)
        {
            yield return $"{at}:RequestTimeout must be positive, not {options.RequestTimeout}.";
        }
    }
}
