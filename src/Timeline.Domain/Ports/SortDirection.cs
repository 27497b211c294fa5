namespace Timeline.Domain.Ports;

/// <summary>Time order of a timeline.</summary>
public enum SortDirection
{
    /// <summary>Earliest first.</summary>
    Ascending,

    /// <summary>Latest first.</summary>
    Descending,
}
