namespace Timeline.Domain.Ports;

/// <summary>One table of an export: its columns and every row, sorted.</summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Columns, IReadOnlyList<IReadOnlyList<string?>> Rows);
