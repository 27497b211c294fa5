namespace Timeline.GraphQL.Language;

/// <summary>
/// One growing buffer shared by every list the parser builds: items are pushed above a mark and popped
/// into an exactly sized array, so a list costs one allocation instead of a List plus its copy.
/// </summary>
internal sealed class NodeStack
{
    private SyntaxNode[] _items = new SyntaxNode[32];
    private int _count;

    public int Mark => _count;

    public void Push(SyntaxNode node)
    {
        if (_count == _items.Length)
        {
            Array.Resize(ref _items, _items.Length * 2);
        }

        _items[_count++] = node;
    }

    /// <summary>The items pushed since <paramref name="mark"/>, in order; empty lists share one instance.</summary>
    public T[] PopFrom<T>(int mark)
        where T : SyntaxNode
    {
        var count = _count - mark;
        if (count == 0)
        {
            return [];
        }

        var result = new T[count];
        for (var i = 0; i < count; i++)
        {
            result[i] = (T)_items[mark + i];
        }

        // The parser is short-lived, so popped slots are not cleared; they are overwritten or die with it.
        _count = mark;
        return result;
    }
}
