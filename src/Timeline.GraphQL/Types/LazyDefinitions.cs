namespace Timeline.GraphQL.Types;

/// <summary>
/// Definitions given as a thunk so that types can refer to each other in cycles; the thunk runs once,
/// on first use, under a lock so that every reader sees the same instances.
/// </summary>
internal sealed class LazyDefinitions<T>(Func<IEnumerable<T>> thunk, Func<T, string> nameOf)
    where T : class
{
    private readonly Lock gate = new();
    private Func<IEnumerable<T>>? thunk = thunk;
    private DefinitionLookup<T>? lookup;

    public DefinitionLookup<T> Value => lookup ?? Initialize();

    private DefinitionLookup<T> Initialize()
    {
        lock (gate)
        {
            if (lookup is null)
            {
                lookup = new DefinitionLookup<T>(thunk!() ?? [], nameOf);
                thunk = null;
            }

            return lookup;
        }
    }
}
