using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Types;

/// <summary>A directive a schema supports: where it may appear, its arguments, and whether it may repeat.</summary>
public sealed class DirectiveDefinition
{
    private readonly DefinitionLookup<InputValueDefinition> arguments;

    public DirectiveDefinition(string name, IEnumerable<DirectiveLocation> locations, IEnumerable<InputValueDefinition>? arguments = null)
    {
        Name = NameValidator.AssertName(name, nameof(name));
        ArgumentNullException.ThrowIfNull(locations);
        Locations = [.. locations];
        BoxedLocations = Locations.Select(l => (object)l).ToArray();
        this.arguments = new DefinitionLookup<InputValueDefinition>(arguments ?? [], a => a.Name);
    }

    public string Name { get; }

    public string? Description { get; init; }

    public IReadOnlyList<DirectiveLocation> Locations { get; }

    /// <summary>The locations boxed once, for introspection, which hands them out as objects.</summary>
    internal IReadOnlyList<object> BoxedLocations { get; }

    public IReadOnlyList<InputValueDefinition> Arguments => arguments.Items;

    public bool IsRepeatable { get; init; }

    public DirectiveDefinitionNode? AstNode { get; init; }

    public InputValueDefinition? GetArgument(string name) => arguments.Find(name);

    public bool HasLocation(DirectiveLocation location)
    {
        foreach (var l in Locations)
        {
            if (l == location)
            {
                return true;
            }
        }

        return false;
    }

    public override string ToString() => "@" + Name;
}
