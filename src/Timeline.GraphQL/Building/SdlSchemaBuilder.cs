using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Building;

/// <summary>
/// Builds a <see cref="Schema"/> from SDL: type definitions and extensions of every kind, a schema definition
/// (or the default root names Query, Mutation, Subscription), directive definitions, descriptions, default values,
/// @deprecated, @specifiedBy and @oneOf, with resolvers and scalar implementations bound by name.
/// Every problem is reported at once in a <see cref="SchemaValidationException"/>.
/// </summary>
public static class SdlSchemaBuilder
{
    public static Schema Build(string sdl, SdlBuildOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(sdl);
        return Build(Parser.Parse(sdl), options);
    }

    public static Schema Build(DocumentNode document, SdlBuildOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(document);
        options ??= new SdlBuildOptions();
        var definitions = SdlDefinitions.Collect(document);
        new SdlDocumentChecks(definitions).Run();
        CheckBindings(definitions, options);
        if (definitions.Errors.Count > 0)
        {
            throw new SchemaValidationException(definitions.Errors);
        }

        var factory = new SdlTypeFactory(definitions, options);
        var types = definitions.Types.Select(t => factory.GetType(t.Name.Value)!).ToList();
        var directives = definitions.Directives.Select(factory.BuildDirective).ToList();
        directives.AddRange(SpecifiedDirectives.All.Where(s => directives.All(d => d.Name != s.Name)));

        var (query, mutation, subscription) = RootTypes(definitions, factory);
        var schema = new Schema(query, mutation, subscription, types, directives)
        {
            Description = definitions.Schema?.Description?.Value,
            AstNode = definitions.Schema,
            ExtensionAstNodes = definitions.SchemaExtensions,
        };
        return options.Validate ? schema.AssertValid() : schema;
    }

    private static (ObjectType? Query, ObjectType? Mutation, ObjectType? Subscription) RootTypes(SdlDefinitions definitions, SdlTypeFactory factory)
    {
        var operations = (definitions.Schema?.OperationTypes ?? []).Concat(definitions.SchemaExtensions.SelectMany(e => e.OperationTypes)).ToList();
        if (definitions.Schema is null && operations.Count == 0)
        {
            // Without a schema definition the roots are the types with the conventional names.
            return (factory.GetType("Query") as ObjectType, factory.GetType("Mutation") as ObjectType, factory.GetType("Subscription") as ObjectType);
        }

        ObjectType? Root(OperationType operation) =>
            operations.FirstOrDefault(o => o.Operation == operation) is { } found ? factory.GetType(found.Type.Name.Value) as ObjectType : null;

        return (Root(OperationType.Query), Root(OperationType.Mutation), Root(OperationType.Subscription));
    }

    /// <summary>Names in the options that the SDL does not define are mistakes worth stopping for.</summary>
    private static void CheckBindings(SdlDefinitions definitions, SdlBuildOptions options)
    {
        var fieldsByType = new Dictionary<string, HashSet<string>>(StringComparer.Ordinal);
        foreach (var type in definitions.Types)
        {
            var fields = type switch
            {
                ObjectTypeDefinitionNode o => o.Fields,
                InterfaceTypeDefinitionNode i => i.Fields,
                _ => null,
            };
            if (fields is null)
            {
                continue;
            }

            var extensionFields = definitions.Extensions.GetValueOrDefault(type.Name.Value)?.SelectMany(e => e switch
            {
                ObjectTypeExtensionNode oe => oe.Fields,
                InterfaceTypeExtensionNode ie => ie.Fields,
                _ => [],
            }) ?? [];
            fieldsByType[type.Name.Value] = [.. fields.Concat(extensionFields).Select(f => f.Name.Value)];
        }

        void CheckFields<T>(Dictionary<string, Dictionary<string, T>> map, string what)
        {
            foreach (var (typeName, fields) in map)
            {
                if (!fieldsByType.TryGetValue(typeName, out var known))
                {
                    definitions.Errors.Add(new SchemaValidationError($"{what} are given for type \"{typeName}\", which the SDL does not define as an object or interface type."));
                    continue;
                }

                foreach (var fieldName in fields.Keys.Where(f => !known.Contains(f)))
                {
                    definitions.Errors.Add(new SchemaValidationError($"{what} are given for field \"{typeName}.{fieldName}\", which the SDL does not define."));
                }
            }
        }

        CheckFields(options.Resolvers, "Resolvers");
        CheckFields(options.Subscribers, "Subscribers");
        CheckNames(definitions, options.Scalars.Keys, t => t is ScalarTypeDefinitionNode, "A scalar implementation is given for \"{0}\", which the SDL does not define as a scalar.");
        CheckNames(definitions, options.TypeResolvers.Keys, t => t is InterfaceTypeDefinitionNode or UnionTypeDefinitionNode, "A type resolver is given for \"{0}\", which the SDL does not define as an interface or union.");
        CheckNames(definitions, options.IsTypeOf.Keys, t => t is ObjectTypeDefinitionNode, "An IsTypeOf check is given for \"{0}\", which the SDL does not define as an object type.");
        CheckNames(definitions, options.EnumValues.Keys, t => t is EnumTypeDefinitionNode, "Enum values are given for \"{0}\", which the SDL does not define as an enum.");
    }

    private static void CheckNames(SdlDefinitions definitions, IEnumerable<string> names, Func<TypeDefinitionNode, bool> isRightKind, string message)
    {
        foreach (var name in names)
        {
            if (!definitions.TypesByName.TryGetValue(name, out var type) || !isRightKind(type))
            {
                definitions.Errors.Add(new SchemaValidationError(string.Format(System.Globalization.CultureInfo.InvariantCulture, message, name)));
            }
        }
    }
}
