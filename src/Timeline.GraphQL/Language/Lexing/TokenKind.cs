namespace Timeline.GraphQL.Language;

/// <summary>The kinds of lexical tokens (comments are skipped by the lexer and never produced).</summary>
public enum TokenKind
{
    StartOfFile,
    EndOfFile,
    Bang,
    Dollar,
    Amp,
    ParenL,
    ParenR,
    Spread,
    Colon,
    Equals,
    At,
    BracketL,
    BracketR,
    BraceL,
    Pipe,
    BraceR,
    Name,
#pragma warning disable CA1720 // The spec names these tokens Int, Float and String.
    Int,
    Float,
    String,
#pragma warning restore CA1720
    BlockString,
}
