using Timeline.Domain.Time;

namespace Timeline.Ingestion.Time;

/// <summary>Every time expression of one document, resolved or failed, looked up by path or by event and relation index.</summary>
public sealed class DocumentTimes
{
    private readonly Dictionary<string, TimePointResult> _byPath;

    internal DocumentTimes(IReadOnlyList<ResolvedTime> times, IReadOnlyDictionary<string, TimePoint> eventTimes)
    {
        Times = times;
        EventTimes = eventTimes;
        _byPath = times.ToDictionary(t => t.Path, t => t.Result, StringComparer.Ordinal);
    }

    /// <summary>Each expression's outcome, in the order of the slots given.</summary>
    public IReadOnlyList<ResolvedTime> Times { get; }

    /// <summary>The resolved time of each event, by event key (events that failed or share a key are absent).</summary>
    public IReadOnlyDictionary<string, TimePoint> EventTimes { get; }

    /// <summary>The expressions that could not be resolved, with their paths and reasons.</summary>
    public IEnumerable<ResolvedTime> Failures => Times.Where(t => !t.Result.Succeeded);

    /// <summary>The outcome at <paramref name="path"/>, or null when no expression sits there.</summary>
    public TimePointResult? At(string path) => _byPath.GetValueOrDefault(path);

    /// <summary>The outcome of the <c>when</c> of event <paramref name="index"/>.</summary>
    public TimePointResult Event(int index) =>
        At(TimeSlot.EventWhenPath(index)) ?? throw new ArgumentOutOfRangeException(nameof(index), index, "No such event.");

    /// <summary>The outcome of the <c>start</c> of relation <paramref name="index"/>, or null when it has none.</summary>
    public TimePointResult? RelationStart(int index) => At(TimeSlot.RelationStartPath(index));

    /// <summary>The outcome of the <c>end</c> of relation <paramref name="index"/>, or null when it has none.</summary>
    public TimePointResult? RelationEnd(int index) => At(TimeSlot.RelationEndPath(index));
}
