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
        Expect(TokenKind.BraceL);
        var mark = _stack.Mark;
        do
        {
            _stack.Push(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        var operationTypes = _stack.PopFrom<OperationTypeDefinitionNode>(mark);
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

    private OperationTypeDefinitionNode[]? ParseOptionalOperationTypes()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return null;
        }

        var mark = _stack.Mark;
        do
        {
            _stack.Push(ParseOperationTypeDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return _stack.PopFrom<OperationTypeDefinitionNode>(mark);
    }

    private ScalarTypeDefinitionNode ParseScalarTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("scalar");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        return new ScalarTypeDefinitionNode(name, directives, description, Loc(start));
    }

    private ObjectTypeDefinitionNode ParseObjectTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("type");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new ObjectTypeDefinitionNode(name, interfaces, directives, fields, description, Loc(start));
    }

    private InterfaceTypeDefinitionNode ParseInterfaceTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("interface");
        var name = ParseName();
        var interfaces = ParseImplementsInterfaces();
        var directives = ParseDirectives(isConst: true);
        var fields = ParseFieldsDefinition();
        return new InterfaceTypeDefinitionNode(name, interfaces, directives, fields, description, Loc(start));
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

    private FieldDefinitionNode[]? ParseFieldsDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return null;
        }

        var mark = _stack.Mark;
        do
        {
            _stack.Push(ParseFieldDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return _stack.PopFrom<FieldDefinitionNode>(mark);
    }

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
    private InputValueDefinitionNode[]? ParseInputValueDefinitions(TokenKind open, TokenKind close)
    {
        if (!ExpectOptional(open))
        {
            return null;
        }

        var mark = _stack.Mark;
        do
        {
            _stack.Push(ParseInputValueDefinition());
        }
        while (!ExpectOptional(close));

        return _stack.PopFrom<InputValueDefinitionNode>(mark);
    }

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
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("union");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var types = ParseUnionMemberTypes();
        return new UnionTypeDefinitionNode(name, directives, types, description, Loc(start));
    }

    private EnumTypeDefinitionNode ParseEnumTypeDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("enum");
        var name = ParseName();
        var directives = ParseDirectives(isConst: true);
        var values = ParseEnumValuesDefinition();
        return new EnumTypeDefinitionNode(name, directives, values, description, Loc(start));
    }

    private EnumValueDefinitionNode[]? ParseEnumValuesDefinition()
    {
        if (!ExpectOptional(TokenKind.BraceL))
        {
            return null;
        }

        var mark = _stack.Mark;
        do
        {
            _stack.Push(ParseEnumValueDefinition());
        }
        while (!ExpectOptional(TokenKind.BraceR));

        return _stack.PopFrom<EnumValueDefinitionNode>(mark);
    }

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
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("input");
        var name = ParseName();
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
