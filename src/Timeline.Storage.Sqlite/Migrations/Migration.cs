namespace Timeline.Storage.Sqlite.Migrations;

/// <summary>One numbered schema change, read from an embedded "NNNN_name.sql" script.</summary>
internal sealed record Migration(int Version, string Name, string Sql);
