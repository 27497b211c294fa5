using System.Text;
using System.Text.Json;

namespace Timeline.GraphQL.Execution;

/// <summary>
/// The answer to a request. A request error (syntax, validation, variables, unknown operation, a limit) has
/// errors and no data at all; once execution starts there is data (possibly <c>null</c>) and zero or more field errors.
/// The data is held as the UTF-8 JSON text execution wrote, keys in selection-set order.
/// </summary>
public sealed class ExecutionResult
{
    private readonly byte[]? data;
    private JsonElement? parsedData;

    internal ExecutionResult(byte[]? data, IReadOnlyList<GraphQLError> errors, IReadOnlyDictionary<string, object?>? extensions = null)
    {
        this.data = data;
        Errors = errors;
        Extensions = extensions;
    }

    /// <summary>Whether the response has a <c>data</c> entry; false for request errors.</summary>
    public bool HasData => data is not null;

    /// <summary>The <c>data</c> entry as UTF-8 JSON text; empty when <see cref="HasData"/> is false.</summary>
    public ReadOnlyMemory<byte> DataJson => data ?? ReadOnlyMemory<byte>.Empty;

    /// <summary>The <c>data</c> entry parsed (once, on first use); null when <see cref="HasData"/> is false.</summary>
    public JsonElement? Data
    {
        get
        {
            if (data is null)
            {
                return null;
            }

            if (parsedData is null)
            {
                using var document = JsonDocument.Parse(data);
                parsedData = document.RootElement.Clone();
            }

            return parsedData;
        }
    }

    public IReadOnlyList<GraphQLError> Errors { get; }

    public IReadOnlyDictionary<string, object?>? Extensions { get; }

    /// <summary>A result that is only request errors: no data entry.</summary>
    public static ExecutionResult RequestError(params IReadOnlyList<GraphQLError> errors)
    {
        ArgumentNullException.ThrowIfNull(errors);
        if (errors.Count == 0)
        {
            throw new ArgumentException("A request error needs at least one error.", nameof(errors));
        }

        return new ExecutionResult(null, errors);
    }

    /// <summary>A request error with one message and an <c>extensions.code</c>.</summary>
    public static ExecutionResult RequestError(string message, string code) =>
        RequestError(new GraphQLError(message, extensions: new Dictionary<string, object?> { ["code"] = code }));

    /// <summary>The whole response (<c>errors</c>, <c>data</c>, <c>extensions</c>) as UTF-8 JSON.</summary>
    public byte[] ToUtf8Json()
    {
        using var buffer = new ResultBuffer(data is null ? 256 : data.Length + 256);
        ResponseSerializer.Write(buffer, this, data);
        return buffer.ToArray();
    }

    public string ToJson() => Encoding.UTF8.GetString(ToUtf8Json());

    /// <summary>Writes the response as one JSON value.</summary>
    public void WriteTo(Utf8JsonWriter writer)
    {
        ArgumentNullException.ThrowIfNull(writer);
        writer.WriteRawValue(ToUtf8Json(), skipInputValidation: true);
    }

    /// <summary>Writes the response to <paramref name="stream"/> as UTF-8 JSON.</summary>
    public async ValueTask WriteToAsync(Stream stream, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        await stream.WriteAsync(ToUtf8Json(), cancellationToken).ConfigureAwait(false);
    }

    public override string ToString() => ToJson();
}
