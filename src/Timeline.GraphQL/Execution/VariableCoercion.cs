using System.Text.Json;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Execution;

/// <summary>
/// The spec's CoerceVariableValues (§6.4.1): the request's JSON variables to runtime values, each problem reported
/// at the variable's definition with graphql-js's wording and the path inside the value.
/// </summary>
internal static class VariableCoercion
{
    /// <summary>graphql-js stops after this many problems, so that a huge bad input cannot make a huge answer.</summary>
    public const int MaxErrors = 50;

    private static readonly IReadOnlyDictionary<string, object?> NoVariables = new Dictionary<string, object?>(0, StringComparer.Ordinal);

    public static IReadOnlyDictionary<string, object?> Coerce(
        Schema schema,
        OperationDefinitionNode operation,
        JsonElement? input,
        List<GraphQLError> errors)
    {
        var definitions = operation.VariableDefinitions;
        var given = input is { ValueKind: not (JsonValueKind.Null or JsonValueKind.Undefined) } element ? element : (JsonElement?)null;
        if (given is { ValueKind: not JsonValueKind.Object })
        {
            errors.Add(Error("Variables must be provided as a JSON object whose properties are the variable values.", null));
            return NoVariables;
        }

        if (definitions.Count == 0)
        {
            return NoVariables;
        }

        var values = new Dictionary<string, object?>(definitions.Count, StringComparer.Ordinal);
        foreach (var definition in definitions)
        {
            if (errors.Count >= MaxErrors)
            {
                errors.Add(Error("Too many errors processing variables, error limit reached. Execution aborted.", null));
                break;
            }

            CoerceOne(schema, definition, given, values, errors);
        }

        return values;
    }

    private static void CoerceOne(Schema schema, VariableDefinitionNode definition, JsonElement? given, Dictionary<string, object?> values, List<GraphQLError> errors)
    {
        var name = definition.Variable.Name.Value;
        var type = TypeFromAst.Convert(schema, definition.Type);
        if (type is null || !type.IsInputType)
        {
            errors.Add(Error($"Variable \"${name}\" expected value of type \"{Printer.Print(definition.Type)}\" which cannot be used as an input type.", definition));
            return;
        }

        if (given is not { } inputs || !inputs.TryGetProperty(name, out var value))
        {
            if (definition.DefaultValue is { } defaultValue)
            {
                if (ValueFromAst.TryConvert(defaultValue, type, null, out var coercedDefault))
                {
                    values[name] = coercedDefault;
                }
                else
                {
                    errors.Add(Error($"Variable \"${name}\" has invalid default value: Expected value of type \"{type}\", found {ValueLiteralPrinter.Print(defaultValue)}.", definition));
                }
            }
            else if (type is NonNullType)
            {
                errors.Add(Error($"Variable \"${name}\" of required type \"{type}\" was not provided.", definition));
            }

            return;
        }

        if (value.ValueKind == JsonValueKind.Null && type is NonNullType)
        {
            errors.Add(Error($"Variable \"${name}\" of non-null type \"{type}\" must not be null.", definition));
            return;
        }

        var failed = false;
        var coerced = CoerceInputValue.Coerce(value, type, problem =>
        {
            failed = true;
            if (errors.Count < MaxErrors)
            {
                errors.Add(Error($"Variable \"${name}\" has invalid value{problem.PathText}: {problem.Message}", definition));
            }
        });
        if (!failed)
        {
            values[name] = coerced;
        }
    }

    private static GraphQLError Error(string message, VariableDefinitionNode? node)
    {
        var extensions = new Dictionary<string, object?> { ["code"] = ErrorCodes.BadVariables };
        return node?.Location is { } location
            ? new GraphQLError(message, [location.ToSourceLocation()], extensions: extensions)
            : new GraphQLError(message, extensions: extensions);
    }
}
