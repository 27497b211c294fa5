using System.Collections.Frozen;
using Timeline.GraphQL.Introspection;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types.Validation;

namespace Timeline.GraphQL.Types;

/// <summary>
/// A GraphQL schema: root operation types, every named type reachable from them (introspection types included),
/// and directives. Possible types of abstract types are computed once, so <see cref="IsSubType"/> is a set lookup.
/// </summary>
public sealed class Schema
{
    private readonly NamedType[] types;
    private readonly FrozenDictionary<string, NamedType> typeMap;
    private readonly DefinitionLookup<DirectiveDefinition> directives;
    private readonly Dictionary<InterfaceType, (List<ObjectType> Objects, List<InterfaceType> Interfaces)> implementations = [];
    private readonly FrozenDictionary<NamedType, FrozenSet<NamedType>> subTypes;
    private readonly Lock gate = new();
    private IReadOnlyList<SchemaValidationError>? validationErrors;

    public Schema(
        ObjectType? query,
        ObjectType? mutation = null,
        ObjectType? subscription = null,
        IEnumerable<NamedType>? types = null,
        IEnumerable<DirectiveDefinition>? directives = null)
    {
        Query = query;
        Mutation = mutation;
        Subscription = subscription;
        this.directives = new DefinitionLookup<DirectiveDefinition>(directives ?? SpecifiedDirectives.All, d => d.Name);

        var collector = new TypeCollector();
        var listed = types?.ToList() ?? [];
        collector.Seed(listed);
        foreach (var type in listed)
        {
            collector.Collect(type, moveToEnd: true);
        }

        collector.Collect(query);
        collector.Collect(mutation);
        collector.Collect(subscription);
        foreach (var directive in this.directives.Items)
        {
            foreach (var argument in directive.Arguments)
            {
                collector.Collect(argument.Type);
            }
        }

        collector.Collect(IntrospectionTypes.Schema);
        if (collector.Errors.Count > 0)
        {
            throw new SchemaValidationException(collector.Errors);
        }

        this.types = [.. collector.Types];
        typeMap = this.types.ToFrozenDictionary(t => t.Name, StringComparer.Ordinal);
        IndexImplementations();

        // Computed up front so that IsSubType, hot in validation and execution, is two lock-free lookups.
        subTypes = this.types
            .Where(t => t is UnionType or InterfaceType)
            .ToFrozenDictionary(
                t => t,
                t => t is UnionType union
                    ? union.Types.Cast<NamedType>().ToFrozenSet()
                    : GetImplementations((InterfaceType)t).Objects.Cast<NamedType>().Concat(GetImplementations((InterfaceType)t).Interfaces).ToFrozenSet());
    }

    public string? Description { get; init; }

    public ObjectType? Query { get; }

    public ObjectType? Mutation { get; }

    public ObjectType? Subscription { get; }

    public SchemaDefinitionNode? AstNode { get; init; }

    public IReadOnlyList<SchemaExtensionNode> ExtensionAstNodes { get; init; } = [];

    /// <summary>Every named type in the order graphql-js collects them (the given types first, then what they reach).</summary>
    public IReadOnlyList<NamedType> Types => types;

    public IReadOnlyDictionary<string, NamedType> TypeMap => typeMap;

    public IReadOnlyList<DirectiveDefinition> Directives => directives.Items;

    public ObjectType? GetRootType(OperationType operation) => operation switch
    {
        OperationType.Query => Query,
        OperationType.Mutation => Mutation,
        OperationType.Subscription => Subscription,
        _ => null,
    };

    /// <summary>The named type called <paramref name="name"/>, or null.</summary>
    public NamedType? GetType(string name) => typeMap.GetValueOrDefault(name);

    public DirectiveDefinition? GetDirective(string name) => directives.Find(name);

    /// <summary>The object types a value of the abstract type may have: a union's members or an interface's implementations.</summary>
    public IReadOnlyList<ObjectType> GetPossibleTypes(NamedType abstractType) => abstractType switch
    {
        UnionType union => union.Types,
        InterfaceType iface => GetImplementations(iface).Objects,
        _ => [],
    };

    /// <summary>The object and interface types that declare they implement <paramref name="type"/>.</summary>
    public (IReadOnlyList<ObjectType> Objects, IReadOnlyList<InterfaceType> Interfaces) GetImplementations(InterfaceType type)
    {
        ArgumentNullException.ThrowIfNull(type);
        return implementations.TryGetValue(type, out var found) ? (found.Objects, found.Interfaces) : ([], []);
    }

    /// <summary>Whether <paramref name="maybeSubType"/> is a possible type of, or an interface implementing, <paramref name="abstractType"/>.</summary>
    public bool IsSubType(NamedType abstractType, NamedType maybeSubType)
    {
        ArgumentNullException.ThrowIfNull(abstractType);
        ArgumentNullException.ThrowIfNull(maybeSubType);
        if (abstractType is not (UnionType or InterfaceType))
        {
            return false;
        }

        return subTypes.TryGetValue(abstractType, out var set) && set.Contains(maybeSubType);
    }

    /// <summary>Every type-system rule this schema breaks (empty when valid); computed once.</summary>
    public IReadOnlyList<SchemaValidationError> Validate()
    {
        lock (gate)
        {
            return validationErrors ??= SchemaValidator.Validate(this);
        }
    }

    /// <summary>Throws <see cref="SchemaValidationException"/> listing every problem when the schema is invalid.</summary>
    public Schema AssertValid()
    {
        var errors = Validate();
        return errors.Count == 0 ? this : throw new SchemaValidationException(errors);
    }

    private void IndexImplementations()
    {
        foreach (var type in types)
        {
            if (type is not ComplexType complex)
            {
                continue;
            }

            foreach (var iface in complex.Interfaces)
            {
                if (!implementations.TryGetValue(iface, out var entry))
                {
                    entry = ([], []);
                    implementations[iface] = entry;
                }

                if (complex is ObjectType obj)
                {
                    entry.Objects.Add(obj);
                }
                else
                {
                    entry.Interfaces.Add((InterfaceType)complex);
                }
            }
        }
    }
}
