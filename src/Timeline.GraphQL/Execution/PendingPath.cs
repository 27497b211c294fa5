using Timeline.GraphQL.Types;

namespace Timeline.GraphQL.Execution;

/// <summary>
/// A response path not yet built: its parent and last segment. Leaf fields rarely need their path (only for errors),
/// so it is made into a <see cref="ResponsePath"/> only when asked for.
/// </summary>
internal readonly struct PendingPath(ResponsePath? parent, string? key, int index)
{
    public PendingPath(ResponsePath? parent, string key)
        : this(parent, key, 0)
    {
    }

    public ResponsePath Build() =>
        key is not null
            ? parent is null ? ResponsePath.Root(key) : parent.Append(key)
            : parent!.Append(index);
}
