using System.Globalization;

namespace Timeline.Neo4j.QueryApi;

/// <summary>
/// Float text as typed JSON carries it: decimal or scientific notation, plus NaN, Infinity and -Infinity.
/// The docs spell NaN as "Nan" in one place, so the special words are matched without regard to case.
/// </summary>
internal static class Neo4jFloatText
{
    public static string Format(double value) => value switch
    {
        double.PositiveInfinity => "Infinity",
        double.NegativeInfinity => "-Infinity",
        _ when double.IsNaN(value) => "NaN",
        _ => value.ToString("R", CultureInfo.InvariantCulture),
    };

    public static double Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var unsigned = text.TrimStart('+', '-');
        var negative = text.StartsWith('-');
        if (unsigned.Equals("NaN", StringComparison.OrdinalIgnoreCase))
        {
            return double.NaN;
        }

        if (unsigned.Equals("Infinity", StringComparison.OrdinalIgnoreCase)
            || unsigned.Equals("Inf", StringComparison.OrdinalIgnoreCase))
        {
            return negative ? double.NegativeInfinity : double.PositiveInfinity;
        }

        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value))
        {
            throw new FormatException($"'{text}' is not a float (decimal, scientific, NaN or Infinity).");
        }

        return value;
    }
}
