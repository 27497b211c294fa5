using System.Runtime.CompilerServices;

// The tests exercise the schema compiler, the time-value parser and the syntax scanner directly.
[assembly: InternalsVisibleTo("Timeline.Ingestion.Tests")]
