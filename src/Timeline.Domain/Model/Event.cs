using System.Diagnostics.CodeAnalysis;
using Timeline.Domain.Time;

namespace Timeline.Domain.Model;

/// <summary>A canonical event: one real-world happening however many articles report it.</summary>
/// <param name="Id">Stable canonical id.</param>
/// <param name="Type">Lower-case type such as "airstrike" or "vote".</param>
/// <param name="Title">The title most reports use.</param>
/// <param name="Summary">A short summary, if any.</param>
/// <param name="When">When it happened, at the precision the sources support.</param>
/// <param name="PlaceId">The place entity, if any.</param>
/// <param name="Tags">Free tags, ordinal order.</param>
/// <param name="SourceCount">How many distinct articles report it.</param>
[SuppressMessage("Naming", "CA1716", Justification = "Event is the domain's own word; the model is consumed from C# only.")]
public sealed record Event(
    string Id,
    string Type,
    string Title,
    string? Summary,
    TimePoint When,
    string? PlaceId,
    IReadOnlyList<string> Tags,
    int SourceCount);
