namespace Timeline.Export.Json;

/// <summary>One thing wrong with an import file: where (a JSON Pointer, RFC 6901; "" is the whole document) and why.</summary>
public sealed record ImportError(string Path, string Message)
{
    public override string ToString() => $"{(Path.Length == 0 ? "(document)" : Path)}: {Message}";
}
