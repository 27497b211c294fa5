using System.Globalization;
using System.Text;

namespace Timeline.GraphQL.Language;

/// <summary>
/// Reads GraphQL tokens from a source string, following the spec's lexical grammar and graphql-js's error
/// messages. Ignored tokens (white space, line terminators, commas, the byte order mark and comments) are
/// skipped. Only String and BlockString tokens allocate (their decoded value).
/// </summary>
public sealed class Lexer
{
    private readonly string _body;
    private int _position;
    private int _line = 1;
    private int _lineStart;
    private StringBuilder? _builder;
    private List<(int Start, int End)>? _blockLines;

    public Lexer(string source)
    {
        ArgumentNullException.ThrowIfNull(source);
        _body = source;
    }

    public string Source => _body;

    /// <summary>The text a token stands for: the decoded value of strings, the source text of names and numbers.</summary>
    public string GetValue(in Token token) => token.Value ?? _body.Substring(token.Start, token.End - token.Start);

    /// <summary>Reads the next significant token; at the end it returns EndOfFile tokens forever.</summary>
    public Token Next()
    {
        var body = _body;
        var length = body.Length;
        var position = _position;
        while (position < length)
        {
            var code = body[position];
            switch (code)
            {
                case '\uFEFF':
                case '\t':
                case ' ':
                case ',':
                    position++;
                    continue;
                case '\n':
                    position++;
                    _line++;
                    _lineStart = position;
                    continue;
                case '\r':
                    position += position + 1 < length && body[position + 1] == '\n' ? 2 : 1;
                    _line++;
                    _lineStart = position;
                    continue;
                case '#':
                    position = SkipComment(position);
                    continue;
                case '!':
                    return Make(TokenKind.Bang, position, position + 1, null);
                case '$':
                    return Make(TokenKind.Dollar, position, position + 1, null);
                case '&':
                    return Make(TokenKind.Amp, position, position + 1, null);
                case '(':
                    return Make(TokenKind.ParenL, position, position + 1, null);
                case ')':
                    return Make(TokenKind.ParenR, position, position + 1, null);
                case '.':
                    if (CharAt(position + 1) == '.' && CharAt(position + 2) == '.')
                    {
                        return Make(TokenKind.Spread, position, position + 3, null);
                    }

                    throw DotError(position);
                case ':':
                    return Make(TokenKind.Colon, position, position + 1, null);
                case '=':
                    return Make(TokenKind.Equals, position, position + 1, null);
                case '@':
                    return Make(TokenKind.At, position, position + 1, null);
                case '[':
                    return Make(TokenKind.BracketL, position, position + 1, null);
                case ']':
                    return Make(TokenKind.BracketR, position, position + 1, null);
                case '{':
                    return Make(TokenKind.BraceL, position, position + 1, null);
                case '|':
                    return Make(TokenKind.Pipe, position, position + 1, null);
                case '}':
                    return Make(TokenKind.BraceR, position, position + 1, null);
                case '"':
                    return CharAt(position + 1) == '"' && CharAt(position + 2) == '"'
                        ? ReadBlockString(position)
                        : ReadString(position);
                default:
                    break;
            }

            if (CharClasses.IsDigit(code) || code == '-')
            {
                return ReadNumber(position, code);
            }

            if (CharClasses.IsNameStart(code))
            {
                return ReadName(position);
            }

            throw Error(
                position,
                code == '\''
                    ? "Unexpected single quote character ('), did you mean to use a double quote (\")?"
                    : CharClasses.IsUnicodeScalarValue(code) || CharClasses.IsSupplementaryCodePoint(body, position)
                        ? $"Unexpected character: {PrintCodePointAt(position)}."
                        : $"Invalid character: {PrintCodePointAt(position)}.");
        }

        _position = length;
        return new Token(TokenKind.EndOfFile, length, length, _line, length - _lineStart + 1, null);
    }

    /// <summary>A lone or doubled dot, with graphql-js's hints for a near-spread or a number like <c>.5</c>.</summary>
    private GraphQLSyntaxException DotError(int position)
    {
        var next = CharAt(position + 1);
        if (next == '.')
        {
            return Error(position, "Unexpected \"..\", did you mean \"...\"?");
        }

        if (CharClasses.IsDigit(next))
        {
            var digits = _body[(position + 1)..ReadDigits(position + 1, next)];
            return Error(position, $"Invalid number, expected digit before \".\", did you mean \"0.{digits}\"?");
        }

        return Error(position, "Unexpected character: \".\".");
    }

    private Token Make(TokenKind kind, int start, int end, string? value)
    {
        _position = end;
        return new Token(kind, start, end, _line, start - _lineStart + 1, value);
    }

