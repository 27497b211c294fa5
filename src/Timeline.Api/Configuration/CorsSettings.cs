namespace Timeline.Api.Configuration;

/// <summary>The "Timeline:Cors" section: which web origins may call <c>/graphql</c> from a browser.</summary>
public sealed class CorsSettings
{
    /// <summary>Origins such as <c>https://dashboards.example.org</c>; <c>*</c> allows any origin. Empty: same origin only.</summary>
    public IList<string> AllowedOrigins { get; } = [];
}
