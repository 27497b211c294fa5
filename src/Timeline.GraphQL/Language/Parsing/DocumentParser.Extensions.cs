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
        var operationTypes = ParseOptionalList(TokenKind.BraceL, static p => p.ParseOperationTypeDefinition(), TokenKind.BraceR);
        RequireAddition(directives.Length == 0 && operationTypes is null);
        return new SchemaExtensionNode(directives, operationTypes, Loc(start));
    }

    private ScalarTypeExtensionNode ParseScalarTypeExtension()
    {
        var (start, name, directives) = BeginTypeExtension("scalar");
        RequireAddition(directives.Length == 0);
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
        RequireAddition(interfaces is null && directives.Length == 0 && fields is null);
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
        RequireAddition(interfaces is null && directives.Length == 0 && fields is null);
        return new InterfaceTypeExtensionNode(name, interfaces, directives, fields, Loc(start));
    }

    private UnionTypeExtensionNode ParseUnionTypeExtension()
    {
        var (start, name, directives) = BeginTypeExtension("union");
        var types = ParseUnionMemberTypes();
        RequireAddition(directives.Length == 0 && types is null);
        return new UnionTypeExtensionNode(name, directives, types, Loc(start));
    }

    private EnumTypeExtensionNode ParseEnumTypeExtension()
    {
        var (start, name, directives) = BeginTypeExtension("enum");
        var values = ParseEnumValuesDefinition();
        RequireAddition(directives.Length == 0 && values is null);
        return new EnumTypeExtensionNode(name, directives, values, Loc(start));
    }

    private InputObjectTypeExtensionNode ParseInputObjectTypeExtension()
    {
        var (start, name, directives) = BeginTypeExtension("input");
        var fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
        RequireAddition(directives.Length == 0 && fields is null);
        return new InputObjectTypeExtensionNode(name, directives, fields, Loc(start));
    }

    /// <summary><c>extend &lt;keyword&gt; Name Directives?</c>, the common start of scalar, union, enum and input extensions.</summary>
    private (Token Start, NameNode Name, DirectiveNode[] Directives) BeginTypeExtension(string keyword)
    {
        var start = _token;
        ExpectKeyword("extend");
        ExpectKeyword(keyword);
        var name = ParseName();
        return (start, name, ParseDirectives(isConst: true));
    }

    /// <summary>An extension must add something; graphql-js reports the token where the addition was expected.</summary>
    private void RequireAddition(bool addsNothing)
    {
        if (addsNothing)
        {
            throw Unexpected();
        }
    }
}
