using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Types;

/// <summary>A field of an object or interface type, with its arguments and resolver.</summary>
public sealed class FieldDefinition
{
    private readonly DefinitionLookup<InputValueDefinition> arguments;

    public FieldDefinition(string name, GraphQLType type, IEnumerable<InputValueDefinition>? arguments = null)
    {
        Name = NameValidator.AssertName(name, nameof(name));
        Type = type ?? throw new ArgumentNullException(nameof(type));
        this.arguments = new DefinitionLookup<InputValueDefinition>(arguments ?? [], a => a.Name);
    }

    public string Name { get; }

    public GraphQLType Type { get; }

    public string? Description { get; init; }

    public IReadOnlyList<InputValueDefinition> Arguments => arguments.Items;

    public string? DeprecationReason { get; init; }

    public bool IsDeprecated => DeprecationReason is not null;

    /// <summary>Resolves the field's value; null means the default resolver (property or dictionary key of the same name).</summary>
    public FieldResolver? Resolver { get; init; }

    /// <summary>For subscription root fields: produces the event stream each event of which is then resolved.</summary>
    public SubscriptionResolver? Subscriber { get; init; }

    public FieldDefinitionNode? AstNode { get; init; }

    public InputValueDefinition? GetArgument(string name) => arguments.Find(name);

    public override string ToString() => Name + ": " + Type;
}
