namespace Timeline.Domain.Time;

/// <summary>How precisely a point in time is known, finest first.</summary>
public enum DatePrecision
{
    Day,
    Week,
    Month,
    Quarter,
    Year,
}
