namespace Timeline.GraphQL.ConformanceHost;

/// <summary>The root value of one request: the <c>append</c> log, which starts empty for every request.</summary>
internal sealed class MutationLog
{
    public List<string> Entries { get; } = [];
}
