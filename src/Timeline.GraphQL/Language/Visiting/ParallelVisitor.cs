namespace Timeline.GraphQL.Language;

/// <summary>
/// Runs several visitors in one walk (graphql-js's <c>visitInParallel</c>), as validation runs all its rules:
/// a visitor that skips a subtree or breaks is paused for that subtree or for good, the others go on.
/// </summary>
public sealed class ParallelVisitor : SyntaxVisitor
{
    private readonly SyntaxVisitor[] _visitors;

    // Per visitor: null while active, the node whose subtree it skips, or BrokenMarker once it broke.
    private readonly SyntaxNode?[] _skipping;
    private int _broken;

    public ParallelVisitor(IEnumerable<SyntaxVisitor> visitors)
    {
        ArgumentNullException.ThrowIfNull(visitors);
        _visitors = [.. visitors];
        _skipping = new SyntaxNode?[_visitors.Length];
    }

    private static SyntaxNode BrokenMarker { get; } = new NameNode("<break>");

    protected internal override void Attach(IReadOnlyList<SyntaxNode> ancestors)
    {
        base.Attach(ancestors);
        foreach (var visitor in _visitors)
        {
            visitor.Attach(ancestors);
        }
    }

    public override VisitAction Enter(SyntaxNode node)
    {
        var active = 0;
        for (var i = 0; i < _visitors.Length; i++)
        {
            if (_skipping[i] is not null)
            {
                continue;
            }

            switch (_visitors[i].Enter(node))
            {
                case VisitAction.Skip:
                    _skipping[i] = node;
                    break;
                case VisitAction.Break:
                    _skipping[i] = BrokenMarker;
                    _broken++;
                    break;
                default:
                    active++;
                    break;
            }
        }

        if (_broken == _visitors.Length)
        {
            return VisitAction.Break;
        }

        if (active > 0)
        {
            return VisitAction.Continue;
        }

        // Nobody wants this subtree: skip it whole. The walker will not call Leave for it, so the
        // visitors that started skipping here resume now.
        for (var i = 0; i < _skipping.Length; i++)
        {
            if (ReferenceEquals(_skipping[i], node))
            {
                _skipping[i] = null;
            }
        }

        return VisitAction.Skip;
    }

    public override VisitAction Leave(SyntaxNode node)
    {
        for (var i = 0; i < _visitors.Length; i++)
        {
            var skipping = _skipping[i];
            if (skipping is null)
            {
                if (_visitors[i].Leave(node) == VisitAction.Break)
                {
                    _skipping[i] = BrokenMarker;
                    _broken++;
                }
            }
            else if (ReferenceEquals(skipping, node))
            {
                _skipping[i] = null;
            }
        }

        return _broken == _visitors.Length ? VisitAction.Break : VisitAction.Continue;
    }
}
