namespace Timeline.GraphQL.Building;

/// <summary>A type described in a class of its own (like <see cref="ObjectType{T}"/>), registered with <see cref="SchemaBuilder.AddType{TType}"/>.</summary>
public abstract class DescribedType
{
    internal abstract void Register(SchemaBuilder builder);
}
