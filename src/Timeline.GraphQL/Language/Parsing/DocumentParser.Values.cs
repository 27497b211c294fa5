namespace Timeline.GraphQL.Language;

/// <summary>Values, directives and type references.</summary>
internal sealed partial class DocumentParser
{
    /// <summary>Value[Const]: a variable is rejected when <paramref name="isConst"/>.</summary>
    public ValueNode ParseValueLiteral(bool isConst)
    {
        var token = _token;
        switch (token.Kind)
        {
            case TokenKind.BracketL:
                return ParseList(isConst);
            case TokenKind.BraceL:
                return ParseObject(isConst);
            case TokenKind.Int:
                Advance();
                return new IntValueNode(TextString(token), Loc(token));
            case TokenKind.Float:
                Advance();
                return new FloatValueNode(TextString(token), Loc(token));
            case TokenKind.String:
            case TokenKind.BlockString:
                return ParseStringLiteral();
            case TokenKind.Name:
                Advance();
                return Text(token) switch
                {
                    "true" => new BooleanValueNode(true, Loc(token)),
                    "false" => new BooleanValueNode(false, Loc(token)),
                    "null" => new NullValueNode(Loc(token)),
                    _ => new EnumValueNode(NameTable.Get(Text(token)), Loc(token)),
                };
            case TokenKind.Dollar:
                if (isConst)
                {
                    Expect(TokenKind.Dollar);
                    if (_token.Kind == TokenKind.Name)
                    {
                        throw Syntax(token.Start, $"Unexpected variable \"${TextString(_token)}\" in constant value.");
                    }

                    throw Unexpected(token);
                }

                return ParseVariable();
            default:
                throw Unexpected();
        }
    }

    private StringValueNode ParseStringLiteral()
    {
        var token = _token;
        Advance();
        return new StringValueNode(token.Value ?? string.Empty, token.Kind == TokenKind.BlockString, Loc(token));
    }

    private ListValueNode ParseList(bool isConst)
    {
        var start = _token;
        EnterNesting(start);
        Expect(TokenKind.BracketL);
        var mark = _stack.Mark;
        while (!ExpectOptional(TokenKind.BracketR))
        {
            _stack.Push(ParseValueLiteral(isConst));
        }

        LeaveNesting();
        return new ListValueNode(_stack.PopFrom<ValueNode>(mark), Loc(start));
    }

    private ObjectValueNode ParseObject(bool isConst)
    {
        var start = _token;
        EnterNesting(start);
        Expect(TokenKind.BraceL);
        var mark = _stack.Mark;
        while (!ExpectOptional(TokenKind.BraceR))
        {
            var fieldStart = _token;
            var name = ParseName();
            Expect(TokenKind.Colon);
            var value = ParseValueLiteral(isConst);
            _stack.Push(new ObjectFieldNode(name, value, Loc(fieldStart)));
        }

        LeaveNesting();
        return new ObjectValueNode(_stack.PopFrom<ObjectFieldNode>(mark), Loc(start));
    }

    private DirectiveNode[] ParseDirectives(bool isConst)
    {
        if (!Peek(TokenKind.At))
        {
            return [];
        }

        var mark = _stack.Mark;
        while (Peek(TokenKind.At))
        {
            var start = _token;
            Advance();
            var name = ParseName();
            var arguments = ParseArguments(isConst);
            _stack.Push(new DirectiveNode(name, arguments, Loc(start)));
        }

        return _stack.PopFrom<DirectiveNode>(mark);
    }

    /// <summary>Type : NamedType | [ Type ] | Type !</summary>
    public TypeNode ParseTypeReference()
    {
        var start = _token;
        TypeNode type;
        if (ExpectOptional(TokenKind.BracketL))
        {
            EnterNesting(start);
            var inner = ParseTypeReference();
            Expect(TokenKind.BracketR);
            LeaveNesting();
            type = new ListTypeNode(inner, Loc(start));
        }
        else
        {
            type = ParseNamedType();
        }

        return ExpectOptional(TokenKind.Bang) ? new NonNullTypeNode(type, Loc(start)) : type;
    }

    private NamedTypeNode ParseNamedType()
    {
        var start = _token;
        return new NamedTypeNode(ParseName(), Loc(start));
    }

    private bool PeekDescription() => Peek(TokenKind.String) || Peek(TokenKind.BlockString);

    private StringValueNode? ParseDescription() => PeekDescription() ? ParseStringLiteral() : null;
}
