using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Building;

/// <summary>
/// Builds a schema from C# descriptions, in the style of HotChocolate:
/// <c>SchemaBuilder.New().AddQueryType(d => d.Name("Query").Field("hello").Type("String!").Resolve(_ => "world")).Build()</c>.
/// Types refer to each other by name (or by CLR type once registered); every problem is reported at once when building.
/// </summary>
public sealed class SchemaBuilder
{
    // In registration order, which is the order the schema lists (and prints) its types.
    private readonly List<Func<TypeResolution, (NamedType Type, Type? ClrType)>> typeFactories = [];
    private readonly List<DirectiveDefinition> directives = [];
    private string? queryName;
    private string? mutationName;
    private string? subscriptionName;
    private string? description;

    private SchemaBuilder()
    {
    }

    public static SchemaBuilder New() => new();

    public SchemaBuilder Description(string description)
    {
        this.description = description;
        return this;
    }

    public SchemaBuilder AddQueryType(Action<IObjectTypeDescriptor> configure) => AddRoot(configure, "Query", name => queryName = name);

    public SchemaBuilder AddMutationType(Action<IObjectTypeDescriptor> configure) => AddRoot(configure, "Mutation", name => mutationName = name);

    public SchemaBuilder AddSubscriptionType(Action<IObjectTypeDescriptor> configure) => AddRoot(configure, "Subscription", name => subscriptionName = name);

    public SchemaBuilder AddObjectType(Action<IObjectTypeDescriptor> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var descriptor = new ObjectTypeDescriptor(string.Empty);
        configure(descriptor);
        return AddDescriptor(descriptor, asInterface: false);
    }

    /// <summary>An object type bound to <typeparamref name="T"/> without a class of its own.</summary>
    public SchemaBuilder AddObjectType<T>(Action<IObjectTypeDescriptor<T>>? configure = null)
    {
        var descriptor = new ObjectTypeDescriptor<T>(typeof(T).Name);
        configure?.Invoke(descriptor);
        return AddDescriptor(descriptor, asInterface: false);
    }

    public SchemaBuilder AddInterfaceType(Action<IObjectTypeDescriptor> configure, TypeResolver? resolveType = null)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var descriptor = new ObjectTypeDescriptor(string.Empty) { TypeResolver = resolveType };
        configure(descriptor);
        return AddDescriptor(descriptor, asInterface: true);
    }

    public SchemaBuilder AddUnionType(Action<IUnionTypeDescriptor> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var descriptor = new UnionTypeDescriptor();
        configure(descriptor);
        typeFactories.Add(r => (descriptor.Build(r), null));
        return this;
    }

    public SchemaBuilder AddInputObjectType(Action<IInputObjectTypeDescriptor> configure)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var descriptor = new InputObjectTypeDescriptor();
        configure(descriptor);
        typeFactories.Add(r => (descriptor.Build(r), null));
        return this;
    }

    /// <summary>An enum type from a C# enum; its members are the runtime values resolvers see and return.</summary>
    public SchemaBuilder AddEnumType<TEnum>(string? name = null)
        where TEnum : struct, Enum
    {
        var type = EnumTypeFactory.FromClr<TEnum>(name);
        typeFactories.Add(_ => (type, typeof(TEnum)));
        return this;
    }

    /// <summary>A type made directly, e.g. a custom <see cref="ScalarType"/>; <paramref name="clrType"/> maps CLR members to it.</summary>
    public SchemaBuilder AddType(NamedType type, Type? clrType = null)
    {
        ArgumentNullException.ThrowIfNull(type);
        typeFactories.Add(_ => (type, clrType));
        return this;
    }

    /// <summary>A type described by its own class, such as an <see cref="ObjectType{T}"/> subclass.</summary>
    public SchemaBuilder AddType<TType>()
        where TType : DescribedType, new()
    {
        new TType().Register(this);
        return this;
    }

    public SchemaBuilder AddDirective(DirectiveDefinition directive)
    {
        ArgumentNullException.ThrowIfNull(directive);
        directives.Add(directive);
        return this;
    }

    /// <summary>The schema, validated; throws <see cref="SchemaValidationException"/> listing every problem.</summary>
    public Schema Build()
    {
        var resolution = new TypeResolution();
        var types = new List<NamedType>();
        void Add(NamedType type, Type? clrType)
        {
            resolution.Add(type, clrType);
            types.Add(type);
        }

        foreach (var factory in typeFactories)
        {
            var (type, clrType) = factory(resolution);
            Add(type, clrType);
        }

        ObjectType? Root(string? name, string what)
        {
            if (name is null)
            {
                return null;
            }

            return resolution.Find(name) as ObjectType ?? Fail(resolution, $"The {what} type \"{name}\" is not a registered object type.");
        }

        var schema = new Schema(
            Root(queryName, "query"),
            Root(mutationName, "mutation"),
            Root(subscriptionName, "subscription"),
            types,
            directives.Count == 0 ? null : directives.Concat(SpecifiedDirectives.All.Where(s => directives.All(d => d.Name != s.Name))))
        {
            Description = description,
        };

        // Field thunks ran while the schema collected its types, so resolution problems are known by now.
        return resolution.Errors.Count > 0 ? throw new SchemaValidationException(resolution.Errors) : schema.AssertValid();
    }

    internal SchemaBuilder AddDescriptor(ObjectTypeDescriptor descriptor, bool asInterface)
    {
        if (string.IsNullOrEmpty(descriptor.TypeName))
        {
            throw new ArgumentException("Every described type needs a name: call Name(\"...\").", nameof(descriptor));
        }

        typeFactories.Add(r => (asInterface ? descriptor.BuildInterface(r) : descriptor.BuildObject(r), descriptor.RuntimeType));
        return this;
    }

    private static ObjectType? Fail(TypeResolution resolution, string message)
    {
        resolution.Missing(message);
        return null;
    }

    private SchemaBuilder AddRoot(Action<IObjectTypeDescriptor> configure, string defaultName, Action<string> setName)
    {
        ArgumentNullException.ThrowIfNull(configure);
        var descriptor = new ObjectTypeDescriptor(defaultName);
        configure(descriptor);
        setName(descriptor.TypeName);
        return AddDescriptor(descriptor, asInterface: false);
    }
}
