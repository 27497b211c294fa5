using Timeline.GraphQL.Introspection;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Execution;

/// <summary>
/// The merged selection sets under one response key. Its collected fields depend on the runtime object type, so they
/// are collected on first use for each type and kept: a plan is shared by every request for the same document.
/// </summary>
internal sealed class SelectionSetPlan(PlanContext context, SelectionSetNode[] selectionSets)
{
    private readonly Lock gate = new();
    private TypeFields? first;
    private Dictionary<ObjectType, FieldPlan[]>? others;

    public FieldPlan[] GetFields(ObjectType type)
    {
        var known = Volatile.Read(ref first);
        if (known is not null && ReferenceEquals(known.Type, type))
        {
            return known.Fields;
        }

        return GetFieldsSlow(type);
    }

    private FieldPlan[] GetFieldsSlow(ObjectType type)
    {
        lock (gate)
        {
            if (first is null)
            {
                var fields = Build(type);
                Volatile.Write(ref first, new TypeFields(type, fields));
                return fields;
            }

            if (ReferenceEquals(first.Type, type))
            {
                return first.Fields;
            }

            others ??= [];
            if (!others.TryGetValue(type, out var found))
            {
                found = Build(type);
                others[type] = found;
            }

            return found;
        }
    }

    private FieldPlan[] Build(ObjectType type)
    {
        var groups = FieldCollector.Collect(context.Schema, context.Fragments, context.Conditions, type, selectionSets);
        var plans = new List<FieldPlan>(groups.Count);
        foreach (var (key, nodes) in groups)
        {
            // A field the type does not define is skipped, as graphql-js does; validation reports it.
            var definition = MetaFields.GetFieldDefinition(context.Schema, type, nodes[0].Name.Value);
            if (definition is not null)
            {
                plans.Add(new FieldPlan(context, type, key, [.. nodes], definition));
            }
        }

        return [.. plans];
    }

    private sealed record TypeFields(ObjectType Type, FieldPlan[] Fields);
}
