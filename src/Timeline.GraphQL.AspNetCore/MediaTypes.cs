namespace Timeline.GraphQL.AspNetCore;

/// <summary>Media type names and the Content-Type values the endpoint sends (always UTF-8).</summary>
internal static class MediaTypes
{
    public const string GraphQLResponseJson = "application/graphql-response+json";
    public const string Json = "application/json";
    public const string Graphql = "application/graphql";
    public const string PlainText = "text/plain";
    public const string GraphQLResponseJsonUtf8 = "application/graphql-response+json; charset=utf-8";
    public const string JsonUtf8 = "application/json; charset=utf-8";
    public const string GraphqlUtf8 = "application/graphql; charset=utf-8";
    public const string PlainTextUtf8 = "text/plain; charset=utf-8";

    public static string ContentTypeOf(ResponseMediaType type) =>
        type == ResponseMediaType.GraphQLResponseJson ? GraphQLResponseJsonUtf8 : JsonUtf8;
}
