using System.Linq.Expressions;

namespace Timeline.GraphQL.Building;

/// <summary>Describes an object type bound to the CLR type <typeparamref name="T"/>, whose members can become fields.</summary>
public interface IObjectTypeDescriptor<T> : IObjectTypeDescriptor
{
    /// <summary>A field reading the member: named after it in camelCase, typed from its CLR type and nullability.</summary>
    IFieldDescriptor Field<TValue>(Expression<Func<T, TValue>> member);

    /// <summary>Only fields described explicitly; by default every public property becomes a field.</summary>
    IObjectTypeDescriptor<T> BindFieldsExplicitly();

    /// <summary>Leaves a property out of the implicitly bound fields.</summary>
    IObjectTypeDescriptor<T> Ignore<TValue>(Expression<Func<T, TValue>> member);
}
