using Microsoft.Data.Sqlite;

namespace Timeline.Worker.Tests;

/// <summary>A fresh folder under the system's temp folder, removed with everything in it when the test ends.</summary>
public sealed class TempFolder : IDisposable
{
    public TempFolder()
    {
        Path = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "timeline-worker-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path);
    }

    public string Path { get; }

    public string Combine(params string[] parts) => System.IO.Path.Combine([Path, .. parts]);

    public void Dispose()
    {
        // Pooled connections keep the database open; let go of them before deleting the file.
        SqliteConnection.ClearAllPools();
        try
        {
            Directory.Delete(Path, recursive: true);
        }
        catch (IOException)
        {
            // A process that was killed may still be letting go of a file; the temp folder is the system's to clean.
        }
    }
}
