using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Building;

/// <summary>Describes an object type in code: name, description, implemented interfaces and fields.</summary>
public interface IObjectTypeDescriptor
{
    IObjectTypeDescriptor Name(string name);

    IObjectTypeDescriptor Description(string description);

    IObjectTypeDescriptor ImplementsInterface(string interfaceName);

    IObjectTypeDescriptor IsTypeOf(IsTypeOfCheck check);

    /// <summary>Adds (or returns the already described) field of that name.</summary>
    IFieldDescriptor Field(string name);
}
