using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Building;

/// <summary>Describes a field of an object or interface type: its type, arguments and resolver.</summary>
public interface IFieldDescriptor
{
    IFieldDescriptor Name(string name);

    IFieldDescriptor Description(string description);

    /// <summary>The type as SDL text, e.g. <c>String!</c> or <c>[Event!]!</c>.</summary>
    IFieldDescriptor Type(string sdlType);

    IFieldDescriptor Type(GraphQLType type);

    /// <summary>The type mapped from a CLR type: string, int, double, bool, Guid, registered enums and object types, enumerables of those.</summary>
    IFieldDescriptor Type<TClr>();

    IFieldDescriptor Argument(string name, string sdlType, Action<IArgumentDescriptor>? configure = null);

    IFieldDescriptor Deprecated(string? reason = null);

    IFieldDescriptor Resolve(FieldResolver resolver);

    /// <summary>A synchronous resolver; its value is wrapped without allocating.</summary>
    IFieldDescriptor Resolve(Func<IResolveFieldContext, object?> resolver);

    IFieldDescriptor ResolveAsync<TResult>(Func<IResolveFieldContext, Task<TResult>> resolver);

    IFieldDescriptor Subscribe(SubscriptionResolver subscriber);
}
