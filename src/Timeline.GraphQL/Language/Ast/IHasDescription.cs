namespace Timeline.GraphQL.Language;

/// <summary>A node that can carry a description string.</summary>
public interface IHasDescription
{
    StringValueNode? Description { get; }
}
