namespace Timeline.Api.Configuration;

/// <summary>
/// The host's own settings in the "Timeline" section, beside the shared ones of <c>TimelineOptions</c>:
/// <c>Timeline:ApiKeys</c> and <c>Timeline:Cors:AllowedOrigins</c>.
/// </summary>
public sealed class ApiOptions
{
    public const string SectionName = "Timeline";

    /// <summary>Keys that may write (ingest, retract, merge). When empty, one key is created in the data directory.</summary>
    public IList<string> ApiKeys { get; } = [];

    public CorsSettings Cors { get; set; } = new();
}
