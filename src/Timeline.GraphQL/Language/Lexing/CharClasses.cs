namespace Timeline.GraphQL.Language;

/// <summary>The spec's character classes (names are ASCII only; source characters are Unicode scalar values).</summary>
internal static class CharClasses
{
    public static bool IsDigit(int code) => (uint)(code - '0') <= 9;

    public static bool IsLetter(int code) => (uint)((code | 0x20) - 'a') <= 'z' - 'a';

    public static bool IsNameStart(int code) => IsLetter(code) || code == '_';

    public static bool IsNameContinue(int code) => IsLetter(code) || IsDigit(code) || code == '_';

    public static bool IsWhiteSpace(int code) => code == ' ' || code == '\t';

    /// <summary>A code point that is not a surrogate and at most U+10FFFF.</summary>
    public static bool IsUnicodeScalarValue(int code) => (code >= 0 && code <= 0xD7FF) || (code >= 0xE000 && code <= 0x10FFFF);

    public static bool IsLeadingSurrogate(int code) => code >= 0xD800 && code <= 0xDBFF;

    public static bool IsTrailingSurrogate(int code) => code >= 0xDC00 && code <= 0xDFFF;

    /// <summary>A well-formed surrogate pair starts at <paramref name="position"/>.</summary>
    public static bool IsSupplementaryCodePoint(string body, int position) =>
        position + 1 < body.Length && IsLeadingSurrogate(body[position]) && IsTrailingSurrogate(body[position + 1]);

    /// <summary>The value of a hex digit, or -1.</summary>
    public static int HexValue(int code) => code switch
    {
        >= '0' and <= '9' => code - '0',
        >= 'A' and <= 'F' => code - 'A' + 10,
        >= 'a' and <= 'f' => code - 'a' + 10,
        _ => -1,
    };
}