    /// <summary>The UTF-16 unit at a position, or -1 past the end (so comparisons simply fail).</summary>
    private int CharAt(int position) => (uint)position < (uint)_body.Length ? _body[position] : -1;

    private GraphQLSyntaxException Error(int position, string description) =>
        GraphQLSyntaxException.At(_body, position, description);

    /// <summary>Skips a comment up to the line end; stops before an unpaired surrogate, which then fails as a token.</summary>
    private int SkipComment(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '\n' || code == '\r')
            {
                break;
            }

            var width = SourceCharacterWidth(position);
            if (width == 0)
            {
                break;
            }

            position += width;
        }

        return position;
    }

    /// <summary>The UTF-16 length of the source character at a position: 1, 2 for a surrogate pair, 0 for an unpaired surrogate.</summary>
    private int SourceCharacterWidth(int position) =>
        !char.IsSurrogate(_body[position]) ? 1 : CharClasses.IsSupplementaryCodePoint(_body, position) ? 2 : 0;

    /// <summary>Like <see cref="SourceCharacterWidth"/>, but an unpaired surrogate inside a string is an error.</summary>
    private int StringCharacterWidth(int position)
    {
        var width = SourceCharacterWidth(position);
        return width > 0 ? width : throw Error(position, $"Invalid character within String: {PrintCodePointAt(position)}.");
    }

    private Token ReadName(int start)
    {
        var body = _body;
        var position = start + 1;
        while (position < body.Length && CharClasses.IsNameContinue(body[position]))
        {
            position++;
        }

        return Make(TokenKind.Name, start, position, null);
    }

    /// <summary>IntValue or FloatValue: no leading zeros, and no name start or dot directly after the number.</summary>
    private Token ReadNumber(int start, int firstCode)
    {
        var position = start;
        var code = firstCode;
        var isFloat = false;
        if (code == '-')
        {
            code = CharAt(++position);
        }

        if (code == '0')
        {
            code = CharAt(++position);
            if (CharClasses.IsDigit(code))
            {
                throw Error(position, $"Invalid number, unexpected digit after 0: {PrintCodePointAt(position)}.");
            }
        }
        else
        {
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.')
        {
            isFloat = true;
            code = CharAt(++position);
            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == 'E' || code == 'e')
        {
            isFloat = true;
            code = CharAt(++position);
            if (code == '+' || code == '-')
            {
                code = CharAt(++position);
            }

            position = ReadDigits(position, code);
            code = CharAt(position);
        }

        if (code == '.' || CharClasses.IsNameStart(code))
        {
            throw Error(position, $"Invalid number, expected digit but got: {PrintCodePointAt(position)}.");
        }

        return Make(isFloat ? TokenKind.Float : TokenKind.Int, start, position, null);
    }

    private int ReadDigits(int start, int firstCode)
    {
        if (!CharClasses.IsDigit(firstCode))
        {
            throw Error(start, $"Invalid number, expected digit but got: {PrintCodePointAt(start)}.");
        }

        var position = start + 1;
        while (CharClasses.IsDigit(CharAt(position)))
        {
            position++;
        }

        return position;
    }

    private Token ReadString(int start)
    {
        var body = _body;
        var position = start + 1;
        var chunkStart = position;
        StringBuilder? builder = null;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"')
            {
                var value = builder is null
                    ? body.Substring(chunkStart, position - chunkStart)
                    : builder.Append(body, chunkStart, position - chunkStart).ToString();
                return Make(TokenKind.String, start, position + 1, value);
            }

            if (code == '\\')
            {
                builder ??= RentBuilder();
                builder.Append(body, chunkStart, position - chunkStart);
                position += CharAt(position + 1) == 'u'
                    ? CharAt(position + 2) == '{'
                        ? ReadEscapedUnicodeVariableWidth(position, builder)
                        : ReadEscapedUnicodeFixedWidth(position, builder)
                    : ReadEscapedCharacter(position, builder);
                chunkStart = position;
                continue;
            }

            if (code == '\n' || code == '\r')
            {
                break;
            }

            position += StringCharacterWidth(position);
        }

        throw Error(position, "Unterminated string.");
    }

    /// <summary><c>\u{1F600}</c>: 1 to 8 hex digits naming a Unicode scalar value.</summary>
    private int ReadEscapedUnicodeVariableWidth(int position, StringBuilder builder)
    {
        var point = 0;
        var size = 3;

        // Cannot be longer than 12 characters (\u{00000000}).
        while (size < 12)
        {
            var code = CharAt(position + size++);
            if (code == '}')
            {
                if (size < 5 || !CharClasses.IsUnicodeScalarValue(point))
                {
                    break;
                }

                AppendCodePoint(builder, point);
                return size;
            }

            point = (point << 4) | CharClasses.HexValue(code);
            if (point < 0)
            {
                break;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + size)}\".");
    }

    /// <summary><c>\u0041</c>; a surrogate is accepted only as the leading half of an escaped pair.</summary>
    private int ReadEscapedUnicodeFixedWidth(int position, StringBuilder builder)
    {
        var code = Read16BitHexCode(position + 2);
        if (CharClasses.IsUnicodeScalarValue(code))
        {
            builder.Append((char)code);
            return 6;
        }

        if (CharClasses.IsLeadingSurrogate(code) && CharAt(position + 6) == '\\' && CharAt(position + 7) == 'u')
        {
            var trailing = Read16BitHexCode(position + 8);
            if (CharClasses.IsTrailingSurrogate(trailing))
            {
                builder.Append((char)code).Append((char)trailing);
                return 12;
            }
        }

        throw Error(position, $"Invalid Unicode escape sequence: \"{Slice(position, position + 6)}\".");
    }

    private int Read16BitHexCode(int position) =>
        (CharClasses.HexValue(CharAt(position)) << 12)
        | (CharClasses.HexValue(CharAt(position + 1)) << 8)
        | (CharClasses.HexValue(CharAt(position + 2)) << 4)
        | CharClasses.HexValue(CharAt(position + 3));

    private int ReadEscapedCharacter(int position, StringBuilder builder)
    {
        char? value = CharAt(position + 1) switch
        {
            '"' => '"',
            '\\' => '\\',
            '/' => '/',
            'b' => '\b',
            'f' => '\f',
            'n' => '\n',
            'r' => '\r',
            't' => '\t',
            _ => null,
        };
        if (value is null)
        {
            throw Error(position, $"Invalid character escape sequence: \"{Slice(position, position + 2)}\".");
        }

        builder.Append(value.Value);
        return 2;
    }

    /// <summary>
    /// <c>"""..."""</c>: raw text where only <c>\"""</c> is an escape; the value is the spec's BlockStringValue
    /// (common indentation and blank leading and trailing lines removed).
    /// </summary>
    private Token ReadBlockString(int start)
    {
        var body = _body;
        var lines = _blockLines ??= [];
        lines.Clear();
        var lineStart = _lineStart;
        var position = start + 3;
        var chunkStart = position;
        var hasEscape = false;
        while (position < body.Length)
        {
            var code = body[position];
            if (code == '"' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"')
            {
                lines.Add((chunkStart, position));
                var token = Make(TokenKind.BlockString, start, position + 3, BlockStrings.DedentRaw(body, lines, hasEscape, RentBuilder()));
                _line += lines.Count - 1;
                _lineStart = lineStart;
                return token;
            }

            if (code == '\\' && CharAt(position + 1) == '"' && CharAt(position + 2) == '"' && CharAt(position + 3) == '"')
            {
                hasEscape = true;
                position += 4;
                continue;
            }

            if (code == '\n' || code == '\r')
            {
                lines.Add((chunkStart, position));
                position += code == '\r' && CharAt(position + 1) == '\n' ? 2 : 1;
                chunkStart = position;
                lineStart = position;
                continue;
            }

            position += StringCharacterWidth(position);
        }

        throw Error(position, "Unterminated string.");
    }

    private StringBuilder RentBuilder()
    {
        var builder = _builder ??= new StringBuilder();
        builder.Clear();
        return builder;
    }

    private static void AppendCodePoint(StringBuilder builder, int point)
    {
        if (point < 0x10000)
        {
            builder.Append((char)point);
        }
        else
        {
            point -= 0x10000;
            builder.Append((char)(0xD800 + (point >> 10))).Append((char)(0xDC00 + (point & 0x3FF)));
        }
    }

    private string Slice(int start, int end) => _body[start..Math.Min(end, _body.Length)];

    /// <summary>A character for an error message: <c>"a"</c> when printable ASCII, else <c>U+XXXX</c>.</summary>
    private string PrintCodePointAt(int position)
    {
        if (position >= _body.Length)
        {
            return "<EOF>";
        }

        int code = CharClasses.IsSupplementaryCodePoint(_body, position)
            ? char.ConvertToUtf32(_body[position], _body[position + 1])
            : _body[position];
        if (code >= 0x20 && code <= 0x7E)
        {
            return code == '"' ? "'\"'" : $"\"{(char)code}\"";
        }

        return "U+" + code.ToString("X4", CultureInfo.InvariantCulture);
    }
}
