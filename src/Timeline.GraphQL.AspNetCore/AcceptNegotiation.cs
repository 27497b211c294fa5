using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace Timeline.GraphQL.AspNetCore;

/// <summary>
/// Picks the response media type from the Accept header as the GraphQL-over-HTTP draft asks:
/// <c>application/graphql-response+json</c> when the client lists it at least as high as anything else,
/// <c>application/json</c> when it lists that, a wildcard (<c>*/*</c>, <c>application/*</c>) or nothing at all.
/// </summary>
internal static class AcceptNegotiation
{
    public static ResponseMediaType Choose(StringValues accept)
    {
        if (StringValues.IsNullOrEmpty(accept))
        {
            return ResponseMediaType.Json;
        }

        // Without parameters every entry has quality 1, so a scan of the names decides; this is the common case.
        var hasParameters = false;
        foreach (var value in accept)
        {
            hasParameters |= value is not null && value.Contains(';', StringComparison.Ordinal);
        }

        return hasParameters ? ChooseByQuality(accept) : ChooseByName(accept);
    }

    /// <summary>The Content-Type of <c>?sdl</c>: <c>application/graphql</c> when the client names it, else plain text.</summary>
    public static string SdlContentType(StringValues accept)
    {
        foreach (var value in accept)
        {
            var text = value.AsSpan();
            foreach (var range in text.Split(','))
            {
                var entry = text[range];
                var end = entry.IndexOf(';');
                if ((end < 0 ? entry : entry[..end]).Trim().Equals(MediaTypes.Graphql, StringComparison.OrdinalIgnoreCase))
                {
                    return MediaTypes.GraphqlUtf8;
                }
            }
        }

        return MediaTypes.PlainTextUtf8;
    }

    private static ResponseMediaType ChooseByName(StringValues accept)
    {
        var json = false;
        foreach (var value in accept)
        {
            var text = value.AsSpan();
            foreach (var range in text.Split(','))
            {
                switch (Classify(text[range].Trim()))
                {
                    case Kind.GraphQLResponseJson:
                        return ResponseMediaType.GraphQLResponseJson;
                    case Kind.Json or Kind.Wildcard:
                        json = true;
                        break;
                }
            }
        }

        return json ? ResponseMediaType.Json : ResponseMediaType.None;
    }

    private static ResponseMediaType ChooseByQuality(StringValues accept)
    {
        if (!MediaTypeHeaderValue.TryParseList(accept, out var ranges))
        {
            return ResponseMediaType.None;
        }

        double? graphqlResponse = null;
        double? json = null;
        double? wildcard = null;
        foreach (var range in ranges)
        {
            var quality = range.Quality ?? 1;
            switch (Classify(range.MediaType.AsSpan()))
            {
                case Kind.GraphQLResponseJson:
                    graphqlResponse = Math.Max(graphqlResponse ?? 0, quality);
                    break;
                case Kind.Json:
                    json = Math.Max(json ?? 0, quality);
                    break;
                case Kind.Wildcard:
                    wildcard = Math.Max(wildcard ?? 0, quality);
                    break;
            }
        }

        // An explicit entry for application/json outranks the wildcards, so "application/json;q=0" excludes it.
        var jsonQuality = json ?? wildcard ?? 0;
        var graphqlQuality = graphqlResponse ?? 0;
        if (graphqlQuality <= 0 && jsonQuality <= 0)
        {
            return ResponseMediaType.None;
        }

        return graphqlQuality >= jsonQuality ? ResponseMediaType.GraphQLResponseJson : ResponseMediaType.Json;
    }

    private static Kind Classify(ReadOnlySpan<char> mediaRange)
    {
        if (mediaRange.Equals(MediaTypes.GraphQLResponseJson, StringComparison.OrdinalIgnoreCase))
        {
            return Kind.GraphQLResponseJson;
        }

        if (mediaRange.Equals(MediaTypes.Json, StringComparison.OrdinalIgnoreCase))
        {
            return Kind.Json;
        }

        return mediaRange.SequenceEqual("*/*") || mediaRange.Equals("application/*", StringComparison.OrdinalIgnoreCase) ? Kind.Wildcard : Kind.Other;
    }

    private enum Kind
    {
        Other,
        GraphQLResponseJson,
        Json,
        Wildcard,
    }
}
