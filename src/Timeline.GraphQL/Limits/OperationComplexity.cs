namespace Timeline.GraphQL.Limits;

/// <summary>The measured size of an operation; when <see cref="Truncated"/> the walk stopped early because a limit was already exceeded.</summary>
internal sealed record OperationComplexity(int Depth, long Cost, int Aliases, bool DependsOnVariables, bool Truncated);
