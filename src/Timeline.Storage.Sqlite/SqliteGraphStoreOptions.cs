namespace Timeline.Storage.Sqlite;

/// <summary>Where the SQLite store keeps its single database file.</summary>
/// <param name="DatabasePath">Path of the database file; its folder is created when missing.</param>
public sealed record SqliteGraphStoreOptions(string DatabasePath);
