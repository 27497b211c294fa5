using Timeline.GraphQL.Introspection;
using Timeline.GraphQL.Language;

namespace Timeline.GraphQL.Types.Validation;

/// <summary>
/// The type-system rules of the specification, as graphql-js's validateSchema checks them: root types,
/// names, directives, fields, interfaces, unions, enums, input objects and their cycles, default values.
/// </summary>
internal static class SchemaValidator
{
    public static IReadOnlyList<SchemaValidationError> Validate(Schema schema)
    {
        var context = new SchemaValidationContext(schema);
        ValidateRootTypes(context);
        DirectiveRules.Validate(context);
        foreach (var type in schema.Types)
        {
            if (!IntrospectionTypes.IsIntrospectionType(type))
            {
                NameRules.Validate(context, type.Name, type.AstNode);
            }

            switch (type)
            {
                case ComplexType complex:
                    FieldRules.Validate(context, complex);
                    InterfaceRules.Validate(context, complex);
                    break;
                case UnionType union:
                    UnionRules.Validate(context, union);
                    break;
                case EnumType enumType:
                    EnumRules.Validate(context, enumType);
                    break;
                case InputObjectType input:
                    InputObjectRules.Validate(context, input);
                    break;
            }
        }

        InputObjectCycleRule.Validate(context);
        return context.Errors;
    }

    private static void ValidateRootTypes(SchemaValidationContext context)
    {
        var schema = context.Schema;
        if (schema.Query is null)
        {
            context.Report("Query root type must be provided.", schema.AstNode);
        }

        var roots = new (OperationType Operation, ObjectType? Type)[]
        {
            (OperationType.Query, schema.Query),
            (OperationType.Mutation, schema.Mutation),
            (OperationType.Subscription, schema.Subscription),
        };
        foreach (var group in roots.Where(r => r.Type is not null).GroupBy(r => r.Type!))
        {
            var operations = group.Select(r => r.Operation.ToString().ToLowerInvariant()).ToList();
            if (operations.Count > 1)
            {
                var list = operations.Count == 2
                    ? operations[0] + " and " + operations[1]
                    : string.Join(", ", operations.Take(operations.Count - 1)) + ", and " + operations[^1];
                context.Report($"All root types must be different, \"{group.Key.Name}\" type is used as {list} root types.", schema.AstNode);
            }
        }
    }
}
