namespace Timeline.GraphQL.Language;

/// <summary>The base of every AST node. Nodes are immutable; lists are never null.</summary>
public abstract class SyntaxNode
{
    private protected SyntaxNode(SyntaxKind kind, Location? location)
    {
        Kind = kind;
        Location = location;
    }

    /// <summary>Stored rather than virtual so that walkers can switch on it cheaply.</summary>
    public SyntaxKind Kind { get; }

    /// <summary>Null for nodes built in code rather than parsed.</summary>
    public Location? Location { get; }

    /// <summary>The node printed as GraphQL text (see <see cref="Printer"/>).</summary>
    public override string ToString() => Printer.Print(this);
}
