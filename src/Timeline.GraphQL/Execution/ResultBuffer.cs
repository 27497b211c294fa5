using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;

namespace Timeline.GraphQL.Execution;

/// <summary>
/// A growable UTF-8 buffer, rented from the shared pool, into which execution writes the response data as JSON text.
/// Unlike <see cref="System.Text.Json.Utf8JsonWriter"/> it keeps no nesting state, so execution can cut it back to an
/// earlier position when a non-null violation turns an already written value into <c>null</c>.
/// </summary>
internal sealed class ResultBuffer : IDisposable
{
    private static readonly SearchValues<char> PlainAscii = SearchValues.Create(
        " !#$%&'()*+,-./0123456789:;<=>?@ABCDEFGHIJKLMNOPQRSTUVWXYZ[]^_`abcdefghijklmnopqrstuvwxyz{|}~");

    private static readonly byte[] NullBytes = "null"u8.ToArray();
    private static readonly byte[] TrueBytes = "true"u8.ToArray();
    private static readonly byte[] FalseBytes = "false"u8.ToArray();
    private byte[] buffer;
    private int length;

    public ResultBuffer(int initialCapacity = 512)
    {
        buffer = ArrayPool<byte>.Shared.Rent(initialCapacity);
    }

    public int Position => length;

    public ReadOnlySpan<byte> WrittenSpan => buffer.AsSpan(0, length);

    /// <summary>Drops everything written after <paramref name="position"/>.</summary>
    public void Truncate(int position) => length = position;

    public void WriteByte(byte value)
    {
        if (length == buffer.Length)
        {
            Grow(1);
        }

        buffer[length++] = value;
    }

    public void WriteRaw(ReadOnlySpan<byte> bytes)
    {
        if (buffer.Length - length < bytes.Length)
        {
            Grow(bytes.Length);
        }

        bytes.CopyTo(buffer.AsSpan(length));
        length += bytes.Length;
    }

    public void Append(ResultBuffer other) => WriteRaw(other.WrittenSpan);

    public void WriteNull() => WriteRaw(NullBytes);

    public void WriteBoolean(bool value) => WriteRaw(value ? TrueBytes : FalseBytes);

    public void WriteInt64(long value)
    {
        var span = GetSpan(20);
        Utf8Formatter.TryFormat(value, span, out var written);
        length += written;
    }

    /// <summary>A finite double in the shortest form that reads back the same; JSON has no NaN or infinity, so those become null.</summary>
    public void WriteDouble(double value)
    {
        if (!double.IsFinite(value))
        {
            WriteNull();
            return;
        }

        if (value == Math.Floor(value) && Math.Abs(value) < 1e15)
        {
            // Integral values print as JavaScript prints them ("3", not "3E+00" or "3.0").
            WriteInt64((long)value);
            return;
        }

        var span = GetSpan(32);
        value.TryFormat(span, out var written, "R", CultureInfo.InvariantCulture);
        length += written;
    }

    public void WriteString(string value)
    {
        // Most strings are printable ASCII without quotes or backslashes: those are narrowed to bytes in one vectorized step.
        if (!value.AsSpan().ContainsAnyExcept(PlainAscii))
        {
            var plain = GetSpan(value.Length + 2);
            plain[0] = (byte)'"';
            Ascii.FromUtf16(value, plain[1..], out var narrowed);
            plain[narrowed + 1] = (byte)'"';
            length += narrowed + 2;
            return;
        }

        // Worst case: every UTF-16 unit becomes a six-byte \uXXXX escape, plus the quotes.
        var span = GetSpan((value.Length * 6) + 2);
        var at = 0;
        span[at++] = (byte)'"';
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            if (c < 0x80)
            {
                if (c >= 0x20 && c != '"' && c != '\\')
                {
                    span[at++] = (byte)c;
                    continue;
                }

                at += WriteEscape(span[at..], c);
                continue;
            }

            if (Rune.DecodeFromUtf16(value.AsSpan(i), out var rune, out var consumed) == OperationStatus.Done)
            {
                at += rune.EncodeToUtf8(span[at..]);
                i += consumed - 1;
            }
            else
            {
                // A lone surrogate has no UTF-8 form; the escape keeps the text valid JSON.
                at += WriteUnicodeEscape(span[at..], c);
            }
        }

        span[at++] = (byte)'"';
        length += at;
    }

    public byte[] ToArray() => WrittenSpan.ToArray();

    public void Dispose()
    {
        var rented = buffer;
        buffer = [];
        length = 0;
        if (rented.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(rented);
        }
    }

    private static int WriteEscape(Span<byte> span, char c)
    {
        byte shortForm = c switch
        {
            '"' => (byte)'"',
            '\\' => (byte)'\\',
            '\n' => (byte)'n',
            '\r' => (byte)'r',
            '\t' => (byte)'t',
            '\b' => (byte)'b',
            '\f' => (byte)'f',
            _ => 0,
        };
        if (shortForm != 0)
        {
            span[0] = (byte)'\\';
            span[1] = shortForm;
            return 2;
        }

        return WriteUnicodeEscape(span, c);
    }

    private static int WriteUnicodeEscape(Span<byte> span, char c)
    {
        span[0] = (byte)'\\';
        span[1] = (byte)'u';
        ((int)c).TryFormat(span[2..], out _, "x4", CultureInfo.InvariantCulture);
        return 6;
    }

    private Span<byte> GetSpan(int size)
    {
        if (buffer.Length - length < size)
        {
            Grow(size);
        }

        return buffer.AsSpan(length);
    }

    private void Grow(int needed)
    {
        var larger = ArrayPool<byte>.Shared.Rent(Math.Max(buffer.Length * 2, length + needed));
        buffer.AsSpan(0, length).CopyTo(larger);
        if (buffer.Length > 0)
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        buffer = larger;
    }
}
