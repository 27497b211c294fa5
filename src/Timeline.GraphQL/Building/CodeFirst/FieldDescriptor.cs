using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Building;

internal sealed class FieldDescriptor(string name) : IFieldDescriptor
{
    private readonly List<ArgumentDescriptor> arguments = [];
    private string name = name;
    private string? description;
    private TypeReference? type;
    private string? deprecationReason;
    private FieldResolver? resolver;
    private SubscriptionResolver? subscriber;

    public string FieldName => name;

    public IFieldDescriptor Name(string name)
    {
        this.name = name;
        return this;
    }

    public IFieldDescriptor Description(string description)
    {
        this.description = description;
        return this;
    }

    public IFieldDescriptor Type(string sdlType)
    {
        type = new TypeReference.Sdl(sdlType);
        return this;
    }

    public IFieldDescriptor Type(GraphQLType type)
    {
        this.type = new TypeReference.Direct(type);
        return this;
    }

    public IFieldDescriptor Type<TClr>()
    {
        type = new TypeReference.Clr(typeof(TClr), null);
        return this;
    }

    public IFieldDescriptor Argument(string name, string sdlType, Action<IArgumentDescriptor>? configure = null)
    {
        var argument = new ArgumentDescriptor(name, new TypeReference.Sdl(sdlType));
        configure?.Invoke(argument);
        arguments.Add(argument);
        return this;
    }

    public IFieldDescriptor Deprecated(string? reason = null)
    {
        deprecationReason = reason ?? SpecifiedDirectives.DefaultDeprecationReason;
        return this;
    }

    public IFieldDescriptor Resolve(FieldResolver resolver)
    {
        this.resolver = resolver;
        return this;
    }

    public IFieldDescriptor Resolve(Func<IResolveFieldContext, object?> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        this.resolver = context => new ValueTask<object?>(resolver(context));
        return this;
    }

    public IFieldDescriptor ResolveAsync<TResult>(Func<IResolveFieldContext, Task<TResult>> resolver)
    {
        ArgumentNullException.ThrowIfNull(resolver);
        this.resolver = async context => await resolver(context).ConfigureAwait(false);
        return this;
    }

    public IFieldDescriptor Subscribe(SubscriptionResolver subscriber)
    {
        this.subscriber = subscriber;
        return this;
    }

    /// <summary>Used by member binding: a type inferred from the member unless one was given.</summary>
    public void DefaultType(TypeReference inferred) => type ??= inferred;

    public FieldDefinition Build(TypeResolution types, string typeName)
    {
        var owner = typeName + "." + name;
        var resolved = type is null
            ? types.Missing($"Field \"{owner}\" has no type: give one with Type(\"...\").")
            : types.Resolve(type, "the type of " + owner);
        return new FieldDefinition(name, resolved, arguments.Select(a => a.Build(types, owner)).ToList())
        {
            Description = description,
            DeprecationReason = deprecationReason,
            Resolver = resolver,
            Subscriber = subscriber,
        };
    }
}
