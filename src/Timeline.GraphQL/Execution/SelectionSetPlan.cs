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

    // Copy-on-write: readers scan a snapshot without locking; abstract fields see only a handful of types.
    private TypeFields[] known = [];

    public FieldPlan[] GetFields(ObjectType type)
    {
        var snapshot = Volatile.Read(ref known);
        for (var i = 0; i < snapshot.Length; i++)
        {
            if (ReferenceEquals(snapshot[i].Type, type))
            {
                return snapshot[i].Fields;
            }
        }

        return Add(type);
    }

    private FieldPlan[] Add(ObjectType type)
    {
        lock (gate)
        {
            foreach (var entry in known)
            {
                if (ReferenceEquals(entry.Type, type))
                {
                    return entry.Fields;
                }
            }

            var fields = Build(type);
            Volatile.Write(ref known, [.. known, new TypeFields(type, fields)]);
            return fields;
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
