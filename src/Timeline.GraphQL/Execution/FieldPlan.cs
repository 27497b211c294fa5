using System.Text;
using Timeline.GraphQL.Introspection;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Execution;

/// <summary>
/// One response key of a selection set for one object type, decided once per document: the merged field nodes, the
/// field definition, the key pre-encoded as JSON, the arguments when they are constants, and the plan of the sub-selection.
/// </summary>
internal sealed class FieldPlan
{
    private readonly IReadOnlyDictionary<string, object?>? constantArguments;
    private readonly string? argumentError;
    private ObjectType[] verifiedRuntimeTypes = [];

    public FieldPlan(PlanContext context, ObjectType parentType, string responseKey, FieldNode[] nodes, FieldDefinition definition)
    {
        ParentType = parentType;
        ResponseKey = responseKey;
        Nodes = nodes;
        Definition = definition;
        ReturnType = definition.Type;
        KeyJson = Encoding.UTF8.GetBytes("\"" + responseKey + "\":");
        Coordinate = parentType.Name + "." + definition.Name;
        IsTypeName = ReferenceEquals(definition, MetaFields.TypeName);
        IsIntrospection = definition.Name.StartsWith("__", StringComparison.Ordinal) || parentType.Name.StartsWith("__", StringComparison.Ordinal);

        var locations = new List<SourceLocation>(nodes.Length);
        foreach (var node in nodes)
        {
            if (node.Location is { } location)
            {
                locations.Add(location.ToSourceLocation());
            }
        }

        Locations = locations;

        if (definition.Arguments.Count == 0)
        {
            constantArguments = ArgumentCoercion.Empty;
        }
        else if (!ArgumentCoercion.UsesVariables(nodes[0].Arguments))
        {
            try
            {
                constantArguments = ArgumentCoercion.Coerce(Coordinate, definition.Arguments, nodes[0].Arguments, null);
            }
            catch (GraphQLFieldException e)
            {
                argumentError = e.Message;
            }
        }

        if (ReturnType.GetNamedType().IsCompositeType)
        {
            var selectionSets = new List<SelectionSetNode>(nodes.Length);
            foreach (var node in nodes)
            {
                if (node.SelectionSet is { } set)
                {
                    selectionSets.Add(set);
                }
            }

            Children = new SelectionSetPlan(context, selectionSets.ToArray());
        }
    }

    public ObjectType ParentType { get; }

    public string ResponseKey { get; }

    /// <summary><c>"key":</c> as UTF-8.</summary>
    public byte[] KeyJson { get; }

    public FieldNode[] Nodes { get; }

    public FieldDefinition Definition { get; }

    public GraphQLType ReturnType { get; }

    /// <summary><c>Parent.field</c>, as error messages name the field.</summary>
    public string Coordinate { get; }

    public bool IsTypeName { get; }

    public bool IsIntrospection { get; }

    public IReadOnlyList<SourceLocation> Locations { get; }

    /// <summary>The plan of the sub-selection; null for leaf fields.</summary>
    public SelectionSetPlan? Children { get; }

    /// <summary>Whether <paramref name="type"/> was already found a possible type of this field's abstract type.</summary>
    public bool IsVerifiedRuntimeType(ObjectType type)
    {
        foreach (var verified in Volatile.Read(ref verifiedRuntimeTypes))
        {
            if (ReferenceEquals(verified, type))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Remembers a checked runtime type; a lost race only means checking it once more.</summary>
    public void AddVerifiedRuntimeType(ObjectType type) =>
        Volatile.Write(ref verifiedRuntimeTypes, [.. Volatile.Read(ref verifiedRuntimeTypes), type]);

    /// <summary>The coerced arguments: computed once when they are constants, else from this request's variables.</summary>
    public IReadOnlyDictionary<string, object?> GetArguments(IReadOnlyDictionary<string, object?> variables)
    {
        if (constantArguments is not null)
        {
            return constantArguments;
        }

        if (argumentError is not null)
        {
            throw new GraphQLFieldException(argumentError);
        }

        return ArgumentCoercion.Coerce(Coordinate, Definition.Arguments, Nodes[0].Arguments, variables);
    }
}
