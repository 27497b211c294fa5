using System.Globalization;

namespace Timeline.GraphQL.Types;

/// <summary>
/// An immutable path into the response (field names and list indexes), linked to its parent so that
/// extending it costs one small object and no copying.
/// </summary>
public sealed class ResponsePath
{
    private readonly string? name;
    private readonly int index;

    private ResponsePath(ResponsePath? parent, string? name, int index)
    {
        Parent = parent;
        this.name = name;
        this.index = index;
    }

    public ResponsePath? Parent { get; }

    /// <summary>The field's response name, or null for a list index.</summary>
    public string? Name => name;

    /// <summary>The list index; meaningful when <see cref="Name"/> is null.</summary>
    public int Index => index;

    /// <summary>The segment as graphql-js has it: a string or an int.</summary>
    public object Key => name ?? (object)index;

    public static ResponsePath Root(string responseName) => new(null, responseName ?? throw new ArgumentNullException(nameof(responseName)), 0);

    public ResponsePath Append(string responseName) => new(this, responseName ?? throw new ArgumentNullException(nameof(responseName)), 0);

    public ResponsePath Append(int listIndex) => new(this, null, listIndex);

    /// <summary>The segments from the root, each a string or a boxed int.</summary>
    public IReadOnlyList<object> ToList()
    {
        var depth = 0;
        for (var p = this; p is not null; p = p.Parent)
        {
            depth++;
        }

        var segments = new object[depth];
        var i = depth;
        for (var p = this; p is not null; p = p.Parent)
        {
            segments[--i] = p.Key;
        }

        return segments;
    }

    public override string ToString() =>
        string.Join(".", ToList().Select(s => s is int i ? i.ToString(CultureInfo.InvariantCulture) : (string)s));
}
