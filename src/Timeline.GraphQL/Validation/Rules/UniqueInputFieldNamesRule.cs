// Spec §5.6.3 Input Object Field Uniqueness
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Validation;

/// <summary>No field is given twice in one input object literal.</summary>
public sealed class UniqueInputFieldNamesRule(ValidationContext context) : SyntaxVisitor
{
    private readonly Stack<Dictionary<string, NameNode>> _outer = new();
    private Dictionary<string, NameNode> _known = new(StringComparer.Ordinal);

    public static ValidationRule Rule { get; } = new(nameof(UniqueInputFieldNamesRule), c => new UniqueInputFieldNamesRule(c));

    public override VisitAction EnterObjectValue(ObjectValueNode node)
    {
        _outer.Push(_known);
        _known = new Dictionary<string, NameNode>(StringComparer.Ordinal);
        return VisitAction.Continue;
    }

    public override VisitAction LeaveObjectValue(ObjectValueNode node)
    {
        _known = _outer.Pop();
        return VisitAction.Continue;
    }

    public override VisitAction EnterObjectField(ObjectFieldNode node)
    {
        var name = node.Name.Value;
        if (_known.TryGetValue(name, out var first))
        {
            context.ReportError($"There can be only one input field named \"{name}\".", first, node.Name);
        }
        else
        {
            _known[name] = node.Name;
        }

        return VisitAction.Continue;
    }
}
