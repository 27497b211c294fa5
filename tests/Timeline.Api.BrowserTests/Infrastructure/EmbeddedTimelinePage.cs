using OpenQA.Selenium;

namespace Timeline.Api.BrowserTests.Infrastructure;

/// <summary>
/// What a reader sees of a <c>&lt;timeline-view&gt;</c> (the embedded timeline's web component): its items on the
/// axis, the details panel, its status line; reached through the component's open shadow root.
/// </summary>
public sealed class EmbeddedTimelinePage(IWebDriver driver, CancellationToken cancellationToken)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    private IJavaScriptExecutor Script => (IJavaScriptExecutor)driver;

    /// <summary>Opens <paramref name="url"/> and waits until the component has drawn at least one event.</summary>
    public async Task OpenAsync(Uri url)
    {
        driver.Navigate().GoToUrl(url);
        await WaitForItemsAsync();
    }

    public Task WaitForItemsAsync() => Poll.UntilAsync(
        () => ItemTitles().Count > 0 ? "drawn" : null, Patience, "the timeline to draw its events", Status, cancellationToken);

    /// <summary>The titles of the items drawn on the axis.</summary>
    public IReadOnlyList<string> ItemTitles() =>
        ((IEnumerable<object>?)Script.ExecuteScript(
            "const view = document.querySelector('timeline-view');" +
            "return view && view.shadowRoot ? [...view.shadowRoot.querySelectorAll('.vis-item [data-event-id] .item-title')].map(e => e.textContent) : [];"))
        ?.Select(title => (string)title).ToList() ?? [];

    /// <summary>Waits until an item whose title contains <paramref name="title"/> is drawn; its element on the axis.</summary>
    public Task<IWebElement> WaitForItemAsync(string title) => Poll.UntilAsync(
        () => Script.ExecuteScript(
            "const view = document.querySelector('timeline-view');" +
            "const label = view && view.shadowRoot && [...view.shadowRoot.querySelectorAll('.vis-item [data-event-id]')].find(e => e.textContent.includes(arguments[0]));" +
            "return label ? label.closest('.vis-item') : null;", title) as IWebElement,
        Patience,
        $"an item titled \"{title}\" on the axis",
        () => string.Join(" | ", ItemTitles()) + " / " + Status(),
        cancellationToken);

    /// <summary>The event id an item stands for.</summary>
    public string EventIdOf(IWebElement item) =>
        (string)Script.ExecuteScript("return arguments[0].querySelector('[data-event-id]').getAttribute('data-event-id');", item)!;

    /// <summary>The details panel's text once it contains <paramref name="expected"/>.</summary>
    public Task<string> WaitForDetailsContainingAsync(string expected) => Poll.UntilAsync(
        () => Details().Contains(expected, StringComparison.Ordinal) ? Details() : null,
        Patience,
        $"the details panel to show \"{expected}\"",
        Details,
        cancellationToken);

    /// <summary>
    /// The item's drawn extent against the axis, in pixels: its left edge and width, where the axis puts
    /// <paramref name="from"/> (local midnight), and how many pixels a day takes at the current zoom.
    /// </summary>
    public ItemGeometry Measure(IWebElement item, DateOnly from)
    {
        var values = (IDictionary<string, object>)Script.ExecuteScript(
            """
            const [item, year, month, day] = arguments;
            const view = document.querySelector('timeline-view');
            const center = view.shadowRoot.querySelector('.vis-panel.vis-center').getBoundingClientRect();
            const window = view.timeline.getWindow();
            const pixelsPerMs = center.width / (window.end.getTime() - window.start.getTime());
            const box = item.getBoundingClientRect();
            const axisX = center.left + (new Date(year, month - 1, day).getTime() - window.start.getTime()) * pixelsPerMs;
            return { left: box.left, width: box.width, axisX, pixelsPerDay: pixelsPerMs * 86400000 };
            """,
            item, from.Year, from.Month, from.Day)!;
        double Number(string name) => Convert.ToDouble(values[name], System.Globalization.CultureInfo.InvariantCulture);
        return new ItemGeometry(Number("left"), Number("width"), Number("axisX"), Number("pixelsPerDay"));
    }

    public string Status() => (string?)Script.ExecuteScript(
        "const view = document.querySelector('timeline-view'); const status = view && view.shadowRoot && view.shadowRoot.querySelector('.status'); return status ? status.textContent : '(no component)';") ?? "";

    public string Details() => (string?)Script.ExecuteScript(
        "const view = document.querySelector('timeline-view'); const details = view && view.shadowRoot && view.shadowRoot.querySelector('.details'); return details && !details.hidden ? details.innerText : '';") ?? "";

    public byte[] Screenshot() => ((ITakesScreenshot)driver).GetScreenshot().AsByteArray;
}

/// <summary>Where an item is drawn, and where the axis says its first day begins, in CSS pixels.</summary>
public sealed record ItemGeometry(double Left, double Width, double AxisX, double PixelsPerDay);
