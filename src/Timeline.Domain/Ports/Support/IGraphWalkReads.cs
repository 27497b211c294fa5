namespace Timeline.Domain.Ports;

/// <summary>What <see cref="GraphWalker"/> reads from a store: current ids, node labels and capped edges.</summary>
public interface IGraphWalkReads
{
    /// <summary>The current entity id of each id given (current or former); unknown ids are absent.</summary>
    Task<Dictionary<string, string>> CurrentEntityIdsAsync(IEnumerable<string> ids, CancellationToken cancellationToken);

    /// <summary>The current event id of each id given (current or former); unknown ids are absent.</summary>
    Task<Dictionary<string, string>> CurrentEventIdsAsync(IEnumerable<string> ids, CancellationToken cancellationToken);

    Task<Dictionary<string, Model.Entity>> EntitiesAsync(IEnumerable<string> ids, CancellationToken cancellationToken);

    Task<Dictionary<string, Model.Event>> EventsAsync(IEnumerable<string> ids, CancellationToken cancellationToken);

    /// <summary>
    /// Fills the edges and full degree of each node in <paramref name="nodes"/> (empty on entry): at most
    /// <paramref name="degreeCap"/> edges a node, newest events first.
    /// </summary>
    Task LoadEdgesAsync(IReadOnlyDictionary<string, NodeEdges> nodes, int degreeCap, CancellationToken cancellationToken);
}
