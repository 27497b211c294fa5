namespace Timeline.GraphQL.Language;

/// <summary>Type system extensions: <c>extend schema</c> and <c>extend &lt;type&gt;</c>, each required to add something.</summary>
internal sealed partial class DocumentParser
{
    private TypeSystemExtensionNode ParseTypeSystemExtension()
    {
        var keyword = Lookahead();
        if (keyword.Kind == TokenKind.Name)
        {
            switch (Text(keyword))
            {
                case "schema":
                    return ParseSchemaExtension();
                case "scalar":
                    return ParseScalarTypeExtension();
                case "type":
                    return ParseObjectTypeExtension();
                case "interface":
                    return ParseInterfaceTypeExtension();
                case "union":
                    return ParseUnionTypeExtension();
                case "enum":
                    return ParseEnumTypeExtension();
                case "input":
                    return ParseInputObjectTypeExtension();
                default:
                    break;
            }
        }

        throw Unexpected(keyword);
    }

    private SchemaExtensionNode ParseSchemaExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        var operationTypes = ParseOptionalOperationTypes();
        if (directives.Length == 0 && operationTypes is null)
        {
            throw Unexpected();
        }

        return new SchemaExtensionNode(directives, operationTypes, Loc(start));
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        if (directives.Length == 0)
        {
            throw Unexpected();
        }

        return new ScalarTypeExtensionNode(name, directives, Loc(start));
    }

    private ObjectTypeExtensionNode ParseObjectTypeExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces is null && directives.Length == 0 && fields is null)
        {
            throw Unexpected();
        }

        return new ObjectTypeExtensionNode(name, interfaces, directives, fields, Loc(start));
    }

    private InterfaceTypeExtensionNode ParseInterfaceTypeExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        if (interfaces is null && directives.Length == 0 && fields is null)
        {
            throw Unexpected();
        }

        return new InterfaceTypeExtensionNode(name, interfaces, directives, fields, Loc(start));
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        if (directives.Length == 0 && types is null)
        {
            throw Unexpected();
        }

        return new UnionTypeExtensionNode(name, directives, types, Loc(start));
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        if (directives.Length == 0 && values is null)
        {
            throw Unexpected();
        }

        return new EnumTypeExtensionNode(name, directives, values, Loc(start));
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword("input");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
        if (directives.Length == 0 && fields is null)
        {
            throw Unexpected();
        }

        return new InputObjectTypeExtensionNode(name, directives, fields, Loc(start));
    }
}
