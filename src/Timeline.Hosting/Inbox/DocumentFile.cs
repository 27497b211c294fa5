namespace Timeline.Hosting.Inbox;

/// <summary>Reads a document file without letting an oversized one fill memory.</summary>
public static class DocumentFile
{
    /// <summary>
    /// Reads at most <paramref name="maxBytes"/> + 1 bytes: enough for the pipeline's size check to see
    /// that a larger file is too large, never the whole of it.
    /// </summary>
    public static async Task<byte[]> ReadAsync(string path, int maxBytes, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(maxBytes);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 1, useAsync: true);
        var limit = (int)Math.Min((long)maxBytes + 1, stream.Length);
        var buffer = new byte[limit];
        var read = 0;
        while (read < limit)
        {
            var n = await stream.ReadAsync(buffer.AsMemory(read, limit - read), cancellationToken);
            if (n == 0) break;
            read += n;
        }
        return read == limit ? buffer : buffer[..read];
    }
}
