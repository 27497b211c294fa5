namespace Timeline.Ingestion.Samples;

/// <summary>One of the embedded sample documents: its file name and its UTF-8 JSON.</summary>
public sealed record SampleDocument(string Name, ReadOnlyMemory<byte> Utf8);
