namespace Timeline.Worker;

/// <summary>
/// Lists the inbox's documents that are ready: <c>*.json</c> files, in ordinal name order, whose
/// size and write time have not changed for a settle time across scans.
/// </summary>
/// <remarks>
/// The convention for writers is to write <c>*.tmp</c> or <c>*.part</c> and rename to <c>*.json</c>
/// when done; those names are never listed. The settle time covers writers that do not follow it:
/// a file still growing keeps changing size and is left for a later scan.
/// </remarks>
public sealed class InboxScanner(string inbox, TimeSpan settleTime, TimeProvider timeProvider)
{
    private Dictionary<string, Sighting> _seen = new(StringComparer.Ordinal);

    /// <summary>The result of one scan.</summary>
    /// <param name="Ready">Files to process, by name.</param>
    /// <param name="Settling">How many files are still settling (new or changed since the last scan).</param>
    public sealed record Scan(IReadOnlyList<string> Ready, int Settling);

    public Scan Next()
    {
        var now = timeProvider.GetUtcNow();
        var seen = new Dictionary<string, Sighting>(StringComparer.Ordinal);
        var ready = new List<string>();
        var settling = 0;
        foreach (var file in ListDocuments())
        {
            var info = new FileInfo(file);
            if (!info.Exists) continue;
            var shape = (info.Length, info.LastWriteTimeUtc);
            var sighting = _seen.TryGetValue(file, out var before) && before.Shape == shape ? before : new Sighting(shape, now);
            seen[file] = sighting;
            if (sighting != before || now - sighting.StableSince < settleTime) settling++;
            else ready.Add(file);
        }
        _seen = seen;
        ready.Sort(StringComparer.Ordinal);
        return new Scan(ready, settling);
    }

    /// <summary>Forgets a file once it has been handled, so a new file of the same name starts settling afresh.</summary>
    public void Forget(string path) => _seen.Remove(path);

    private IEnumerable<string> ListDocuments()
    {
        if (!Directory.Exists(inbox)) return [];
        return Directory.EnumerateFiles(inbox)
            .Where(path => string.Equals(Path.GetExtension(path), ".json", StringComparison.OrdinalIgnoreCase));
    }

    private sealed record Sighting((long Length, DateTime WrittenUtc) Shape, DateTimeOffset StableSince);
}
