using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;

namespace Timeline.Api.BrowserTests.Infrastructure;

/// <summary>
/// What an analyst does in the graph explorer (<c>/explore</c>): search, pick a result, click nodes on the canvas,
/// press the details panel's buttons. What is drawn is read from cytoscape's model (<c>window.timelineExplorer.cy</c>).
/// </summary>
public sealed class ExplorerBrowserPage(IWebDriver driver, CancellationToken cancellationToken)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);

    private IJavaScriptExecutor Script => (IJavaScriptExecutor)driver;

    /// <summary>Opens <c>/explore</c> with the query string given (such as <c>?cap=4</c>) and waits for its script.</summary>
    public async Task OpenAsync(Uri address, string query = "")
    {
        driver.Navigate().GoToUrl(new Uri(address, "/explore" + query));
        await Poll.UntilAsync(
            () => Script.ExecuteScript("return typeof window.timelineExplorer === 'object' && window.timelineExplorer.idle();") is true ? "ready" : null,
            Patience, "the explorer's script to start", StatusText, cancellationToken);
    }

    /// <summary>
    /// Types the words into the search box, submits, clicks the result of that kind whose text contains
    /// <paramref name="name"/>, and waits until it is drawn and selected. Returns its id.
    /// </summary>
    public async Task<string> SearchAndPickAsync(string words, string name, string kind)
    {
        var box = driver.FindElement(By.Id("search-text"));
        box.Clear();
        box.SendKeys(words);
        box.SendKeys(Keys.Enter);
        var result = await Poll.UntilAsync(
            () => driver.FindElements(By.CssSelector($"#search-results button.result.{kind}")).FirstOrDefault(b => b.Text.Contains(name, StringComparison.Ordinal)),
            Patience, $"a {kind} result named {name}", ResultsText, cancellationToken);
        var id = result.GetAttribute("data-id") ?? throw new InvalidOperationException("A search result carries no data-id.");
        result.Click();
        await WaitUntilAsync($"return window.timelineExplorer.idle() && window.timelineExplorer.cy.$id({Js(id)}).selected();", $"{name} to be drawn and selected");
        return id;
    }

    /// <summary>Clicks a node where it is drawn on the canvas, as a person would.</summary>
    public void ClickNode(string id)
    {
        var graph = driver.FindElement(By.Id("graph"));
        var position = (IReadOnlyCollection<object>)Script.ExecuteScript(
            $"const p = window.timelineExplorer.cy.$id({Js(id)}).renderedPosition(); return [p.x, p.y];")!;
        var (x, y) = (Convert.ToDouble(position.First(), System.Globalization.CultureInfo.InvariantCulture), Convert.ToDouble(position.Last(), System.Globalization.CultureInfo.InvariantCulture));
        // Selenium offsets from the element's centre; cytoscape's rendered positions are from the canvas' top left.
        new Actions(driver)
            .MoveToElement(graph, (int)Math.Round(x - graph.Size.Width / 2.0), (int)Math.Round(y - graph.Size.Height / 2.0))
            .Click()
            .Perform();
    }

    public void PressButton(string id) => driver.FindElement(By.Id(id)).Click();

    /// <summary>Focuses a control and presses a key on it, as a keyboard user would (Home and End move a slider to its ends).</summary>
    public void PressKey(string id, string key) => driver.FindElement(By.Id(id)).SendKeys(key);

    public string Text(string id) => driver.FindElement(By.Id(id)).Text;

    /// <summary>Runs a script that returns a boolean, as of now.</summary>
    public bool Evaluate(string script) => Script.ExecuteScript(script) is true;

    public Task WaitUntilAsync(string condition, string awaited) => Poll.UntilAsync(
        () => Script.ExecuteScript(condition) is true ? "done" : null, Patience, awaited, StatusText, cancellationToken);

    /// <summary>The ids of the drawn elements a cytoscape selector picks, such as <c>node</c> or <c>edge.path</c>.</summary>
    public IReadOnlyList<string> Ids(string selector) =>
        ((IReadOnlyCollection<object>)Script.ExecuteScript($"return window.timelineExplorer.cy.$({Js(selector)}).map(e => e.id());")!)
            .Select(id => (string)id).ToList();

    /// <summary>The id of a neighbour of <paramref name="id"/> that a selector picks, such as <c>node.event</c>.</summary>
    public string Neighbour(string id, string selector) =>
        (string?)Script.ExecuteScript($"const n = window.timelineExplorer.cy.$id({Js(id)}).neighborhood({Js(selector)}); return n.empty() ? null : n[0].id();")
        ?? throw new InvalidOperationException($"{id} has no neighbour {selector} drawn: {StatusText()}");

    public byte[] Screenshot() => ((ITakesScreenshot)driver).GetScreenshot().AsByteArray;

    public string StatusText() => driver.FindElements(By.Id("status")).FirstOrDefault()?.Text ?? "(no status line)";

    private string ResultsText() => driver.FindElements(By.Id("search-results")).FirstOrDefault()?.Text + " / " + StatusText();

    /// <summary>A string as a JavaScript literal.</summary>
    public static string Js(string value) => System.Text.Json.JsonSerializer.Serialize(value);
}
