using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Unicode;

namespace Timeline.Ingestion.Validation.Json;

/// <summary>
/// Reads the raw bytes token by token, before any tree is built, so that a malformed document is
/// reported with its line, its byte position and the pointer of the place the reader had reached.
/// It also notes repeated property names, which JSON parsers resolve differently (JavaScript keeps
/// the last, some keep the first), so that the semantic checks can refuse them.
/// </summary>
internal static class JsonSyntaxScanner
{
    /// <summary>Deep enough for any valid document (which nests six levels); deeper input is refused, not recursed into.</summary>
    public const int MaxDepth = 64;

    public static JsonReaderOptions ReaderOptions { get; } = new()
    {
        CommentHandling = JsonCommentHandling.Disallow,
        AllowTrailingCommas = false,
        MaxDepth = MaxDepth,
    };

    public static JsonSyntaxScan Scan(ReadOnlySpan<byte> utf8)
    {
        if (Utf8.IsValid(utf8) is false)
        {
            return new JsonSyntaxScan(InvalidUtf8Error(utf8), []);
        }

        var duplicates = new List<string>();
        var frames = new Stack<Frame>();
        var reader = new Utf8JsonReader(utf8, ReaderOptions);
        try
        {
            while (reader.Read())
            {
                switch (reader.TokenType)
                {
                    case JsonTokenType.StartObject:
                    case JsonTokenType.StartArray:
                        frames.Push(new Frame(Location(frames), reader.TokenType == JsonTokenType.StartArray));
                        break;
                    case JsonTokenType.EndObject:
                    case JsonTokenType.EndArray:
                        frames.Pop();
                        ValueDone(frames);
                        break;
                    case JsonTokenType.PropertyName:
                        var frame = frames.Peek();
                        frame.PendingName = reader.GetString()!;
                        if (frame.Names.Add(frame.PendingName) is false)
                        {
                            duplicates.Add(JsonPointer.Append(frame.Pointer, frame.PendingName));
                        }

                        break;
                    case JsonTokenType.String:
                        // Unescaping here catches a lone surrogate (\ud800) now rather than while mapping.
                        _ = reader.GetString();
                        ValueDone(frames);
                        break;
                    default:
                        ValueDone(frames);
                        break;
                }
            }
        }
        catch (JsonException exception)
        {
            var line = (exception.LineNumber ?? 0) + 1;
            var column = (exception.BytePositionInLine ?? 0) + 1;
            return new JsonSyntaxScan(SyntaxError(Location(frames), line, column, ReaderReason(exception.Message)), duplicates);
        }
        catch (InvalidOperationException exception)
        {
            var (line, column) = LineAndColumn(utf8, checked((int)reader.TokenStartIndex));
            return new JsonSyntaxScan(SyntaxError(Location(frames), line, column, exception.Message), duplicates);
        }

        return new JsonSyntaxScan(null, duplicates);
    }

    private static void ValueDone(Stack<Frame> frames)
    {
        if (frames.Count == 0)
        {
            return;
        }

        var parent = frames.Peek();
        if (parent.IsArray)
        {
            parent.NextIndex++;
        }
        else
        {
            parent.PendingName = null;
        }
    }

    /// <summary>The pointer of the value being read: the array slot or the named property, else the container itself.</summary>
    private static string Location(Stack<Frame> frames)
    {
        if (frames.Count == 0)
        {
            return JsonPointer.Root;
        }

        var frame = frames.Peek();
        if (frame.IsArray)
        {
            return JsonPointer.Append(frame.Pointer, frame.NextIndex);
        }

        return frame.PendingName is null ? frame.Pointer : JsonPointer.Append(frame.Pointer, frame.PendingName);
    }

    private static ValidationError InvalidUtf8Error(ReadOnlySpan<byte> utf8)
    {
        var offset = 0;
        while (offset < utf8.Length)
        {
            if (Rune.DecodeFromUtf8(utf8[offset..], out _, out var consumed) != System.Buffers.OperationStatus.Done)
            {
                break;
            }

            offset += consumed;
        }

        var (line, column) = LineAndColumn(utf8, offset);
        var pointer = Scan(utf8[..offset]).SyntaxError?.Pointer ?? JsonPointer.Root;
        var reason = string.Create(CultureInfo.InvariantCulture, $"byte 0x{utf8[offset]:X2} is not valid UTF-8; documents must be UTF-8 encoded");
        return SyntaxError(pointer, line, column, reason);
    }

    private static ValidationError SyntaxError(string pointer, long line, long column, string reason) =>
        new(pointer, string.Create(CultureInfo.InvariantCulture, $"malformed JSON at line {line}, byte {column} of the line: {reason}"))
        {
            Kind = ValidationErrorKind.Syntax,
        };

    /// <summary>The reader appends its own zero-based position; ours, one-based, replaces it.</summary>
    private static string ReaderReason(string message)
    {
        var cut = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        return (cut < 0 ? message : message[..cut]).TrimEnd();
    }

    private static (long Line, long Column) LineAndColumn(ReadOnlySpan<byte> utf8, int offset)
    {
        var before = utf8[..Math.Min(offset, utf8.Length)];
        var lastNewline = before.LastIndexOf((byte)'\n');
        return (before.Count((byte)'\n') + 1, offset - lastNewline);
    }

    private sealed class Frame(string pointer, bool isArray)
    {
        public string Pointer { get; } = pointer;

        public bool IsArray { get; } = isArray;

        public int NextIndex { get; set; }

        public string? PendingName { get; set; }

        public HashSet<string> Names { get; } = new(StringComparer.Ordinal);
    }
}
