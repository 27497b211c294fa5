namespace Timeline.GraphQL.Language;

/// <summary>
/// One lexical token: its kind, its source range [Start, End) and the 1-based line and column of Start.
/// <see cref="Value"/> holds the decoded text of String and BlockString tokens only; other tokens read
/// their text from the source on demand (<see cref="Lexer.GetValue"/>) so that punctuators and keywords
/// allocate nothing.
/// </summary>
public readonly record struct Token(TokenKind Kind, int Start, int End, int Line, int Column, string? Value);
