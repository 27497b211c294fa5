namespace Timeline.GraphQL.Building;

/// <summary>
/// An object type bound to the CLR type <typeparamref name="T"/>, named after it unless <c>Name</c> is given.
/// Override <see cref="Configure"/> to describe fields; public properties not described become fields too.
/// </summary>
public abstract class ObjectType<T> : DescribedType
{
    protected abstract void Configure(IObjectTypeDescriptor<T> descriptor);

    internal override void Register(SchemaBuilder builder)
    {
        var descriptor = new ObjectTypeDescriptor<T>(typeof(T).Name);
        Configure(descriptor);
        builder.AddDescriptor(descriptor, asInterface: false);
    }
}
