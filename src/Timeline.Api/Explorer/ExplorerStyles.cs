namespace Timeline.Api.Explorer;

/// <summary>The explorer's styles: light and dark themes as CSS variables, which the graph's style reads as well.</summary>
/// <remarks>Kept in the assembly as text, so <c>dotnet run</c>, tests and a published folder serve the same bytes.</remarks>
internal static class ExplorerStyles
{
    // The dark theme, chosen by the system (unless ?theme=light) or by ?theme=dark.
    private const string DarkPalette = """
          --background: #14171c;
          --surface: #1f242c;
          --text: #e6e9ef;
          --muted: #a3acba;
          --border: #3a414d;
          --accent: #58a6ff;
          --edge: #5f6877;
          --path: #ff922b;
          --more: #b197fc;
          --error: #ff8787;
          --kind-person: #4dabf7;
          --kind-organization: #69db7c;
          --kind-place: #ffa94d;
          --kind-event: #da77f2;
          --kind-article: #ced4da;
          --kind-entity: #868e96;
        """;

    public const string Css = $$"""
        /* Colours are variables: the light theme, the dark one (system or ?theme=dark), and the graph reads them too. */
        :root {
          color-scheme: light dark;
          --background: #ffffff;
          --surface: #f4f5f7;
          --text: #1d2430;
          --muted: #5b6576;
          --border: #c9ced8;
          --accent: #1f6feb;
          --edge: #9aa3b2;
          --path: #d9480f;
          --more: #7048e8;
          --error: #c92a2a;
          --kind-person: #1c7ed6;
          --kind-organization: #2b8a3e;
          --kind-place: #e8590c;
          --kind-event: #ae3ec9;
          --kind-article: #868e96;
          --kind-entity: #adb5bd;
        }

        @media (prefers-color-scheme: dark) {
          :root:not([data-theme="light"]) {
        {{DarkPalette}}
          }
        }

        :root[data-theme="dark"] {
        {{DarkPalette}}
        }

        * { box-sizing: border-box; }

        html, body {
          margin: 0;
          height: 100%;
          background: var(--background);
          color: var(--text);
          font: 14px/1.4 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
        }

        body {
          display: grid;
          grid-template-rows: auto 1fr auto;
        }

        button, .button, input {
          font: inherit;
          color: inherit;
        }

        button, .button {
          background: var(--surface);
          border: 1px solid var(--border);
          border-radius: 4px;
          padding: 3px 10px;
          cursor: pointer;
          text-decoration: none;
          display: inline-block;
        }

        button:hover, .button:hover { border-color: var(--accent); }

        :focus-visible {
          outline: 2px solid var(--accent);
          outline-offset: 2px;
        }

        button.link {
          background: none;
          border: none;
          padding: 0;
          color: var(--accent);
          text-decoration: underline;
        }

        a { color: var(--accent); }

        .toolbar {
          display: flex;
          flex-wrap: wrap;
          align-items: center;
          gap: 8px 20px;
          padding: 8px 16px;
          border-bottom: 1px solid var(--border);
          background: var(--surface);
        }

        .toolbar h1 {
          font-size: 18px;
          margin: 0;
        }

        .toolbar form, .time-window, .view-controls {
          display: flex;
          align-items: center;
          gap: 6px;
        }

        .toolbar input[type="search"] {
          width: 18em;
          padding: 3px 6px;
          background: var(--background);
          border: 1px solid var(--border);
          border-radius: 4px;
        }

        .time-window {
          border: 1px solid var(--border);
          border-radius: 4px;
          padding: 2px 8px 4px;
          margin: 0;
        }

        .time-window legend {
          font-size: 12px;
          color: var(--muted);
        }

        .time-window output {
          min-width: 6.5em;
          font-variant-numeric: tabular-nums;
        }

        .layout {
          display: grid;
          grid-template-columns: 16em 1fr 24em;
          min-height: 0;
        }

        .results, #details {
          overflow: auto;
          padding: 8px 12px;
        }

        .results {
          border-right: 1px solid var(--border);
        }

        .results h2 {
          font-size: 14px;
          margin: 12px 0 8px;
          color: var(--muted);
        }

        .results ul, .legend {
          list-style: none;
          margin: 0;
          padding: 0;
        }

        .results li { margin-bottom: 4px; }

        #drawn-nodes button.result { font-size: 12px; padding: 1px 6px; }
        #drawn-nodes button[aria-pressed="true"] { border-color: var(--accent); }

        button.result {
          width: 100%;
          text-align: left;
        }

        .badge {
          display: inline-block;
          font-size: 11px;
          border-radius: 3px;
          padding: 0 4px;
          margin-right: 6px;
          color: #ffffff;
          background: var(--kind-entity);
        }

        .badge.person, .swatch.person { background: var(--kind-person); }
        .badge.organization, .swatch.organization { background: var(--kind-organization); }
        .badge.place, .swatch.place { background: var(--kind-place); }
        .badge.event, .swatch.event { background: var(--kind-event); }
        .swatch.article { background: var(--kind-article); }
        .swatch.more { border: 2px dashed var(--more); }
        .swatch.path { background: var(--path); }

        #graph {
          min-height: 0;
          min-width: 0;
          background: var(--background);
        }

        #details {
          border-left: 1px solid var(--border);
        }

        #details h2 {
          font-size: 17px;
          margin: 4px 0;
        }

        #details h3 {
          font-size: 14px;
          margin: 14px 0 4px;
        }

        #details ul {
          padding-left: 18px;
          margin: 0;
        }

        #details .kind {
          color: var(--muted);
          margin: 0 0 6px;
        }

        .actions {
          display: flex;
          flex-wrap: wrap;
          gap: 6px;
          margin: 10px 0;
        }

        .sources li { margin-bottom: 8px; }

        blockquote {
          margin: 0 0 2px;
          padding-left: 8px;
          border-left: 3px solid var(--border);
        }

        cite {
          font-size: 12px;
          color: var(--muted);
        }

        .muted { color: var(--muted); }

        .footer {
          display: flex;
          flex-wrap: wrap;
          justify-content: space-between;
          align-items: center;
          gap: 8px 16px;
          padding: 4px 16px;
          border-top: 1px solid var(--border);
          background: var(--surface);
        }

        #status { margin: 0; }
        #status.error { color: var(--error); }

        .legend {
          display: flex;
          flex-wrap: wrap;
          gap: 12px;
          font-size: 12px;
          color: var(--muted);
        }

        .swatch {
          display: inline-block;
          width: 10px;
          height: 10px;
          border-radius: 50%;
          margin-right: 4px;
          vertical-align: middle;
        }

        @media (max-width: 900px) {
          .layout { grid-template-columns: 1fr; grid-template-rows: auto 60vh auto; }
          .results, #details { border: none; }
        }
        """;
}
