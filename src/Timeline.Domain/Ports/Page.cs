namespace Timeline.Domain.Ports;

/// <summary>One item of a page and the cursor that points at it.</summary>
public sealed record Edge<T>(T Node, string Cursor);

/// <summary>A page of items in order, with paging info and, when asked for, the total count.</summary>
public sealed record Page<T>(IReadOnlyList<Edge<T>> Edges, PageInfo PageInfo, int? TotalCount);
