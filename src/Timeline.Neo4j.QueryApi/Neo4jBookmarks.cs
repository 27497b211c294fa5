namespace Timeline.Neo4j.QueryApi;

/// <summary>
/// The bookmarks of the last committed work, sent with the next request so it sees those writes.
/// Shared (a singleton in DI) because typed HTTP clients are created per use.
/// </summary>
public sealed class Neo4jBookmarks
{
    private readonly Lock _gate = new();
    private IReadOnlyList<string> _current = [];

    public IReadOnlyList<string> Current
    {
        get
        {
            lock (_gate)
            {
                return _current;
            }
        }
    }

    /// <summary>Replaces the bookmarks; an empty list (a response without bookmarks) keeps the old ones.</summary>
    public void Update(IReadOnlyList<string> bookmarks)
    {
        ArgumentNullException.ThrowIfNull(bookmarks);
        if (bookmarks.Count == 0)
        {
            return;
        }

        lock (_gate)
        {
            _current = [.. bookmarks];
        }
    }

    public void Clear()
    {
        lock (_gate)
        {
            _current = [];
        }
    }
}
