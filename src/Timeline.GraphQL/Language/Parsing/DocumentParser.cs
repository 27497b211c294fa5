using System.Runtime.CompilerServices;

namespace Timeline.GraphQL.Language;

/// <summary>
/// The recursive-descent parser behind <see cref="Parser"/>; one instance parses one source.
/// This part holds token handling, limits and error wording; the grammar lives in the other parts.
/// </summary>
internal sealed partial class DocumentParser
{
    private readonly string _source;
    private readonly Lexer _lexer;
    private readonly ParseOptions _options;
    private readonly NodeStack _stack = new();
    private Token _token;
    private Token _lookahead;
    private bool _hasLookahead;
    private int _lastEnd;
    private int _tokenCount;
    private int _depth;

    public DocumentParser(string source, ParseOptions options)
    {
        ArgumentNullException.ThrowIfNull(source);
        _source = source;
        _lexer = new Lexer(source);
        _options = options;
        _token = new Token(TokenKind.StartOfFile, 0, 0, 1, 1, null);
    }

    /// <summary>Parses one construct that must span the whole source.</summary>
    public T ParseWhole<T>(Func<DocumentParser, T> parse)
    {
        Expect(TokenKind.StartOfFile);
        var result = parse(this);
        Expect(TokenKind.EndOfFile);
        return result;
    }

    private void Advance()
    {
        _lastEnd = _token.End;
        if (_hasLookahead)
        {
            _token = _lookahead;
            _hasLookahead = false;
        }
        else
        {
            _token = _lexer.Next();
        }

        if (_token.Kind != TokenKind.EndOfFile && ++_tokenCount > _options.MaxTokens)
        {
            throw Syntax(_token.Start, $"Document contains more than {_options.MaxTokens} tokens. Parsing aborted.");
        }
    }

    /// <summary>The token after the current one, read without consuming anything.</summary>
    private Token Lookahead()
    {
        if (!_hasLookahead)
        {
            _lookahead = _lexer.Next();
            _hasLookahead = true;
        }

        return _lookahead;
    }

    private bool Peek(TokenKind kind) => _token.Kind == kind;

    private Token Expect(TokenKind kind)
    {
        var token = _token;
        if (token.Kind != kind)
        {
            throw Syntax(token.Start, $"Expected {kind.Describe()}, found {Describe(token)}.");
        }

        Advance();
        return token;
    }

    private bool ExpectOptional(TokenKind kind)
    {
        if (_token.Kind != kind)
        {
            return false;
        }

        Advance();
        return true;
    }

    private void ExpectKeyword(string keyword)
    {
        if (!IsKeyword(_token, keyword))
        {
            throw Syntax(_token.Start, $"Expected \"{keyword}\", found {Describe(_token)}.");
        }

        Advance();
    }

    private bool ExpectOptionalKeyword(string keyword)
    {
        if (!IsKeyword(_token, keyword))
        {
            return false;
        }

        Advance();
        return true;
    }

    private bool IsKeyword(in Token token, string keyword) =>
        token.Kind == TokenKind.Name && Text(token).SequenceEqual(keyword);

    /// <summary>Whether the token's value (as graphql-js compares <c>token.value</c>) equals <paramref name="value"/>.</summary>
    private bool HasValue(in Token token, string value) => token.Kind switch
    {
        TokenKind.String or TokenKind.BlockString => token.Value == value,
        TokenKind.Name or TokenKind.Int or TokenKind.Float => Text(token).SequenceEqual(value),
        _ => false,
    };

    private ReadOnlySpan<char> Text(in Token token) => _source.AsSpan(token.Start, token.End - token.Start);

    private string TextString(in Token token) => _source.Substring(token.Start, token.End - token.Start);

    /// <summary>The location of a node that began at <paramref name="start"/> and ends with the last consumed token.</summary>
    private Location? Loc(in Token start) =>
        _options.NoLocation ? null : new Location(start.Start, _lastEnd, start.Line, start.Column);

    private void EnterNesting(in Token at)
    {
        if (++_depth > _options.MaxDepth)
        {
            throw Syntax(at.Start, $"Document nesting exceeds {_options.MaxDepth} levels. Parsing aborted.");
        }

        // A generous MaxDepth must still not overflow the stack of whatever thread parses.
        if (!RuntimeHelpers.TryEnsureSufficientExecutionStack())
        {
            throw Syntax(at.Start, "Document nesting is too deep for the parser's stack. Parsing aborted.");
        }
    }

    private void LeaveNesting() => _depth--;

    private GraphQLSyntaxException Unexpected() => Unexpected(_token);

    private GraphQLSyntaxException Unexpected(in Token token) => Syntax(token.Start, $"Unexpected {Describe(token)}.");

    private GraphQLSyntaxException Syntax(int position, string description) =>
        GraphQLSyntaxException.At(_source, position, description);

    /// <summary>graphql-js's token description: <c>Name "foo"</c>, <c>"{"</c>, <c>&lt;EOF&gt;</c>.</summary>
    private string Describe(in Token token) => token.Kind switch
    {
        TokenKind.Name or TokenKind.Int or TokenKind.Float or TokenKind.String or TokenKind.BlockString =>
            $"{token.Kind.Describe()} \"{_lexer.GetValue(token)}\"",
        _ => token.Kind.Describe(),
    };
}
