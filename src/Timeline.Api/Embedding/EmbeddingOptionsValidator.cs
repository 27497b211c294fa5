using Microsoft.Extensions.Options;

namespace Timeline.Api.Embedding;

/// <summary>Start-up validation of <see cref="EmbeddingOptions"/>: a malformed origin stops the host with a message naming the setting.</summary>
public sealed class EmbeddingOptionsValidator : IValidateOptions<EmbeddingOptions>
{
    public ValidateOptionsResult Validate(string? name, EmbeddingOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        var failures = new List<string>();
        for (var i = 0; i < options.AllowedOrigins.Count; i++)
        {
            var origin = options.AllowedOrigins[i];
            if (origin == "*" || IsOrigin(origin)) continue;
            failures.Add($"{EmbeddingOptions.SectionName}:AllowedOrigins:{i} is '{origin}'; expected '*' or an origin such as 'https://dashboards.example.org' (http or https, host and port, no path).");
        }
        return failures.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(failures);
    }

    /// <summary>An absolute http(s) URL with nothing after the authority, as browsers send in Origin.</summary>
    private static bool IsOrigin(string? value) =>
        !string.IsNullOrWhiteSpace(value)
        && Uri.TryCreate(value, UriKind.Absolute, out var uri)
        && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps)
        && uri.AbsolutePath == "/" && !value.EndsWith('/')
        && string.IsNullOrEmpty(uri.Query) && string.IsNullOrEmpty(uri.Fragment) && string.IsNullOrEmpty(uri.UserInfo)
        && !value.Any(char.IsWhiteSpace);
}
