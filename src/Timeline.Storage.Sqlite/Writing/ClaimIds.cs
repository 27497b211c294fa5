namespace Timeline.Storage.Sqlite.Writing;

/// <summary>Claim ids: "{articleId}#{localKey}", stable for as long as the article keeps its keys.</summary>
internal static class ClaimIds
{
    public static string For(string articleId, string localKey) => articleId + "#" + localKey;
}
