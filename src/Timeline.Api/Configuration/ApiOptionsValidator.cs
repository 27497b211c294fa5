using Microsoft.Extensions.Options;

namespace Timeline.Api.Configuration;

/// <summary>Start-up validation of <see cref="ApiOptions"/>: a weak key or a malformed origin stops the host with a message naming the setting.</summary>
public sealed class ApiOptionsValidator : IValidateOptions<ApiOptions>
{
    /// <summary>Shorter keys are guessable; the generated key has 43 characters.</summary>
    public const int MinimumKeyLength = 16;

    public ValidateOptionsResult Validate(string? name, ApiOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        for (var i = 0; i < options.ApiKeys.Count; i++)
        {
            var key = options.ApiKeys[i];
            if (string.IsNullOrWhiteSpace(key) || key.Trim().Length < MinimumKeyLength)
                failures.Add($"Timeline:ApiKeys:{i} must have at least {MinimumKeyLength} characters besides surrounding spaces.");
            else if (key.Any(char.IsControl))
                failures.Add($"Timeline:ApiKeys:{i} contains control characters, which no HTTP header can carry.");
        }
        for (var i = 0; i < options.Cors.AllowedOrigins.Count; i++)
        {
            var origin = options.Cors.AllowedOrigins[i];
            if (origin == "*") continue;
            if (!Uri.TryCreate(origin, UriKind.Absolute, out var uri)
                || (uri.Scheme != Uri.UriSchemeHttp && uri.Scheme != Uri.UriSchemeHttps)
                || uri.AbsolutePath != "/" || origin.EndsWith('/'))
                failures.Add($"Timeline:Cors:AllowedOrigins:{i} is '{origin}'; expected '*' or an origin such as 'https://example.org' (scheme, host and port, no path).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }
}
