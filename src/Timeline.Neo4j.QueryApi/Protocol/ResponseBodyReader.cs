using System.Globalization;
using System.Text.Json;

namespace Timeline.Neo4j.QueryApi;

/// <summary>
/// Reads a Query API response body. Errors are looked for first and on every response, because Neo4j
/// reports some failures with a 2xx status and partial data.
/// </summary>
internal static class ResponseBodyReader
{
    public static ResponseBody Read(ReadOnlyMemory<byte> body)
    {
        if (body.IsEmpty || body.Span.Trim(" \t\r\n"u8).IsEmpty)
        {
            // A 5.26 rollback answers 200 with an empty body and no content type.
            return ResponseBody.Empty;
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(body);
        }
        catch (JsonException e)
        {
            throw new Neo4jProtocolException("$", $"the body is not JSON ({e.Message}).", e);
        }

        using (document)
        {
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
            {
                throw new Neo4jProtocolException("$", "the body is not a JSON object.");
            }

            var errors = ReadErrors(root);
            var transaction = ReadTransaction(root);
            if (errors.Count > 0)
            {
                return new ResponseBody(QueryResult.Empty, errors, transaction);
            }

            var (fields, records) = ReadData(root);
            var result = new QueryResult
            {
                Fields = fields,
                Records = records,
                Counters = root.TryGetProperty("counters", out var counters) ? ReadCounters(counters) : null,
                Bookmarks = ReadStrings(root, "bookmarks"),
                Notifications = ReadNotifications(root),
                QueryType = root.TryGetProperty("queryType", out var queryType) && queryType.ValueKind == JsonValueKind.String
                    ? queryType.GetString()
                    : null,
            };
            return new ResponseBody(result, [], transaction);
        }
    }

