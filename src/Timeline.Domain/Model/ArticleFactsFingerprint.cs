using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using Timeline.Domain.Time;

namespace Timeline.Domain.Model;

/// <summary>
/// A SHA-256 fingerprint of an article's facts (everything but the content hash itself), so the store
/// can tell an unchanged re-delivery from a new version without comparing row by row.
/// </summary>
public static class ArticleFactsFingerprint
{
    /// <summary>Computes the lower-case hex fingerprint of the facts.</summary>
    public static string Compute(ArticleFacts facts)
    {
        ArgumentNullException.ThrowIfNull(facts);
        var text = new StringBuilder(1024);
        var a = facts.Article;
        Add(text, a.Id); Add(text, a.Url); Add(text, a.Title); Add(text, a.Publisher);
        Add(text, a.Published.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); Add(text, a.Language);
        foreach (var e in facts.Entities)
        {
            Add(text, "entity"); Add(text, e.Key); Add(text, EntityKinds.Name(e.Kind)); Add(text, e.Name);
            AddList(text, e.Aliases); Add(text, e.Description);
            foreach (var pair in e.ExternalIds.OrderBy(p => p.Key, StringComparer.Ordinal)) { Add(text, pair.Key); Add(text, pair.Value); }
            AddList(text, e.SameAs); Add(text, e.Quote);
        }
        foreach (var e in facts.Events)
        {
            Add(text, "event"); Add(text, e.Key); Add(text, e.Type); Add(text, e.Title); Add(text, e.Summary);
            AddTime(text, e.When); Add(text, e.PlaceKey); AddList(text, e.Tags); Add(text, e.Quote);
        }
        foreach (var p in facts.Participations)
        {
            Add(text, "participation"); Add(text, p.EventKey); Add(text, p.EntityKey); Add(text, p.Role); Add(text, p.Quote);
        }
        foreach (var r in facts.Relations)
        {
            Add(text, "relation"); Add(text, r.Type); Add(text, r.Ends.ToString()); Add(text, r.SubjectKey); Add(text, r.ObjectKey);
            AddTime(text, r.Start); AddTime(text, r.End); Add(text, r.Quote);
        }
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }

    // Length prefixes keep the encoding unambiguous: ("ab","c") and ("a","bc") differ.
    private static void Add(StringBuilder text, string? value) =>
        text.Append(value is null ? "-1" : value.Length.ToString(CultureInfo.InvariantCulture)).Append(':').Append(value).Append('|');

    private static void AddList(StringBuilder text, IReadOnlyList<string> values)
    {
        Add(text, values.Count.ToString(CultureInfo.InvariantCulture));
        foreach (var v in values) Add(text, v);
    }

    private static void AddTime(StringBuilder text, TimePoint? time)
    {
        if (time is null) { Add(text, null); return; }
        Add(text, time.Value); Add(text, time.Precision.ToString());
        Add(text, time.Earliest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        Add(text, time.Latest.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)); Add(text, time.Text);
    }
}
