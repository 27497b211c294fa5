using System.Reflection;
using Timeline.GraphQL.Language;
using Timeline.GraphQL.Types;
using Timeline.GraphQL.Utilities;

namespace Timeline.GraphQL.Building;

/// <summary>Turns type references into types once every named type of a code-first schema exists; collects what cannot be resolved.</summary>
internal sealed class TypeResolution
{
    private readonly Dictionary<string, NamedType> types = new(StringComparer.Ordinal);
    private readonly Dictionary<Type, string> clrTypes = [];

    public List<SchemaValidationError> Errors { get; } = [];

    public void Add(NamedType type, Type? clrType)
    {
        if (!types.TryAdd(type.Name, type))
        {
            Errors.Add(new SchemaValidationError($"There can be only one type named \"{type.Name}\"."));
        }

        if (clrType is not null)
        {
            clrTypes.TryAdd(clrType, type.Name);
        }
    }

    public NamedType? Find(string name) => types.GetValueOrDefault(name) ?? SpecifiedScalars.Find(name);

    public GraphQLType Missing(string message)
    {
        Errors.Add(new SchemaValidationError(message));
        return SpecifiedScalars.String;
    }

    public GraphQLType Resolve(TypeReference reference, string where)
    {
        switch (reference)
        {
            case TypeReference.Direct direct:
                return direct.Type;
            case TypeReference.Sdl sdl:
                TypeNode node;
                try
                {
                    node = Parser.ParseType(sdl.Text);
                }
                catch (GraphQLSyntaxException e)
                {
                    return Missing($"The type \"{sdl.Text}\" of {where} is not a type reference: {e.Message}");
                }

                return TypeFromAst.Convert(node, Find)
                    ?? Missing($"Unknown type in \"{sdl.Text}\", {where}." + DidYouMean.Format(SuggestionList.Suggest(NamedIn(node), types.Keys.Concat(SpecifiedScalars.All.Select(s => s.Name)))));
            case TypeReference.Clr clr:
                return FromClr(clr.Type, clr.Nullability) ?? Missing($"No GraphQL type is known for the CLR type {clr.Type.Name} of {where}: give one with Type(\"...\") or register its type.");
            default:
                throw new ArgumentException($"Unknown type reference {reference}.", nameof(reference));
        }
    }

    private GraphQLType? FromClr(Type type, NullabilityInfo? nullability)
    {
        var underlying = Nullable.GetUnderlyingType(type);
        var nullable = underlying is not null || (!type.IsValueType && nullability?.ReadState != NullabilityState.NotNull);
        var core = underlying ?? type;
        GraphQLType? result = core switch
        {
            _ when core == typeof(string) => SpecifiedScalars.String,
            _ when core == typeof(int) || core == typeof(short) || core == typeof(byte) || core == typeof(sbyte) || core == typeof(ushort) => SpecifiedScalars.Int,
            _ when core == typeof(double) || core == typeof(float) || core == typeof(decimal) => SpecifiedScalars.Float,
            _ when core == typeof(bool) => SpecifiedScalars.Boolean,
            _ when core == typeof(Guid) => SpecifiedScalars.ID,
            _ when clrTypes.TryGetValue(core, out var name) => types[name],
            _ when ElementType(core) is { } element => FromClr(element, nullability?.ElementType ?? nullability?.GenericTypeArguments.FirstOrDefault())?.AsList(),
            _ => null,
        };
        return result is null ? null : nullable ? result : result.AsNonNull();
    }

    private static Type? ElementType(Type type)
    {
        if (type == typeof(string))
        {
            return null;
        }

        if (type.IsArray)
        {
            return type.GetElementType();
        }

        var enumerable = type.IsGenericType && type.GetGenericTypeDefinition() == typeof(IEnumerable<>)
            ? type
            : type.GetInterfaces().FirstOrDefault(i => i.IsGenericType && i.GetGenericTypeDefinition() == typeof(IEnumerable<>));
        return enumerable?.GetGenericArguments()[0];
    }

    private static string NamedIn(TypeNode node) => node switch
    {
        NamedTypeNode named => named.Name.Value,
        ListTypeNode list => NamedIn(list.Type),
        NonNullTypeNode nonNull => NamedIn(nonNull.Type),
        _ => string.Empty,
    };
}
