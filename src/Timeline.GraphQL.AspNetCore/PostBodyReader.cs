using System.Buffers;
using System.IO.Pipelines;
using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Timeline.GraphQL.Execution;

namespace Timeline.GraphQL.AspNetCore;

/// <summary>
/// Reads a POST body (<c>{"query", "operationName", "variables", "extensions"}</c>) straight from the request pipe:
/// the query is read as a string, variables and extensions as JSON elements, anything else is skipped.
/// </summary>
internal static class PostBodyReader
{
    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = 128 };

    public static async ValueTask<GraphQLRequest> ReadAsync(HttpRequest request, long maxBytes, CancellationToken cancellationToken)
    {
        if (request.ContentLength > maxBytes)
        {
            throw TooLarge(maxBytes);
        }

        var reader = request.BodyReader;
        while (true)
        {
            ReadResult read;
            try
            {
                read = await reader.ReadAsync(cancellationToken);
            }
            catch (BadHttpRequestException e)
            {
                throw new GraphQLHttpRequestException(e.StatusCode, GraphQLHttpErrorCodes.BadRequest, $"The request body could not be read: {e.Message}", e);
            }

            var buffer = read.Buffer;
            if (buffer.Length > maxBytes)
            {
                reader.AdvanceTo(buffer.Start, buffer.End);
                throw TooLarge(maxBytes);
            }

            if (read.IsCompleted || read.IsCanceled)
            {
                try
                {
                    return Parse(buffer);
                }
                finally
                {
                    reader.AdvanceTo(buffer.End);
                }
            }

            reader.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    /// <summary>The request in a complete JSON body.</summary>
    public static GraphQLRequest Parse(ReadOnlySequence<byte> body)
    {
        if (body.IsEmpty)
        {
            throw GraphQLHttpRequestException.BadRequest("The request body is empty: a JSON object with a \"query\" was expected.");
        }

        try
        {
            return ParseObject(new Utf8JsonReader(body, ReaderOptions));
        }
        catch (JsonException e)
        {
            throw GraphQLHttpRequestException.BadRequest($"The request body is not valid JSON: {e.Message}", e);
        }
    }

    private static GraphQLRequest ParseObject(Utf8JsonReader reader)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.StartObject)
        {
            throw GraphQLHttpRequestException.BadRequest("The request body must be a JSON object with a \"query\".");
        }

        string? query = null;
        string? operationName = null;
        JsonElement? variables = null;
        JsonElement? extensions = null;
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("query"u8))
            {
                reader.Read();
                query = ReadString(ref reader, "query");
            }
            else if (reader.ValueTextEquals("operationName"u8))
            {
                reader.Read();
                operationName = ReadString(ref reader, "operationName");
            }
            else if (reader.ValueTextEquals("variables"u8))
            {
                reader.Read();
                variables = ReadMap(ref reader, "variables");
            }
            else if (reader.ValueTextEquals("extensions"u8))
            {
                reader.Read();
                extensions = ReadMap(ref reader, "extensions");
            }
            else
            {
                reader.Read();
                reader.Skip();
            }
        }

        // Utf8JsonReader throws on anything but whitespace after the object.
        if (reader.Read())
        {
            throw GraphQLHttpRequestException.BadRequest("The request body holds more than one JSON value.");
        }

        return RequestParameters.Create(query, operationName, variables, extensions, AllowedOperations.All);
    }

    private static string? ReadString(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.String => reader.GetString(),
        JsonTokenType.Null => null,
        _ => throw RequestParameters.WrongType(name, "a string", reader.TokenType),
    };

    private static JsonElement? ReadMap(ref Utf8JsonReader reader, string name) => reader.TokenType switch
    {
        JsonTokenType.StartObject => JsonElement.ParseValue(ref reader),
        JsonTokenType.Null => null,
        _ => throw RequestParameters.WrongType(name, "an object (a map)", reader.TokenType),
    };

    private static GraphQLHttpRequestException TooLarge(long maxBytes) =>
        new(413, GraphQLHttpErrorCodes.PayloadTooLarge, $"The request body is larger than the {maxBytes} bytes this endpoint reads.");
}
