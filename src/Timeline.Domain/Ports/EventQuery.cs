namespace Timeline.Domain.Ports;

/// <summary>A timeline request: filter, order, page, and whether to count all matches.</summary>
public sealed record EventQuery(EventFilter Filter, SortDirection Direction, PageRequest Page, bool IncludeTotalCount = false);
