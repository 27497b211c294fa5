using Timeline.Domain.Model;
using Timeline.Domain.Time;

namespace Timeline.Export;

/// <summary>The file's names for enum values, shared by the writers and the reader.</summary>
public static class ExportNames
{
    public static string Ends(RelationEnds ends) => ends == RelationEnds.Events ? "events" : "entities";

    public static bool TryParseEnds(string name, out RelationEnds ends)
    {
        ends = name == "events" ? RelationEnds.Events : RelationEnds.Entities;
        return name is "events" or "entities";
    }

    public static string Decision(MergeDecision decision) => decision == MergeDecision.Same ? "same" : "different";

    public static bool TryParseDecision(string name, out MergeDecision decision)
    {
        decision = name == "same" ? MergeDecision.Same : MergeDecision.Different;
        return name is "same" or "different";
    }

    public static string Precision(DatePrecision precision) => precision switch
    {
        DatePrecision.Day => "day",
        DatePrecision.Week => "week",
        DatePrecision.Month => "month",
        DatePrecision.Quarter => "quarter",
        DatePrecision.Year => "year",
        _ => throw new ArgumentOutOfRangeException(nameof(precision), precision, "Unknown precision."),
    };

    public static bool TryParsePrecision(string name, out DatePrecision precision)
    {
        (var known, precision) = name switch
        {
            "day" => (true, DatePrecision.Day),
            "week" => (true, DatePrecision.Week),
            "month" => (true, DatePrecision.Month),
            "quarter" => (true, DatePrecision.Quarter),
            "year" => (true, DatePrecision.Year),
            _ => (false, DatePrecision.Day),
        };
        return known;
    }
}
