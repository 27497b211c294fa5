namespace Timeline.Domain.Ports;

/// <summary>Where a page sits in the whole ordered list.</summary>
public sealed record PageInfo(bool HasPreviousPage, bool HasNextPage, string? StartCursor, string? EndCursor);
