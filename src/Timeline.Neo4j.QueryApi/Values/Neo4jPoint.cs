using System.Globalization;
using System.Text.RegularExpressions;

namespace Timeline.Neo4j.QueryApi;

/// <summary>
/// Cypher POINT as Neo4j's typed JSON writes it (extended WKT, e.g. <c>SRID=4326;POINT (13.4 52.5)</c>).
/// SRIDs: 7203 Cartesian 2D, 9157 Cartesian 3D, 4326 WGS-84 2D, 4979 WGS-84 3D.
/// </summary>
public readonly partial record struct Neo4jPoint(int Srid, double X, double Y, double? Z = null)
{
    public const int Wgs84Srid = 4326;
    public const int Wgs84Srid3D = 4979;
    public const int CartesianSrid = 7203;
    public const int CartesianSrid3D = 9157;

    /// <summary>A WGS-84 point; note that X is the longitude and Y the latitude.</summary>
    public static Neo4jPoint Wgs84(double longitude, double latitude) => new(Wgs84Srid, longitude, latitude);

    public static Neo4jPoint Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var match = WktPattern().Match(text);
        if (!match.Success)
        {
            throw new FormatException($"'{text}' is not a point such as 'SRID=7203;POINT (1.2 3.4)'.");
        }

        var hasZ = match.Groups["z"].Success;
        if (match.Groups["zflag"].Success && !hasZ)
        {
            throw new FormatException($"'{text}' says POINT Z but gives only two coordinates.");
        }

        return new Neo4jPoint(
            int.Parse(match.Groups["srid"].Value, CultureInfo.InvariantCulture),
            Neo4jFloatText.Parse(match.Groups["x"].Value),
            Neo4jFloatText.Parse(match.Groups["y"].Value),
            hasZ ? Neo4jFloatText.Parse(match.Groups["z"].Value) : null);
    }

    public override string ToString() => Z is { } z
        ? $"SRID={Srid.ToString(CultureInfo.InvariantCulture)};POINT Z ({Neo4jFloatText.Format(X)} {Neo4jFloatText.Format(Y)} {Neo4jFloatText.Format(z)})"
        : $"SRID={Srid.ToString(CultureInfo.InvariantCulture)};POINT ({Neo4jFloatText.Format(X)} {Neo4jFloatText.Format(Y)})";

    [GeneratedRegex(
        @"^SRID=(?<srid>\d+);\s*POINT\s*(?<zflag>Z\s*)?\(\s*(?<x>[^\s()]+)\s+(?<y>[^\s()]+)(?:\s+(?<z>[^\s()]+))?\s*\)$",
        RegexOptions.CultureInvariant | RegexOptions.IgnoreCase)]
    private static partial Regex WktPattern();
}
