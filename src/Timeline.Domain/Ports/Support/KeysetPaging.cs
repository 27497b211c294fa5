using Timeline.Domain.Ports;

namespace Timeline.Domain.Ports;

/// <summary>
/// Turns rows fetched one past the page size into a Relay page. Backward pages are fetched in
/// reverse order and flipped here, so both directions are plain index range scans.
/// </summary>
public static class KeysetPaging
{
    public static Page<T> Build<T>(List<T> rows, PageRequest page, Func<T, string> cursor, int? totalCount)
    {
        var size = page.Size;
        var more = rows.Count > size;
        if (more) rows.RemoveAt(rows.Count - 1);
        if (page.IsBackward) rows.Reverse();
        var edges = rows.Select(r => new Edge<T>(r, cursor(r))).ToList();
        var info = page.IsBackward
            ? new PageInfo(HasPreviousPage: more, HasNextPage: page.Before is not null, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor)
            : new PageInfo(HasPreviousPage: page.After is not null, HasNextPage: more, edges.FirstOrDefault()?.Cursor, edges.LastOrDefault()?.Cursor);
        return new Page<T>(edges, info, totalCount);
    }
}
