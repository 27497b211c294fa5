namespace Timeline.GraphQL.Language;

/// <summary>Type system definitions (SDL): schema, types, fields, arguments, enum values, directives.</summary>
internal sealed partial class DocumentParser
{
    private SchemaDefinitionNode ParseSchemaDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("schema");
        var directives = ParseDirectives(isConst: true);
        if (!Peek(TokenKind.BraceL))
        {
            Expect(TokenKind.BraceL);
        }

        var operationTypes = ParseOptionalList(TokenKind.BraceL, static p => p.ParseOperationTypeDefinition(), TokenKind.BraceR)!;
        return new SchemaDefinitionNode(directives, operationTypes, description, Loc(start));
    }

    private OperationTypeDefinitionNode ParseOperationTypeDefinition()
    {
        var start = _token;
        var operation = ParseOperationType();
        Expect(TokenKind.Colon);
        var type = ParseNamedType();
        return new OperationTypeDefinitionNode(operation, type, Loc(start));
    }

    /// <summary>
    /// <c>open Item+ close</c>, or null when the opening token is absent. Static lambdas keep the item
    /// parsers allocation-free; the executable grammar, which is hotter, keeps its loops inline.
    /// </summary>
    private T[]? ParseOptionalList<T>(TokenKind open, Func<DocumentParser, T> parseItem, TokenKind close)
        where T : SyntaxNode
    {
        if (!ExpectOptional(open))
        {
            return null;
        }

        var mark = _stack.Mark;
        do
        {
            _stack.Push(parseItem(this));
        }
        while (!ExpectOptional(close));

        return _stack.PopFrom<T>(mark);
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var (start, description, name) = BeginTypeDefinition("scalar");
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(name, directives, description, Loc(start));
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var (start, description, name) = BeginTypeDefinition("type");
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(name, interfaces, directives, fields, description, Loc(start));
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var (start, description, name) = BeginTypeDefinition("interface");
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(name, interfaces, directives, fields, description, Loc(start));
    }

    /// <summary><c>Description? keyword Name</c>, the common start of every named type definition.</summary>
    private (Token Start, StringValueNode? Description, NameNode Name) BeginTypeDefinition(string keyword)
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword(keyword);
        return (start, description, ParseName());
    }

    /// <summary>ImplementsInterfaces : implements &amp;? NamedType (&amp; NamedType)*</summary>
    private NamedTypeNode[]? ParseImplementsInterfaces() =>
        ExpectOptionalKeyword("implements") ? ParseDelimitedNamedTypes(TokenKind.Amp) : null;

    /// <summary>UnionMemberTypes : = |? NamedType (| NamedType)*</summary>
    private NamedTypeNode[]? ParseUnionMemberTypes() =>
        ExpectOptional(TokenKind.Equals) ? ParseDelimitedNamedTypes(TokenKind.Pipe) : null;

    private NamedTypeNode[] ParseDelimitedNamedTypes(TokenKind delimiter)
    {
        ExpectOptional(delimiter);
        var mark = _stack.Mark;
        do
        {
            _stack.Push(ParseNamedType());
        }
        while (ExpectOptional(delimiter));

        return _stack.PopFrom<NamedTypeNode>(mark);
    }

    private FieldDefinitionNode[]? ParseFieldsDefinition() =>
        ParseOptionalList(TokenKind.BraceL, static p => p.ParseFieldDefinition(), TokenKind.BraceR);

    private FieldDefinitionNode ParseFieldDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var directives = ParseDirectives(isConst: true);
        return new FieldDefinitionNode(name, arguments, type, directives, description, Loc(start));
    }

    /// <summary>Argument definitions in parentheses or input fields in braces; null when the opening token is absent.</summary>
    private InputValueDefinitionNode[]? ParseInputValueDefinitions(TokenKind open, TokenKind close) =>
        ParseOptionalList(open, static p => p.ParseInputValueDefinition(), close);

    private InputValueDefinitionNode ParseInputValueDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var name = ParseName();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new InputValueDefinitionNode(name, type, defaultValue, directives, description, Loc(start));
    }

    private UnionTypeDefinitionNode ParseUnionTypeDefinition()
    {
        var (start, description, name) = BeginTypeDefinition("union");
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(name, directives, types, description, Loc(start));
    }

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var (start, description, name) = BeginTypeDefinition("enum");
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(name, directives, values, description, Loc(start));
    }

    private EnumValueDefinitionNode[]? ParseEnumValuesDefinition() =>
        ParseOptionalList(TokenKind.BraceL, static p => p.ParseEnumValueDefinition(), TokenKind.BraceR);

    private EnumValueDefinitionNode ParseEnumValueDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        if (HasValue(_token, "true") || HasValue(_token, "false") || HasValue(_token, "null"))
        {
            throw Syntax(_token.Start, $"{Describe(_token)} is reserved and cannot be used for an enum value.");
        }

        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new EnumValueDefinitionNode(name, directives, description, Loc(start));
    }

    private InputObjectTypeDefinitionNode ParseInputObjectTypeDefinition()
    {
        var (start, description, name) = BeginTypeDefinition("input");
        var directives = ParseDirectives(isConst: true);
        var fields = ParseInputValueDefinitions(TokenKind.BraceL, TokenKind.BraceR);
        return new InputObjectTypeDefinitionNode(name, directives, fields, description, Loc(start));
    }

    /// <summary>directive @Name ArgumentsDefinition? repeatable? on DirectiveLocations</summary>
    private DirectiveDefinitionNode ParseDirectiveDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("directive");
        Expect(TokenKind.At);
        var name = ParseName();
        var arguments = ParseInputValueDefinitions(TokenKind.ParenL, TokenKind.ParenR);
        var repeatable = ExpectOptionalKeyword("repeatable");
        ExpectKeyword("on");
        ExpectOptional(TokenKind.Pipe);
        var mark = _stack.Mark;
        do
        {
            var locationToken = _token;
            var location = ParseName();
            if (!DirectiveLocations.TryParse(location.Value, out _))
            {
                throw Unexpected(locationToken);
            }

            _stack.Push(location);
        }
        while (ExpectOptional(TokenKind.Pipe));

        var locations = _stack.PopFrom<NameNode>(mark);
        return new DirectiveDefinitionNode(name, arguments, repeatable, locations, description, Loc(start));
    }
}
