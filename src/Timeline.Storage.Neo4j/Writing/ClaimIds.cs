using System.Globalization;

namespace Timeline.Storage.Neo4j.Writing;

/// <summary>Claim ids: "{articleId}#{localKey}" for mentions and reports (as the SQLite store), "{articleId}@{ordinal}" for relation claims.</summary>
internal static class ClaimIds
{
    public static string For(string articleId, string localKey) => articleId + "#" + localKey;

    public static string ForRelation(string articleId, int ordinal) => articleId + "@" + ordinal.ToString(CultureInfo.InvariantCulture);
}
