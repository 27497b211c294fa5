namespace Timeline.Ingestion.Validation.Semantics;

/// <summary>The first and last day an ISO time value may denote, both inclusive.</summary>
internal readonly record struct TimeValueBounds(DateOnly Earliest, DateOnly Latest);
