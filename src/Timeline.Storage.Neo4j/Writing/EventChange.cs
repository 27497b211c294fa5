namespace Timeline.Storage.Neo4j.Writing;

/// <summary>Where each derived report now belongs and which articles support each derived event.</summary>
internal sealed class EventChange
{
    public Dictionary<string, string> EventOfReport { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, HashSet<string>> ArticlesOfEvent { get; } = new(StringComparer.Ordinal);
}
