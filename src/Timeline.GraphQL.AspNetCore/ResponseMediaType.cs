namespace Timeline.GraphQL.AspNetCore;

/// <summary>The media types a GraphQL response is sent as.</summary>
internal enum ResponseMediaType
{
    /// <summary>Nothing the client accepts: answered 406.</summary>
    None,

    /// <summary><c>application/graphql-response+json</c>: request errors are 4xx.</summary>
    GraphQLResponseJson,

    /// <summary><c>application/json</c>: the legacy type, under which request errors are 200 for older clients.</summary>
    Json,
}