    private static List<ServerError> ReadErrors(JsonElement root)
    {
        var errors = new List<ServerError>();
        if (!root.TryGetProperty("errors", out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return errors;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new Neo4jProtocolException("$.errors", "expected an array of errors.");
        }

        var index = 0;
        foreach (var error in list.EnumerateArray())
        {
            var at = $"$.errors[{index++}]";
            if (error.ValueKind != JsonValueKind.Object)
            {
                throw new Neo4jProtocolException(at, "expected an error object with code and message.");
            }

            errors.Add(new ServerError(
                OptionalString(error, "code") ?? "Neo.DatabaseError.General.UnknownError",
                OptionalString(error, "message") ?? "(no message)"));
        }

        return errors;
    }

    private static TransactionInfo? ReadTransaction(JsonElement root)
    {
        if (!root.TryGetProperty("transaction", out var transaction) || transaction.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var id = OptionalString(transaction, "id")
            ?? throw new Neo4jProtocolException("$.transaction.id", "a transaction object must have a string id.");
        var expiresText = OptionalString(transaction, "expires");
        DateTimeOffset? expires = null;
        if (expiresText is not null)
        {
            if (!DateTimeOffset.TryParse(expiresText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var parsed))
            {
                throw new Neo4jProtocolException("$.transaction.expires", $"'{expiresText}' is not a timestamp.");
            }

            expires = parsed;
        }

        return new TransactionInfo(id, expires);
    }

    private static (IReadOnlyList<string> Fields, IReadOnlyList<Neo4jRecord> Records) ReadData(JsonElement root)
    {
        if (!root.TryGetProperty("data", out var data) || data.ValueKind == JsonValueKind.Null)
        {
            return ([], []);
        }

        if (data.ValueKind != JsonValueKind.Object)
        {
            throw new Neo4jProtocolException("$.data", "expected an object with fields and values.");
        }

        var fields = ReadStrings(data, "fields", "$.data");
        var records = new List<Neo4jRecord>();
        if (!data.TryGetProperty("values", out var values) || values.ValueKind == JsonValueKind.Null)
        {
            return (fields, records);
        }

        if (values.ValueKind != JsonValueKind.Array)
        {
            throw new Neo4jProtocolException("$.data.values", "expected an array of rows.");
        }

        var rowIndex = 0;
        foreach (var row in values.EnumerateArray())
        {
            var at = $"$.data.values[{rowIndex++}]";
            if (row.ValueKind != JsonValueKind.Array)
            {
                throw new Neo4jProtocolException(at, "a row must be an array of values in field order.");
            }

            if (row.GetArrayLength() != fields.Count)
            {
                throw new Neo4jProtocolException(at, $"the row has {row.GetArrayLength()} values for {fields.Count} fields.");
            }

            var cells = new List<object?>(fields.Count);
            var column = 0;
            foreach (var cell in row.EnumerateArray())
            {
                cells.Add(Neo4jTypedJson.Read(cell, $"{at}[{column++}]"));
            }

            records.Add(new Neo4jRecord(fields, cells));
        }

        return (fields, records);
    }

    private static QueryCounters ReadCounters(JsonElement counters)
    {
        if (counters.ValueKind != JsonValueKind.Object)
        {
            throw new Neo4jProtocolException("$.counters", "expected an object.");
        }

        long Count(string name)
        {
            if (!counters.TryGetProperty(name, out var value))
            {
                return 0;
            }

            return value.ValueKind == JsonValueKind.Number && value.TryGetInt64(out var n)
                ? n
                : throw new Neo4jProtocolException($"$.counters.{name}", "expected an integer.");
        }

        bool Flag(string name) => counters.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.True;

        return new QueryCounters
        {
            ContainsUpdates = Flag("containsUpdates"),
            NodesCreated = Count("nodesCreated"),
            NodesDeleted = Count("nodesDeleted"),
            PropertiesSet = Count("propertiesSet"),
            RelationshipsCreated = Count("relationshipsCreated"),
            RelationshipsDeleted = Count("relationshipsDeleted"),
            LabelsAdded = Count("labelsAdded"),
            LabelsRemoved = Count("labelsRemoved"),
            IndexesAdded = Count("indexesAdded"),
            IndexesRemoved = Count("indexesRemoved"),
            ConstraintsAdded = Count("constraintsAdded"),
            ConstraintsRemoved = Count("constraintsRemoved"),
            ContainsSystemUpdates = Flag("containsSystemUpdates"),
            SystemUpdates = Count("systemUpdates"),
        };
    }

    private static List<Neo4jNotification> ReadNotifications(JsonElement root)
    {
        var notifications = new List<Neo4jNotification>();
        if (!root.TryGetProperty("notifications", out var list) || list.ValueKind != JsonValueKind.Array)
        {
            return notifications;
        }

        foreach (var item in list.EnumerateArray())
        {
            if (item.ValueKind != JsonValueKind.Object)
            {
                continue;
            }

            Neo4jNotificationPosition? position = null;
            if (item.TryGetProperty("position", out var p) && p.ValueKind == JsonValueKind.Object)
            {
                position = new Neo4jNotificationPosition(Int(p, "offset"), Int(p, "line"), Int(p, "column"));
            }

            notifications.Add(new Neo4jNotification(
                OptionalString(item, "code") ?? string.Empty,
                OptionalString(item, "title"),
                OptionalString(item, "description"),
                OptionalString(item, "severity"),
                OptionalString(item, "category"),
                position));
        }

        return notifications;
    }

    private static List<string> ReadStrings(JsonElement owner, string name, string ownerPath = "$")
    {
        var strings = new List<string>();
        if (!owner.TryGetProperty(name, out var list) || list.ValueKind == JsonValueKind.Null)
        {
            return strings;
        }

        if (list.ValueKind != JsonValueKind.Array)
        {
            throw new Neo4jProtocolException($"{ownerPath}.{name}", "expected an array of strings.");
        }

        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            strings.Add(item.ValueKind == JsonValueKind.String
                ? item.GetString()!
                : throw new Neo4jProtocolException($"{ownerPath}.{name}[{index}]", "expected a string."));
            index++;
        }

        return strings;
    }

    private static string? OptionalString(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;

    private static int Int(JsonElement owner, string name) =>
        owner.TryGetProperty(name, out var value) && value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var n) ? n : 0;
}
