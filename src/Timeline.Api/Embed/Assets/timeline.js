/*
 * <timeline-view>: Timeline's embeddable timeline as a web component (shadow DOM), used as is by /embed/timeline.
 *
 *   <script src="https://timeline.example.org/embed/timeline.js"></script>
 *   <timeline-view entities="id1,id2" types="airstrike" places="" tags="" from="2020-01-01" to="2021-12-31"
 *                  min-sources="2" theme="light|dark" height="480"></timeline-view>
 *
 * Every datum comes from the public GraphQL API (/graphql) of the origin this script was loaded from; vis-timeline
 * comes from the same origin's /_vendor/, never from a CDN. Selecting an event shows its details and dispatches
 * a "select" CustomEvent with detail { id }. New events appear without a reload: the component polls the API.
 */
(() => {
  'use strict';

  if (customElements.get('timeline-view')) return;

  const scriptUrl = new URL(document.currentScript ? document.currentScript.src : location.href);
  const graphqlUrl = new URL('/graphql', scriptUrl).href;
  const visScriptUrl = new URL('/_vendor/vis-timeline/standalone/umd/vis-timeline-graph2d.min.js', scriptUrl).href;
  const visStylesUrl = new URL('/_vendor/vis-timeline/styles/vis-timeline-graph2d.min.css', scriptUrl).href;
  const PAGE_SIZE = 100;
  const DEFAULT_REFRESH_SECONDS = 5;
  const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

  const EVENT_FIELDS = `
    id type title summary sourceCount url
    when { value precision earliest latest text }
    place { id name }
    tags
    participants { role entity { id name kind } }
    sources { quote article { id url title publisher published } }
    conflicts { field values { value entity { name } sources { article { id title publisher url } } } }`;

  const TIMELINE_QUERY = `query EmbeddedTimeline($where: EventFilter, $after: String) {
    timeline(where: $where, first: ${PAGE_SIZE}, after: $after) {
      pageInfo { hasNextPage endCursor }
      nodes { ${EVENT_FIELDS} }
    }
  }`;

  // Cheap enough to ask every few seconds: any ingestion changes the claim count, a new matching event the total.
  const CHANGES_QUERY = `query EmbeddedTimelineChanges($where: EventFilter) {
    stats { events claims articles }
    timeline(where: $where, first: 1) { totalCount }
  }`;

  let visLoading = null;

  /** Loads vis-timeline once per page, from the host's /_vendor/. */
  function loadVis() {
    if (window.vis && window.vis.Timeline) return Promise.resolve(window.vis);
    if (!visLoading) {
      visLoading = new Promise((resolve, reject) => {
        const script = document.createElement('script');
        script.src = visScriptUrl;
        script.async = true;
        script.onload = () => (window.vis && window.vis.Timeline ? resolve(window.vis) : reject(new Error(`${visScriptUrl} did not define vis.Timeline`)));
        script.onerror = () => reject(new Error(`Could not load ${visScriptUrl}`));
        document.head.appendChild(script);
      });
    }
    return visLoading;
  }

  async function graphql(query, variables, signal) {
    const response = await fetch(graphqlUrl, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/graphql-response+json, application/json' },
      body: JSON.stringify({ query, variables }),
      signal,
    });
    const body = await response.json().catch(() => null);
    if (!body || (body.errors && body.errors.length)) {
      const message = body && body.errors ? body.errors.map((error) => error.message).join('; ') : `HTTP ${response.status}`;
      throw new Error(`The timeline API answered: ${message}`);
    }
    return body.data;
  }

  // ---- Dates: labels as precise as the sources, and the days an event covers on the axis ----

  function partLabel(part) {
    let match;
    if ((match = /^(-?\d{4})$/.exec(part))) return match[1];
    if ((match = /^(-?\d{4})-Q([1-4])$/.exec(part))) return `Q${match[2]} ${match[1]}`;
    if ((match = /^(-?\d{4})-W(\d{2})$/.exec(part))) return `week ${Number(match[2])} of ${match[1]}`;
    if ((match = /^(-?\d{4})-(\d{2})$/.exec(part))) return `${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
    if ((match = /^(-?\d{4})-(\d{2})-(\d{2})$/.exec(part))) return `${Number(match[3])} ${MONTHS[Number(match[2]) - 1]} ${match[1]}`;
    return part;
  }

  /** "January 2020", "Q1 2020", "week 13 of 2021", "7 April 2021", or two of them for a range. */
  function dateLabel(when) {
    const parts = when.value.split('/');
    return parts.length === 2 ? `${partLabel(parts[0])} – ${partLabel(parts[1])}` : partLabel(when.value);
  }

  /** A yyyy-MM-dd day as local midnight, the time zone the axis draws in. */
  function localDay(iso, addDays = 0) {
    const [year, month, day] = iso.split('-').map(Number);
    const date = new Date(year, month - 1, day + addDays);
    if (year < 100) date.setFullYear(year);
    return date;
  }

  /** Day events are points; anything coarser, and ranges, span every day they may denote. */
  function itemOf(event, element) {
    const isDay = event.when.precision === 'DAY' && !event.when.value.includes('/');
    const item = {
      id: event.id,
      content: element,
      title: `${event.title} (${dateLabel(event.when)})`,
      start: localDay(event.when.earliest),
      className: `precision-${event.when.precision.toLowerCase()}`,
    };
    if (isDay) {
      item.type = 'box';
    } else {
      item.type = 'range';
      item.end = localDay(event.when.latest, 1);
    }
    return item;
  }

  // ---- Markup helpers (text only: nothing from the API is ever parsed as HTML) ----

  function el(tag, attributes = {}, ...children) {
    const element = document.createElement(tag);
    for (const [name, value] of Object.entries(attributes)) {
      if (value === null || value === undefined || value === false) continue;
      if (name === 'className') element.className = value;
      else element.setAttribute(name, value === true ? '' : value);
    }
    for (const child of children.flat(Infinity)) {
      if (child === null || child === undefined) continue;
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
    return element;
  }

  function safeHref(url) {
    try {
      const parsed = new URL(url);
      return parsed.protocol === 'http:' || parsed.protocol === 'https:' ? parsed.href : null;
    } catch {
      return null;
    }
  }

  function articleCitation(article) {
    const href = article.url ? safeHref(article.url) : null;
    const title = href ? el('a', { href, target: '_blank', rel: 'noopener noreferrer' }, article.title) : el('span', {}, article.title);
    const about = [article.publisher, article.published ? partLabel(article.published) : null].filter(Boolean).join(', ');
    return el('cite', {}, title, about ? ` — ${about}` : '');
  }

  const STYLES = `
    :host {
      --tl-background: #ffffff;
      --tl-foreground: #1b1f24;
      --tl-muted: #59636e;
      --tl-border: #d0d7de;
      --tl-accent: #0969da;
      --tl-item-background: #ddf4ff;
      --tl-item-border: #54aeff;
      --tl-selected-background: #fff8c5;
      --tl-selected-border: #bf8700;
      --tl-panel-background: #f6f8fa;
      --tl-conflict: #9a6700;
      display: flex;
      flex-direction: column;
      height: var(--tl-height, 480px);
      background: var(--tl-background);
      color: var(--tl-foreground);
      font: 14px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
      box-sizing: border-box;
    }
    :host([theme="dark"]) {
      --tl-background: #15191e;
      --tl-foreground: #e6edf3;
      --tl-muted: #9198a1;
      --tl-border: #3d444d;
      --tl-accent: #4493f8;
      --tl-item-background: #12324f;
      --tl-item-border: #1f6feb;
      --tl-selected-background: #3b2e00;
      --tl-selected-border: #d29922;
      --tl-panel-background: #1f252d;
      --tl-conflict: #d29922;
    }
    [hidden] { display: none !important; }
    .timeline { flex: 1 1 auto; min-height: 160px; position: relative; }
    .status { margin: 0; padding: 4px 8px; color: var(--tl-muted); font-size: 12px; }
    .status.error { color: #cf222e; }
    .vis-timeline { border-color: var(--tl-border); }
    .vis-panel.vis-center, .vis-panel.vis-left, .vis-panel.vis-right, .vis-panel.vis-top, .vis-panel.vis-bottom { border-color: var(--tl-border); }
    .vis-time-axis .vis-text { color: var(--tl-muted); }
    .vis-time-axis .vis-grid.vis-minor { border-color: var(--tl-border); opacity: .5; }
    .vis-time-axis .vis-grid.vis-major { border-color: var(--tl-border); }
    .vis-item { background-color: var(--tl-item-background); border-color: var(--tl-item-border); color: var(--tl-foreground); font-size: 13px; cursor: pointer; }
    .vis-item.vis-selected { background-color: var(--tl-selected-background); border-color: var(--tl-selected-border); }
    .vis-item.vis-dot { border-color: var(--tl-item-border); }
    .vis-item.vis-line { border-color: var(--tl-item-border); }
    .vis-item .item-date { color: var(--tl-muted); margin-left: .4em; }
    .vis-current-time { background-color: var(--tl-accent); }
    .details {
      flex: 0 1 auto; max-height: 45%; overflow: auto; border-top: 1px solid var(--tl-border);
      background: var(--tl-panel-background); padding: 8px 12px;
    }
    .details h2 { font-size: 16px; margin: 0 0 4px; }
    .details h3 { font-size: 13px; margin: 10px 0 4px; color: var(--tl-muted); }
    .details .meta { margin: 0; color: var(--tl-muted); }
    .details ul { margin: 0; padding-left: 18px; }
    .details blockquote { margin: 2px 0; padding-left: 8px; border-left: 3px solid var(--tl-border); }
    .details cite { font-style: normal; color: var(--tl-muted); }
    .details a { color: var(--tl-accent); }
    .details .conflict { color: var(--tl-conflict); }
    .details .close { float: right; background: none; border: 1px solid var(--tl-border); color: inherit; border-radius: 4px; cursor: pointer; }
    .list { flex: 0 0 auto; border-top: 1px solid var(--tl-border); padding: 2px 8px; font-size: 13px; }
    .list summary { cursor: pointer; color: var(--tl-muted); }
    .list ol { margin: 4px 0; padding-left: 20px; max-height: 120px; overflow: auto; }
    .list button { background: none; border: none; padding: 0; color: var(--tl-accent); cursor: pointer; font: inherit; text-align: left; }
    .list button:focus-visible, .details .close:focus-visible { outline: 2px solid var(--tl-accent); outline-offset: 2px; }
  `;

  class TimelineView extends HTMLElement {
    static get observedAttributes() {
      return ['entities', 'types', 'places', 'tags', 'from', 'to', 'min-sources', 'theme', 'height', 'refresh'];
    }

    constructor() {
      super();
      const root = this.attachShadow({ mode: 'open' });
      root.append(
        el('link', { rel: 'stylesheet', href: visStylesUrl }),
        el('style', {}, STYLES),
        (this._status = el('p', { className: 'status', role: 'status', 'aria-live': 'polite' }, 'Loading the timeline…')),
        (this._container = el('div', { className: 'timeline', role: 'region', 'aria-label': 'Timeline of events' })),
        (this._details = el('section', { className: 'details', 'aria-live': 'polite', 'aria-label': 'Selected event', hidden: true })),
        (this._list = el('details', { className: 'list' }, el('summary', {}, 'Events as a list'), (this._listItems = el('ol')))),
      );
      this._events = new Map();
      this._signature = null;
      this._timeline = null;
      this._items = null;
      this._reloadQueued = false;
      this._abort = null;
      this._timer = null;
    }

    /** The vis-timeline instance once drawn (its window, its items), for dashboards that go further. */
    get timeline() { return this._timeline; }

    /** The events shown, as the API gave them, in time order. */
    get events() { return [...this._events.values()]; }

    connectedCallback() {
      this._applyHeight();
      this._queueReload();
      this._startPolling();
    }

    disconnectedCallback() {
      clearInterval(this._timer);
      this._timer = null;
      if (this._abort) this._abort.abort();
    }

    attributeChangedCallback(name, previous, current) {
      if (previous === current || !this.isConnected) return;
      if (name === 'height') { this._applyHeight(); return; }
      if (name === 'theme') return;
      if (name === 'refresh') { this._startPolling(); return; }
      this._signature = null;
      this._queueReload(true);
    }

    /** Selects an event by id, as a click on it does. */
    select(id) {
      if (this._timeline) this._timeline.setSelection(id ? [id] : [], { focus: Boolean(id) });
      this._showDetails(id);
    }

    _applyHeight() {
      const height = (this.getAttribute('height') || '').trim();
      if (height) this.style.setProperty('--tl-height', /^\d+(\.\d+)?$/.test(height) ? `${height}px` : height);
      else this.style.removeProperty('--tl-height');
    }

    _where() {
      const list = (name) => (this.getAttribute(name) || '').split(',').map((value) => value.trim()).filter(Boolean);
      const where = {};
      for (const name of ['entities', 'types', 'places', 'tags']) {
        const values = list(name);
        if (values.length) where[name] = values;
      }
      for (const name of ['from', 'to']) {
        const value = (this.getAttribute(name) || '').trim();
        if (value) where[name] = value;
      }
      const minSources = (this.getAttribute('min-sources') || '').trim();
      if (minSources) where.minSources = Number.parseInt(minSources, 10);
      return where;
    }

    _queueReload(refit = false) {
      this._refit = this._refit || refit;
      if (this._reloadQueued) return;
      this._reloadQueued = true;
      queueMicrotask(() => {
        this._reloadQueued = false;
        this._reload().catch((error) => this._fail(error));
      });
    }

    _startPolling() {
      clearInterval(this._timer);
      const seconds = Number(this.getAttribute('refresh') ?? DEFAULT_REFRESH_SECONDS);
      if (!(seconds > 0)) return;
      this._timer = setInterval(() => {
        if (document.hidden || !this.isConnected) return;
        this._checkForChanges().catch((error) => this._fail(error));
      }, seconds * 1000);
    }

    async _checkForChanges() {
      const data = await graphql(CHANGES_QUERY, { where: this._where() });
      const signature = JSON.stringify(data);
      if (this._signature !== null && signature !== this._signature) this._queueReload();
      this._signature = signature;
    }

    async _reload() {
      if (this._abort) this._abort.abort();
      const abort = (this._abort = new AbortController());
      const where = this._where();
      const [vis, events, changes] = await Promise.all([loadVis(), this._fetchAll(where, abort.signal), graphql(CHANGES_QUERY, { where }, abort.signal)]);
      if (abort.signal.aborted) return;
      this._signature = JSON.stringify(changes);
      this._draw(vis, events);
    }

    async _fetchAll(where, signal) {
      const events = [];
      let after = null;
      do {
        const data = await graphql(TIMELINE_QUERY, { where, after }, signal);
        events.push(...data.timeline.nodes);
        after = data.timeline.pageInfo.hasNextPage ? data.timeline.pageInfo.endCursor : null;
      } while (after);
      return events;
    }

    _draw(vis, events) {
      this._events = new Map(events.map((event) => [event.id, event]));
      const items = events.map((event) => itemOf(event, this._itemContent(event)));
      if (!this._timeline) {
        this._items = new vis.DataSet(items);
        this._timeline = new vis.Timeline(this._container, this._items, {
          height: '100%',
          stack: true,
          zoomKey: 'ctrlKey',
          orientation: { axis: 'top', item: 'top' },
          margin: { item: { horizontal: 4, vertical: 6 } },
          tooltip: { followMouse: false, overflowMethod: 'cap' },
          zoomMin: 1000 * 60 * 60 * 24 * 7,
          showCurrentTime: false,
        });
        this._timeline.on('select', (properties) => {
          const id = properties.items.length ? String(properties.items[0]) : null;
          this._showDetails(id);
        });
      } else {
        const keep = new Set(items.map((item) => item.id));
        this._items.remove(this._items.getIds().filter((id) => !keep.has(id)));
        this._items.update(items);
      }
      if ((this._refit || !this._drawn) && events.length) this._fitWithMargin();
      this._refit = false;
      this._drawn = true;
      this._drawList(events);
      this._status.classList.remove('error');
      this._status.textContent = events.length === 0
        ? 'No events match.'
        : `${events.length} ${events.length === 1 ? 'event' : 'events'}. Select one for its sources; Ctrl + wheel zooms.`;
      const selected = this._timeline.getSelection()[0];
      if (selected && this._events.has(String(selected))) this._showDetails(String(selected), false);
    }

    /** Shows every event with a tenth of the span to spare on each side, so the first and last are not cut at the edges. */
    _fitWithMargin() {
      const starts = this._items.get().map((item) => item.start.getTime());
      const ends = this._items.get().map((item) => (item.end || item.start).getTime());
      const start = Math.min(...starts);
      const end = Math.max(...ends);
      const margin = Math.max((end - start) / 10, 1000 * 60 * 60 * 24 * 3);
      this._timeline.setWindow(new Date(start - margin), new Date(end + margin), { animation: false });
    }

    _itemContent(event) {
      return el('span', { className: 'item', 'data-event-id': event.id },
        el('span', { className: 'item-title' }, event.title),
        el('span', { className: 'item-date' }, dateLabel(event.when)));
    }

    _drawList(events) {
      this._listItems.replaceChildren(...events.map((event) =>
        el('li', {}, el('button', { type: 'button', 'data-event-id': event.id }, `${dateLabel(event.when)}: ${event.title}`))));
      for (const button of this._listItems.querySelectorAll('button')) {
        button.addEventListener('click', () => this.select(button.getAttribute('data-event-id')));
      }
    }

    _showDetails(id, announce = true) {
      const event = id ? this._events.get(id) : null;
      if (!event) {
        this._details.hidden = true;
        this._details.replaceChildren();
        if (announce && id === null) this.dispatchEvent(new CustomEvent('select', { detail: { id: null }, bubbles: true, composed: true }));
        return;
      }
      const close = el('button', { type: 'button', className: 'close', 'aria-label': 'Close the details' }, '×');
      close.addEventListener('click', () => this.select(null));
      const participants = event.participants.map((participation) =>
        el('li', {}, el('span', { className: 'participant' }, participation.entity.name), ` (${participation.role})`));
      const sources = event.sources.map((claim) =>
        el('li', { className: 'source' }, el('blockquote', {}, claim.quote), articleCitation(claim.article)));
      const conflicts = event.conflicts.map((conflict) =>
        el('li', { className: 'conflict' }, `${conflict.field}: `,
          conflict.values.map((value, index) => [
            index ? ' or ' : '',
            el('strong', {}, value.entity ? value.entity.name : value.value),
            ` (${[...new Set(value.sources.map((claim) => claim.article.publisher || claim.article.title))].join(', ')})`,
          ])));
      this._details.replaceChildren(...[
        close,
        el('h2', {}, event.title),
        el('p', { className: 'meta' },
          el('time', { datetime: event.when.value, className: 'date' }, dateLabel(event.when)),
          event.when.text ? ` (“${event.when.text}”)` : '',
          event.place ? ` · ${event.place.name}` : '',
          ` · ${event.type}`),
        event.summary ? el('p', {}, event.summary) : null,
        participants.length ? [el('h3', {}, 'Participants'), el('ul', { className: 'participants' }, participants)] : null,
        el('h3', {}, `Sources (${event.sourceCount})`),
        el('ul', { className: 'sources' }, sources),
        conflicts.length ? [el('h3', {}, 'Sources disagree'), el('ul', { className: 'conflicts' }, conflicts)] : null,
      ].flat().filter(Boolean));
      this._details.hidden = false;
      if (announce) this.dispatchEvent(new CustomEvent('select', { detail: { id: event.id }, bubbles: true, composed: true }));
    }

    _fail(error) {
      if (error && error.name === 'AbortError') return;
      this._status.classList.add('error');
      this._status.textContent = error && error.message ? error.message : String(error);
    }
  }

  customElements.define('timeline-view', TimelineView);
})();
