namespace Timeline.Domain.Ports;

/// <summary>Which schema version the store has applied and which one this build expects.</summary>
public sealed record SchemaStatus(int AppliedVersion, int LatestVersion)
{
    /// <summary>True when every migration is applied.</summary>
    public bool IsCurrent => AppliedVersion == LatestVersion;
}
