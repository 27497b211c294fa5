using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Types;

/// <summary>One problem found in a schema, with the SDL nodes it concerns when the schema came from SDL.</summary>
public sealed record SchemaValidationError(string Message, IReadOnlyList<SyntaxNode> Nodes)
{
    public SchemaValidationError(string message)
        : this(message, [])
    {
    }

    /// <summary>The source positions of the nodes that have one.</summary>
    public IReadOnlyList<Location> Locations =>
        Nodes.Where(n => n.Location is not null).Select(n => n.Location!.Value).ToList();

    public override string ToString()
    {
        var locations = Locations;
        return locations.Count == 0
            ? Message
            : Message + " (at " + string.Join(", ", locations.Select(l => $"{l.Line}:{l.Column}")) + ")";
    }
}
