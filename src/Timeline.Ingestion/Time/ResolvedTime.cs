using Timeline.Domain.Time;

namespace Timeline.Ingestion.Time;

/// <summary>The outcome for one time expression of a document, at its JSON Pointer path.</summary>
public sealed record ResolvedTime(string Path, TimePointResult Result);
