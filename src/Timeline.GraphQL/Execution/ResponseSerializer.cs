namespace Timeline.GraphQL.Execution;

/// <summary>Writes a response in the GraphQL response format: errors first (so they are seen), then data, then extensions.</summary>
internal static class ResponseSerializer
{
    public static void Write(ResultBuffer buffer, ExecutionResult result, byte[]? data)
    {
        buffer.WriteByte((byte)'{');
        var first = true;
        if (result.Errors.Count > 0)
        {
            buffer.WriteRaw("\"errors\":["u8);
            for (var i = 0; i < result.Errors.Count; i++)
            {
                if (i > 0)
                {
                    buffer.WriteByte((byte)',');
                }

                WriteError(buffer, result.Errors[i]);
            }

            buffer.WriteByte((byte)']');
            first = false;
        }

        if (data is not null)
        {
            if (!first)
            {
                buffer.WriteByte((byte)',');
            }

            buffer.WriteRaw("\"data\":"u8);
            buffer.WriteRaw(data);
            first = false;
        }

        if (result.Extensions is { Count: > 0 } extensions)
        {
            if (!first)
            {
                buffer.WriteByte((byte)',');
            }

            buffer.WriteRaw("\"extensions\":"u8);
            ResultValueWriter.Write(buffer, extensions);
        }

        buffer.WriteByte((byte)'}');
    }

    public static void WriteError(ResultBuffer buffer, GraphQLError error)
    {
        buffer.WriteRaw("{\"message\":"u8);
        buffer.WriteString(error.Message);
        if (error.Locations.Count > 0)
        {
            buffer.WriteRaw(",\"locations\":["u8);
            for (var i = 0; i < error.Locations.Count; i++)
            {
                if (i > 0)
                {
                    buffer.WriteByte((byte)',');
                }

                buffer.WriteRaw("{\"line\":"u8);
                buffer.WriteInt64(error.Locations[i].Line);
                buffer.WriteRaw(",\"column\":"u8);
                buffer.WriteInt64(error.Locations[i].Column);
                buffer.WriteByte((byte)'}');
            }

            buffer.WriteByte((byte)']');
        }

        if (error.Path is { } path)
        {
            buffer.WriteRaw(",\"path\":["u8);
            for (var i = 0; i < path.Count; i++)
            {
                if (i > 0)
                {
                    buffer.WriteByte((byte)',');
                }

                if (path[i] is int index)
                {
                    buffer.WriteInt64(index);
                }
                else
                {
                    buffer.WriteString(path[i].ToString() ?? string.Empty);
                }
            }

            buffer.WriteByte((byte)']');
        }

        if (error.Extensions.Count > 0)
        {
            buffer.WriteRaw(",\"extensions\":"u8);
            ResultValueWriter.Write(buffer, error.Extensions);
        }

        buffer.WriteByte((byte)'}');
    }
}
