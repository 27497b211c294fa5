namespace Timeline.GraphQL.Building;

/// <summary>Describes an input object type and its fields.</summary>
public interface IInputObjectTypeDescriptor
{
    IInputObjectTypeDescriptor Name(string name);

    IInputObjectTypeDescriptor Description(string description);

    /// <summary>Exactly one field must be given (@oneOf).</summary>
    IInputObjectTypeDescriptor OneOf();

    IInputObjectTypeDescriptor Field(string name, string sdlType, Action<IArgumentDescriptor>? configure = null);
}
