// Spec §5.3.1 Field Selections
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Validation;

/// <summary>
/// Selected fields exist on their parent type (or are meta-fields such as <c>__typename</c>). The error suggests
/// inline fragments on types that have the field, else fields with similar names.
/// </summary>
public sealed class FieldsOnCorrectTypeRule(ValidationContext context) : SyntaxVisitor
{
    public static ValidationRule Rule { get; } = new(nameof(FieldsOnCorrectTypeRule), c => new FieldsOnCorrectTypeRule(c));

    public override VisitAction EnterField(FieldNode node)
    {
        if (context.ParentType is not { } type || context.FieldDef is not null)
        {
            return VisitAction.Continue;
        }

        var fieldName = node.Name.Value;
        var suggestion = context.HideSuggestions
            ? string.Empty
            : DidYouMean.Format(SuggestedTypeNames(context.Schema, type, fieldName), "to use an inline fragment on");
        if (suggestion.Length == 0 && !context.HideSuggestions)
        {
            suggestion = DidYouMean.Format(SuggestedFieldNames(type, fieldName));
        }

        context.ReportError($"Cannot query field \"{fieldName}\" on type \"{type}\"." + suggestion, node);
        return VisitAction.Continue;
    }

    /// <summary>Types below an abstract type that define the field: the most used first, interfaces before their implementations.</summary>
    private static List<string> SuggestedTypeNames(Schema schema, NamedType type, string fieldName)
    {
        if (!type.IsAbstractType)
        {
            return [];
        }

        var suggested = new List<ComplexType>();
        var usageCount = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var possibleType in schema.GetPossibleTypes(type))
        {
            if (possibleType.GetField(fieldName) is null)
            {
                continue;
            }

            suggested.Add(possibleType);
            usageCount[possibleType.Name] = 1;
            foreach (var possibleInterface in possibleType.Interfaces)
            {
                if (possibleInterface.GetField(fieldName) is null)
                {
                    continue;
                }

                if (!usageCount.TryGetValue(possibleInterface.Name, out var count))
                {
                    suggested.Add(possibleInterface);
                }

                usageCount[possibleInterface.Name] = count + 1;
            }
        }

        int Compare(ComplexType a, ComplexType b)
        {
            var byUsage = usageCount[b.Name] - usageCount[a.Name];
            if (byUsage != 0)
            {
                return byUsage;
            }

            if (a is InterfaceType && schema.IsSubType(a, b))
            {
                return -1;
            }

            if (b is InterfaceType && schema.IsSubType(b, a))
            {
                return 1;
            }

            return SuggestionList.NaturalCompare(a.Name, b.Name);
        }

        return [.. suggested.Order(Comparer<ComplexType>.Create(Compare)).Select(t => t.Name)];
    }

    private static IReadOnlyList<string> SuggestedFieldNames(NamedType type, string fieldName) =>
        type is ComplexType complex ? SuggestionList.Suggest(fieldName, complex.Fields.Select(f => f.Name)) : [];
}
