using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>
/// Keeps a <see cref="TypeInfo"/> in step with a walk while forwarding every node to an inner visitor
/// (graphql-js's visitWithTypeInfo): the type info enters a node before the visitor sees it and leaves it after.
/// </summary>
public sealed class TypeInfoVisitor : SyntaxVisitor
{
    private readonly TypeInfo _typeInfo;
    private readonly SyntaxVisitor _inner;

    public TypeInfoVisitor(TypeInfo typeInfo, SyntaxVisitor inner)
    {
        ArgumentNullException.ThrowIfNull(typeInfo);
        ArgumentNullException.ThrowIfNull(inner);
        _typeInfo = typeInfo;
        _inner = inner;
    }

    protected internal override void Attach(IReadOnlyList<SyntaxNode> ancestors)
    {
        base.Attach(ancestors);
        _inner.Attach(ancestors);
    }

    public override VisitAction Enter(SyntaxNode node)
    {
        _typeInfo.Enter(node);
        var action = _inner.Enter(node);
        if (action == VisitAction.Skip)
        {
            // The walker will not leave a skipped node, so the type info leaves it now.
            _typeInfo.Leave(node);
        }

        return action;
    }

    public override VisitAction Leave(SyntaxNode node)
    {
        var action = _inner.Leave(node);
        _typeInfo.Leave(node);
        return action;
    }
}
