namespace Timeline.GraphQL.Language;

/// <summary>The document, its definitions and the executable grammar (operations, selections, fragments).</summary>
internal sealed partial class DocumentParser
{
    /// <summary>Document : Definition+</summary>
    public DocumentNode ParseDocument()
    {
        Expect(TokenKind.StartOfFile);
        var mark = _stack.Mark;
        do
        {
            _stack.Push(ParseDefinition());
        }
        while (!ExpectOptional(TokenKind.EndOfFile));

        var location = _options.NoLocation ? (Location?)null : new Location(0, _lastEnd, 1, 1);
        return new DocumentNode(_stack.PopFrom<DefinitionNode>(mark), location, _tokenCount);
    }

    private DefinitionNode ParseDefinition()
    {
        if (Peek(TokenKind.BraceL))
        {
            return ParseOperationDefinition();
        }

        // Many definitions begin with a description and need one token of lookahead.
        var hasDescription = PeekDescription();
        var keyword = hasDescription ? Lookahead() : _token;
        if (hasDescription && keyword.Kind == TokenKind.BraceL)
        {
            throw Syntax(_token.Start, "Unexpected description, descriptions are not supported on shorthand queries.");
        }

        if (keyword.Kind == TokenKind.Name)
        {
            switch (Text(keyword))
            {
                case "schema":
                    return ParseSchemaDefinition();
                case "scalar":
                    return ParseScalarTypeDefinition();
                case "type":
                    return ParseObjectTypeDefinition();
                case "interface":
                    return ParseInterfaceTypeDefinition();
                case "union":
                    return ParseUnionTypeDefinition();
                case "enum":
                    return ParseEnumTypeDefinition();
                case "input":
                    return ParseInputObjectTypeDefinition();
                case "directive":
                    return ParseDirectiveDefinition();
                case "query":
                case "mutation":
                case "subscription":
                    return ParseOperationDefinition();
                case "fragment":
                    return ParseFragmentDefinition();
                default:
                    break;
            }

            if (hasDescription)
            {
                throw Syntax(_token.Start, "Unexpected description, only GraphQL definitions support descriptions.");
            }

            if (IsKeyword(keyword, "extend"))
            {
                return ParseTypeSystemExtension();
            }
        }

        throw Unexpected(keyword);
    }

    private OperationDefinitionNode ParseOperationDefinition()
    {
        var start = _token;
        if (Peek(TokenKind.BraceL))
        {
            var shorthand = ParseSelectionSet();
            return new OperationDefinitionNode(OperationType.Query, null, null, null, shorthand, null, Loc(start));
        }

        var description = ParseDescription();
        var operation = ParseOperationType();
        var name = Peek(TokenKind.Name) ? ParseName() : null;
        var variableDefinitions = ParseVariableDefinitions();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new OperationDefinitionNode(operation, name, variableDefinitions, directives, selectionSet, description, Loc(start));
    }

    private OperationType ParseOperationType()
    {
        var token = Expect(TokenKind.Name);
        return Text(token) switch
        {
            "query" => OperationType.Query,
            "mutation" => OperationType.Mutation,
            "subscription" => OperationType.Subscription,
            _ => throw Unexpected(token),
        };
    }

    private VariableDefinitionNode[]? ParseVariableDefinitions()
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return null;
        }

        var mark = _stack.Mark;
        do
        {
            _stack.Push(ParseVariableDefinition());
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return _stack.PopFrom<VariableDefinitionNode>(mark);
    }

    private VariableDefinitionNode ParseVariableDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        var variable = ParseVariable();
        Expect(TokenKind.Colon);
        var type = ParseTypeReference();
        var defaultValue = ExpectOptional(TokenKind.Equals) ? ParseValueLiteral(isConst: true) : null;
        var directives = ParseDirectives(isConst: true);
        return new VariableDefinitionNode(variable, type, defaultValue, directives, description, Loc(start));
    }

    private VariableNode ParseVariable()
    {
        var start = _token;
        Expect(TokenKind.Dollar);
        return new VariableNode(ParseName(), Loc(start));
    }

    private SelectionSetNode ParseSelectionSet()
    {
        var start = _token;
        EnterNesting(start);
        Expect(TokenKind.BraceL);
        var mark = _stack.Mark;
        if (!_options.AllowEmptySelectionSets || !ExpectOptional(TokenKind.BraceR))
        {
            do
            {
                _stack.Push(Peek(TokenKind.Spread) ? ParseFragment() : ParseField());
            }
            while (!ExpectOptional(TokenKind.BraceR));
        }

        LeaveNesting();
        return new SelectionSetNode(_stack.PopFrom<SelectionNode>(mark), Loc(start));
    }

    private FieldNode ParseField()
    {
        var start = _token;
        var nameOrAlias = ParseName();
        NameNode? alias = null;
        var name = nameOrAlias;
        if (ExpectOptional(TokenKind.Colon))
        {
            alias = nameOrAlias;
            name = ParseName();
        }

        var arguments = ParseArguments(isConst: false);
        var directives = ParseDirectives(isConst: false);
        var selectionSet = Peek(TokenKind.BraceL) ? ParseSelectionSet() : null;
        return new FieldNode(alias, name, arguments, directives, selectionSet, Loc(start));
    }

    private ArgumentNode[]? ParseArguments(bool isConst)
    {
        if (!ExpectOptional(TokenKind.ParenL))
        {
            return null;
        }

        var mark = _stack.Mark;
        do
        {
            var start = _token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            _stack.Push(new ArgumentNode(name, value, Loc(start)));
        }
        while (!ExpectOptional(TokenKind.ParenR));

        return _stack.PopFrom<ArgumentNode>(mark);
    }

    /// <summary>FragmentSpread : ... FragmentName Directives? / InlineFragment : ... TypeCondition? Directives? SelectionSet</summary>
    private SelectionNode ParseFragment()
    {
        var start = _token;
        Expect(TokenKind.Spread);
        var hasTypeCondition = ExpectOptionalKeyword("on");
        if (!hasTypeCondition && Peek(TokenKind.Name))
        {
            var name = ParseFragmentName();
            var spreadDirectives = ParseDirectives(isConst: false);
            return new FragmentSpreadNode(name, spreadDirectives, Loc(start));
        }

        var typeCondition = hasTypeCondition ? ParseNamedType() : null;
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new InlineFragmentNode(typeCondition, directives, selectionSet, Loc(start));
    }

    private FragmentDefinitionNode ParseFragmentDefinition()
    {
        var start = _token;
        var description = ParseDescription();
        ExpectKeyword("fragment");
        var name = ParseFragmentName();
        ExpectKeyword("on");
        var typeCondition = ParseNamedType();
        var directives = ParseDirectives(isConst: false);
        var selectionSet = ParseSelectionSet();
        return new FragmentDefinitionNode(name, typeCondition, directives, selectionSet, description, Loc(start));
    }

    /// <summary>FragmentName : Name but not <c>on</c>.</summary>
    private NameNode ParseFragmentName()
    {
        if (HasValue(_token, "on"))
        {
            throw Unexpected();
        }

        return ParseName();
    }

    private NameNode ParseName()
    {
        var token = Expect(TokenKind.Name);
        return new NameNode(NameTable.Get(Text(token)), Loc(token));
    }
}
