using System.Globalization;

namespace Timeline.Neo4j.QueryApi;

/// <summary>One result row: values in the order of the result's fields.</summary>
public sealed class Neo4jRecord
{
    private readonly IReadOnlyList<string> _fields;

    public Neo4jRecord(IReadOnlyList<string> fields, IReadOnlyList<object?> values)
    {
        ArgumentNullException.ThrowIfNull(fields);
        ArgumentNullException.ThrowIfNull(values);
        if (fields.Count != values.Count)
        {
            throw new ArgumentException($"A row has {values.Count} values for {fields.Count} fields.", nameof(values));
        }

        _fields = fields;
        Values = values;
    }

    public IReadOnlyList<object?> Values { get; }

    public object? this[int index] => Values[index];

    public object? this[string field] => Values[IndexOf(field)];

    /// <summary>The value of <paramref name="field"/> as <typeparamref name="T"/>, failing clearly on a mismatch.</summary>
    public T Get<T>(string field)
    {
        var value = this[field];
        return value switch
        {
            T typed => typed,
            null when default(T) is null => default!,
            _ => throw new InvalidCastException(string.Create(
                CultureInfo.InvariantCulture,
                $"Field '{field}' holds {value?.GetType().Name ?? "null"}, not {typeof(T).Name}.")),
        };
    }

    private int IndexOf(string field)
    {
        for (var i = 0; i < _fields.Count; i++)
        {
            if (_fields[i] == field)
            {
                return i;
            }
        }

        throw new KeyNotFoundException($"The result has no field '{field}'; it has {string.Join(", ", _fields)}.");
    }
}
