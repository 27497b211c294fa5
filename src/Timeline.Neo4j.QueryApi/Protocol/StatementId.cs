using System.Security.Cryptography;
using System.Text;

namespace Timeline.Neo4j.QueryApi;

/// <summary>
/// A short stable id for a statement's text, so logs can correlate and count statements without
/// carrying the text or any parameter value.
/// </summary>
internal static class StatementId
{
    public const string None = "-";

    public static string For(string? statement) =>
        statement is null
            ? None
            : Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(statement)), 0, 6);
}
