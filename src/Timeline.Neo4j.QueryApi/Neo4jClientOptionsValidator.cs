using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace Timeline.Neo4j.QueryApi;

/// <summary>Rejects options the server would refuse late and obscurely, naming the setting and the reason.</summary>
public sealed partial class Neo4jClientOptionsValidator : IValidateOptions<Neo4jClientOptions>
{
    public const int MaxRetriesLimit = 10;

    public ValidateOptionsResult Validate(string? name, Neo4jClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Problems(options).ToList();
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>Throws <see cref="ArgumentException"/> listing every problem, for callers outside DI.</summary>
    public static void ThrowIfInvalid(Neo4jClientOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = Problems(options).ToList();
        if (failures.Count > 0)
        {
            throw new ArgumentException("Invalid Neo4j client options: " + string.Join(" ", failures), nameof(options));
        }
    }

    /// <summary>True when <paramref name="database"/> matches the name rule the Neo4j drivers enforce.</summary>
    public static bool IsValidDatabaseName(string? database) =>
        database is not null && DatabaseNamePattern().IsMatch(database);

    private static IEnumerable<string> Problems(Neo4jClientOptions options)
    {
        if (options.Endpoint is null || !options.Endpoint.IsAbsoluteUri)
        {
            yield return "Endpoint must be an absolute http or https URI such as http://localhost:7474.";
        }
        else if (options.Endpoint.Scheme != Uri.UriSchemeHttp && options.Endpoint.Scheme != Uri.UriSchemeHttps)
        {
            yield return $"Endpoint '{options.Endpoint}' must use http or https, not '{options.Endpoint.Scheme}'.";
        }
        else if (options.Endpoint.Query.Length > 0 || options.Endpoint.Fragment.Length > 0)
        {
            yield return $"Endpoint '{options.Endpoint}' must not carry a query or fragment.";
        }

        if (!IsValidDatabaseName(options.Database))
        {
            yield return $"Database '{options.Database}' must match ^[a-zA-Z0-9.-]{{3,}}$.";
        }

        // Basic authentication joins user and password with ':', so a ':' in the user is ambiguous.
        if (options.User is null || options.User.Contains(':', StringComparison.Ordinal))
        {
            yield return "User must be set (empty for no authentication) and must not contain ':'.";
        }

        if (options.Password is null)
        {
            yield return "Password must not be null.";
        }

        if (options.RequestTimeout <= TimeSpan.Zero && options.RequestTimeout != Timeout.InfiniteTimeSpan)
        {
            yield return $"RequestTimeout must be positive (or infinite), not {options.RequestTimeout}.";
        }

        if (options.MaxRetries is < 0 or > MaxRetriesLimit)
        {
            yield return $"MaxRetries must be between 0 and {MaxRetriesLimit}, not {options.MaxRetries}.";
        }

        if (options.RetryBackoff < TimeSpan.Zero || options.RetryBackoff > TimeSpan.FromMinutes(1))
        {
            yield return $"RetryBackoff must be between 0 and 1 minute, not {options.RetryBackoff}.";
        }
    }

    [GeneratedRegex("^[a-zA-Z0-9.-]{3,}$", RegexOptions.CultureInvariant)]
    private static partial Regex DatabaseNamePattern();
}
