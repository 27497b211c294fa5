namespace Timeline.Export;

/// <summary>What an import did: articles by outcome, and decisions recorded.</summary>
public sealed record ImportSummary(int Created, int Updated, int Unchanged, int Decisions);
