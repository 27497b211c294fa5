using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Building;

/// <summary>Describes a union type: its member object types by name.</summary>
public interface IUnionTypeDescriptor
{
    IUnionTypeDescriptor Name(string name);

    IUnionTypeDescriptor Description(string description);

    IUnionTypeDescriptor Types(params string[] objectTypeNames);

    IUnionTypeDescriptor ResolveType(TypeResolver resolver);
}
