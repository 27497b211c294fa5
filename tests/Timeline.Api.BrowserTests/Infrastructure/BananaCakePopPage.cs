using OpenQA.Selenium;
using OpenQA.Selenium.Interactions;

namespace Timeline.Api.BrowserTests.Infrastructure;

/// <summary>What a person does in Banana Cake Pop, in terms of what they see: buttons by their text, editors by their place.</summary>
public sealed class BananaCakePopPage(IWebDriver driver, CancellationToken cancellationToken)
{
    private static readonly TimeSpan Patience = TimeSpan.FromSeconds(60);

    /// <summary>
    /// Opens the IDE and waits for its service worker to take control: the page reloads itself at that moment, so
    /// the test loads it once more, controlled from the start, before it touches anything.
    /// </summary>
    public async Task OpenAsync(Uri address)
    {
        var page = new Uri(address, "/graphql");
        driver.Navigate().GoToUrl(page);
        await Poll.UntilAsync(
            () => ((IJavaScriptExecutor)driver).ExecuteScript("return !('serviceWorker' in navigator) || navigator.serviceWorker.controller !== null;") is true ? "controlled" : null,
            Patience,
            "the IDE's service worker to take control of the page",
            BodyText,
            cancellationToken);
        driver.Navigate().GoToUrl(page);
    }

    /// <summary>Clicks "Create Document" until an editor opens (the button can render before the app listens to it).</summary>
    public async Task CreateDocumentAsync()
    {
        await Poll.UntilAsync(() =>
        {
            if (Editors().Count > 0) return "open";
            ButtonWithText("Create Document")?.Click();
            return null;
        }, Patience, "the \"Create Document\" button to open an editor", BodyText, cancellationToken);
    }

    /// <summary>Waits until the IDE has read the schema from the endpoint.</summary>
    public Task WaitForSchemaAsync() => Poll.UntilAsync(
        () => BodyText().Contains("Schema available", StringComparison.Ordinal) ? "loaded" : null,
        Patience,
        "the status bar to say \"Schema available\"",
        BodyText,
        cancellationToken);

    /// <summary>Replaces the operation in the request editor by typing <paramref name="operation"/> into it.</summary>
    public async Task TypeOperationAsync(string operation)
    {
        var request = Editors()[0];
        request.FindElement(By.CssSelector(".view-lines")).Click();
        new Actions(driver)
            .KeyDown(Keys.Control).SendKeys("a").KeyUp(Keys.Control)
            .SendKeys(Keys.Backspace)
            .SendKeys(operation)
            .Perform();
        // The editor closes brackets as one types and types over them: what it shows must be the operation.
        await Poll.UntilAsync(
            () => Compact(EditorText(Editors()[0])) == Compact(operation) ? "typed" : null,
            TimeSpan.FromSeconds(10),
            $"the request editor to show {operation}",
            () => EditorText(Editors()[0]),
            cancellationToken);
    }

    public void Run() => (ButtonWithText("Run") ?? throw new InvalidOperationException("No \"Run\" button on the page: " + BodyText())).Click();

    /// <summary>The response editor's text once it contains <paramref name="expected"/>.</summary>
    public Task<string> WaitForResponseContainingAsync(string expected) => Poll.UntilAsync(() =>
    {
        var response = ResponseText();
        return response.Contains(expected, StringComparison.Ordinal) ? response : null;
    }, Patience, $"the response to contain \"{expected}\"", ResponseText, cancellationToken);

    public byte[] Screenshot() => ((ITakesScreenshot)driver).GetScreenshot().AsByteArray;

    /// <summary>The response editor is the one in the right-hand pane.</summary>
    private string ResponseText()
    {
        var editors = Editors();
        return editors.Count > 1 ? EditorText(editors.MaxBy(editor => editor.Location.X)!) : "(no response editor)";
    }

    private System.Collections.ObjectModel.ReadOnlyCollection<IWebElement> Editors() => driver.FindElements(By.CssSelector(".monaco-editor"));

    private IWebElement? ButtonWithText(string text) =>
        driver.FindElements(By.XPath($"//button[normalize-space()='{text}']")).FirstOrDefault(button => button.Displayed && button.Enabled);

    private string BodyText() => driver.FindElement(By.TagName("body")).Text;

    private static string EditorText(IWebElement editor) =>
        editor.FindElement(By.CssSelector(".view-lines")).Text.Replace('\u00a0', ' ');

    private static string Compact(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
