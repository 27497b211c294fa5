using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Building;

/// <summary>The definitions of an SDL document sorted by what they define, with the problems found while sorting.</summary>
internal sealed class SdlDefinitions
{
    public SchemaDefinitionNode? Schema { get; private set; }

    public List<SchemaExtensionNode> SchemaExtensions { get; } = [];

    /// <summary>Type definitions in document order.</summary>
    public List<TypeDefinitionNode> Types { get; } = [];

    public Dictionary<string, TypeDefinitionNode> TypesByName { get; } = new(StringComparer.Ordinal);

    public Dictionary<string, List<TypeExtensionNode>> Extensions { get; } = new(StringComparer.Ordinal);

    public List<DirectiveDefinitionNode> Directives { get; } = [];

    public List<SchemaValidationError> Errors { get; } = [];

    public static SdlDefinitions Collect(DocumentNode document)
    {
        var result = new SdlDefinitions();
        foreach (var definition in document.Definitions)
        {
            switch (definition)
            {
                case SchemaDefinitionNode schema:
                    if (result.Schema is not null)
                    {
                        result.Errors.Add(new SchemaValidationError("Must provide only one schema definition.", [schema]));
                    }
                    else
                    {
                        result.Schema = schema;
                    }

                    break;
                case SchemaExtensionNode extension:
                    result.SchemaExtensions.Add(extension);
                    break;
                case TypeDefinitionNode type:
                    if (SpecifiedScalars.Find(type.Name.Value) is not null || Introspection.IntrospectionTypes.All.Any(t => t.Name == type.Name.Value))
                    {
                        // As graphql-js does, a definition of a built-in type (e.g. "scalar String") stands for the built-in one.
                        break;
                    }

                    if (!result.TypesByName.TryAdd(type.Name.Value, type))
                    {
                        result.Errors.Add(new SchemaValidationError($"There can be only one type named \"{type.Name.Value}\".", [result.TypesByName[type.Name.Value].Name, type.Name]));
                    }
                    else
                    {
                        result.Types.Add(type);
                    }

                    break;
                case TypeExtensionNode extension:
                    if (!result.Extensions.TryGetValue(extension.Name.Value, out var list))
                    {
                        list = [];
                        result.Extensions[extension.Name.Value] = list;
                    }

                    list.Add(extension);
                    break;
                case DirectiveDefinitionNode directive:
                    result.Directives.Add(directive);
                    break;
                default:
                    result.Errors.Add(new SchemaValidationError($"The {definition.Kind} definition is not allowed in a schema document; only type system definitions and extensions are.", [definition]));
                    break;
            }
        }

        return result;
    }
}
