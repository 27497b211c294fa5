namespace Timeline.GraphQL.Language;

/// <summary>
/// Parses GraphQL source text (executable documents and SDL) into the AST, as graphql-js's
/// <c>parse</c>, <c>parseValue</c>, <c>parseConstValue</c> and <c>parseType</c> do.
/// Every failure is a <see cref="GraphQLSyntaxException"/> with an exact line and column.
/// </summary>
public static class Parser
{
    public static DocumentNode Parse(string source, ParseOptions? options = null) =>
        new DocumentParser(source, options ?? ParseOptions.Default).ParseDocument();

    /// <summary>A single value such as <c>[42, {a: $v}]</c>; variables are allowed.</summary>
    public static ValueNode ParseValue(string source, ParseOptions? options = null) =>
        new DocumentParser(source, options ?? ParseOptions.Default).ParseWhole(static p => p.ParseValueLiteral(isConst: false));

    /// <summary>A single constant value; a variable is a syntax error.</summary>
    public static ValueNode ParseConstValue(string source, ParseOptions? options = null) =>
        new DocumentParser(source, options ?? ParseOptions.Default).ParseWhole(static p => p.ParseValueLiteral(isConst: true));

    /// <summary>A type reference such as <c>[Int!]!</c>.</summary>
    public static TypeNode ParseType(string source, ParseOptions? options = null) =>
        new DocumentParser(source, options ?? ParseOptions.Default).ParseWhole(static p => p.ParseTypeReference());
}
