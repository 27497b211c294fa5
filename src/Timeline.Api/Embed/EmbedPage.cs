using System.Net;
using System.Text;
using Timeline.Api.Web;

namespace Timeline.Api.Embed;

/// <summary>
/// Renders <c>/embed/timeline</c>: the page template with the validated parameters written as the attributes of its
/// <c>&lt;timeline-view&gt;</c>, so the page and the web component share one renderer and one set of options.
/// </summary>
internal static class EmbedPage
{
    public const string TemplateResource = "Timeline.Api.Embed.timeline.html";

    public static string Render(TimelineParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var template = Encoding.UTF8.GetString(EmbeddedAssets.Read(TemplateResource).Span);
        return template
            .Replace("{{theme}}", parameters.Theme, StringComparison.Ordinal)
            .Replace("{{attributes}}", Attributes(parameters), StringComparison.Ordinal);
    }

    /// <summary>The component's attributes, HTML-encoded; lists are comma-joined as the attributes take them.</summary>
    public static string Attributes(TimelineParameters parameters)
    {
        ArgumentNullException.ThrowIfNull(parameters);
        var filter = parameters.Filter;
        var attributes = new List<(string Name, string? Value)>
        {
            ("entities", Join(filter.EntityIds)),
            ("types", Join(filter.Types)),
            ("places", Join(filter.PlaceIds)),
            ("tags", Join(filter.Tags)),
            ("from", filter.From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("to", filter.To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture)),
            ("min-sources", filter.MinSources?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            ("theme", parameters.Theme),
            ("height", parameters.Height),
        };
        return string.Join(' ', attributes.Where(a => a.Value is not null).Select(a => $"{a.Name}=\"{WebUtility.HtmlEncode(a.Value)}\""));
    }

    private static string? Join(IReadOnlyList<string>? values) => values is { Count: > 0 } ? string.Join(',', values) : null;
}
