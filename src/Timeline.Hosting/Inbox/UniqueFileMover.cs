namespace Timeline.Hosting.Inbox;

/// <summary>Moves files into a folder without overwriting: a clash gets a numeric suffix (<c>x.json</c>, <c>x-1.json</c>, <c>x-2.json</c>...).</summary>
public static class UniqueFileMover
{
    /// <summary>
    /// Moves <paramref name="sourcePath"/> into <paramref name="targetFolder"/> and returns the new path.
    /// </summary>
    /// <remarks>
    /// The move is a single rename, so a process killed mid-move leaves the file in one place only.
    /// (File.Move without overwrite links then unlinks on Unix, which a kill can leave in both.)
    /// Only the single worker of an inbox writes to its target folders, so the existence check
    /// cannot race with another writer.
    /// </remarks>
    public static string Move(string sourcePath, string targetFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(sourcePath);
        ArgumentException.ThrowIfNullOrWhiteSpace(targetFolder);
        Directory.CreateDirectory(targetFolder);
        var target = FreePath(targetFolder, Path.GetFileName(sourcePath));
        File.Move(sourcePath, target, overwrite: true);
        return target;
    }

    /// <summary>The first of <c>name</c>, <c>name-1</c>, <c>name-2</c>... (extension kept) that is free in <paramref name="folder"/>.</summary>
    public static string FreePath(string folder, string fileName)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(folder);
        ArgumentException.ThrowIfNullOrWhiteSpace(fileName);
        var stem = Path.GetFileNameWithoutExtension(fileName);
        var extension = Path.GetExtension(fileName);
        for (var n = 0; ; n++)
        {
            var candidate = n == 0 ? fileName : $"{stem}-{n}{extension}";
            var path = Path.Combine(folder, candidate);
            if (File.Exists(path) || Directory.Exists(path)) continue;
            return path;
        }
    }
}
