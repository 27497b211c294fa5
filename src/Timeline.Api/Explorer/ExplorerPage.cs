namespace Timeline.Api.Explorer;

/// <summary>The explorer's page: the toolbar, the results list, the graph canvas, the details panel and the status line.</summary>
/// <remarks>Kept in the assembly as text, so <c>dotnet run</c>, tests and a published folder serve the same bytes.</remarks>
internal static class ExplorerPage
{
    public const string Html = """
        <!doctype html>
        <html lang="en">
        <head>
          <meta charset="utf-8">
          <meta name="viewport" content="width=device-width, initial-scale=1">
          <title>Timeline explorer</title>
          <!-- Relative links: the page is /explore, so these resolve under any path base. Nothing comes from a CDN. -->
          <link rel="stylesheet" href="explore/explorer.css">
          <script src="_vendor/cytoscape/dist/cytoscape.min.js" defer></script>
          <script src="explore/explorer.js" defer></script>
        </head>
        <body>
          <header class="toolbar">
            <h1>Timeline explorer</h1>
            <form id="search-form" role="search">
              <label for="search-text">Find an entity or an event</label>
              <input id="search-text" name="text" type="search" autocomplete="off" placeholder="Soleimani, Iraqi parliament…">
              <button type="submit">Search</button>
            </form>
            <fieldset class="time-window">
              <legend>Time window</legend>
              <label for="window-from">From</label>
              <input id="window-from" type="range" min="0" max="0" value="0" step="1">
              <output id="window-from-label" for="window-from">—</output>
              <label for="window-to">to</label>
              <input id="window-to" type="range" min="0" max="0" value="0" step="1">
              <output id="window-to-label" for="window-to">—</output>
            </fieldset>
            <div class="view-controls">
              <button id="fit" type="button">Fit to screen</button>
              <button id="clear" type="button">Clear</button>
            </div>
          </header>
          <main class="layout">
            <nav class="results" aria-label="Search results and drawn nodes">
              <h2 id="results-heading">Results</h2>
              <ul id="search-results"></ul>
              <h2 id="drawn-heading">Drawn <span id="drawn-count"></span></h2>
              <ul id="drawn-nodes" aria-labelledby="drawn-heading"></ul>
            </nav>
            <div id="graph" role="application" tabindex="0"
                 aria-label="Graph of events and entities. Click a node to expand its neighbourhood; shift-click two entities to highlight the shortest paths between them. The details panel repeats every action as a button."></div>
            <aside id="details" aria-label="Details" aria-live="polite">
              <p>Search for an entity, or click a node, to see its details.</p>
            </aside>
          </main>
          <footer class="footer">
            <p id="status" role="status" aria-live="polite"></p>
            <ul class="legend" aria-label="Legend">
              <li><span class="swatch person"></span>person</li>
              <li><span class="swatch organization"></span>organization</li>
              <li><span class="swatch place"></span>place</li>
              <li><span class="swatch event"></span>event</li>
              <li><span class="swatch article"></span>article</li>
              <li><span class="swatch more"></span>more links than drawn</li>
              <li><span class="swatch path"></span>shortest path</li>
            </ul>
          </footer>
        </body>
        </html>
        """;
}
