using System.Collections;
using Timeline.GraphQL.Introspection;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Tests.Building;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Tests.Utilities;

/// <summary>
/// Answers an introspection query by calling the introspection resolvers directly, so their answers can be
/// compared with graphql-js's without the execution layer. It handles what introspection queries use:
/// fields, aliases, literal arguments and fragment spreads over object types.
/// </summary>
internal static class IntrospectionEvaluator
{
    public static Dictionary<string, object?> Run(Schema schema, string query)
    {
        var document = Parser.Parse(query);
        var fragments = document.Definitions.OfType<FragmentDefinitionNode>().ToDictionary(f => f.Name.Value);
        var operation = document.Definitions.OfType<OperationDefinitionNode>().Single();
        return Select(schema, fragments, schema.Query!, null, operation.SelectionSet);
    }

    private static Dictionary<string, object?> Select(Schema schema, Dictionary<string, FragmentDefinitionNode> fragments, ObjectType type, object? parent, SelectionSetNode selectionSet)
    {
        var result = new Dictionary<string, object?>();
        foreach (var selection in selectionSet.Selections)
        {
            if (selection is FragmentSpreadNode spread)
            {
                foreach (var (key, spreadValue) in Select(schema, fragments, type, parent, fragments[spread.Name.Value].SelectionSet))
                {
                    result[key] = spreadValue;
                }

                continue;
            }

            var field = (FieldNode)selection;
            var definition = MetaFields.GetFieldDefinition(schema, type, field.Name.Value)
                ?? throw new InvalidOperationException($"{type.Name} has no field {field.Name.Value}.");
            var arguments = new Dictionary<string, object?>();
            foreach (var argument in definition.Arguments)
            {
                var given = field.Arguments.FirstOrDefault(a => a.Name.Value == argument.Name);
                if (given is not null)
                {
                    arguments[argument.Name] = ValueFromAst.Convert(given.Value, argument.Type);
                }
                else if (argument.HasDefaultValue)
                {
                    arguments[argument.Name] = argument.DefaultValue;
                }
            }

            var context = new FakeContext(schema, type, definition, parent, arguments);
            var value = (definition.Resolver ?? DefaultFieldResolver.Instance)(context).AsTask().GetAwaiter().GetResult();
            result[field.Alias?.Value ?? field.Name.Value] = Complete(schema, fragments, definition.Type, value, field);
        }

        return result;
    }

    private static object? Complete(Schema schema, Dictionary<string, FragmentDefinitionNode> fragments, GraphQLType type, object? value, FieldNode field)
    {
        switch (type)
        {
            case NonNullType nonNull:
                return Complete(schema, fragments, nonNull.OfType, value ?? throw new InvalidOperationException($"{field.Name.Value} is null."), field);
            case var _ when value is null:
                return null;
            case ListType list:
                return ((IEnumerable)value).Cast<object?>().Select(item => Complete(schema, fragments, list.OfType, item, field)).ToList();
            case ScalarType scalar:
                return scalar.CoerceOutputValue(value);
            case EnumType enumType:
                return enumType.CoerceOutputValue(value);
            case ObjectType objectType:
                return Select(schema, fragments, objectType, value, field.SelectionSet!);
            default:
                throw new InvalidOperationException($"Introspection has no field of type {type}.");
        }
    }
}
