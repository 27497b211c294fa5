namespace Timeline.Api.Explorer;

/// <summary>The explorer's script: search, neighbourhoods, paths, the time window and the details panel, all through <c>/graphql</c>.</summary>
/// <remarks>Kept in the assembly as text, so <c>dotnet run</c>, tests and a published folder serve the same bytes.</remarks>
internal static class ExplorerScript
{
    public const string JavaScript = """
        // The graph explorer: every fact comes from the public GraphQL API (/graphql), drawn with cytoscape.js.
        (() => {
          'use strict';

          // Relative to the page (/explore), so the explorer works under any path base.
          const endpoint = new URL('graphql', document.baseURI).href;
          const timelinePage = new URL('embed/timeline', document.baseURI).href;

          // How many nodes one expansion draws at first (?cap= changes it, 1 to 100); "show more" doubles it each time.
          const largestCap = 400;
          const askedCap = Number.parseInt(new URLSearchParams(window.location.search).get('cap') || '', 10);
          const firstCap = Number.isInteger(askedCap) && askedCap >= 1 && askedCap <= 100 ? askedCap : 25;

          const queries = {
            search: `query ExplorerSearch($text: String!) {
              search(text: $text, first: 15) {
                __typename
                ... on Entity { id name kind }
                ... on Event { id title when { value } }
              }
            }`,
            neighbourhood: `query ExplorerNeighbourhood($id: ID!, $maxNodes: Int) {
              neighborhood(id: $id, depth: 1, maxNodes: $maxNodes) {
                truncated
                nodes { id kind label degree when { value earliest latest } }
                edges { id source target kind label }
              }
            }`,
            kinds: `query ExplorerKinds($ids: [ID!]!) { nodes(ids: $ids) { __typename id } }`,
            names: `query ExplorerNames($ids: [ID!]!) { nodes(ids: $ids) { id ... on Entity { name } ... on Event { title } } }`,
            paths: `query ExplorerPaths($from: ID!, $to: ID!) {
              paths(from: $from, to: $to, maxHops: 6, first: 5) {
                length
                nodes { id kind label degree when { value earliest latest } }
                edges { id source target kind label }
              }
            }`,
            entity: `query ExplorerEntity($id: ID!) {
              entity(id: $id) {
                __typename id name kind aliases description url
                relations { type direction entity { id name } }
              }
            }`,
            event: `query ExplorerEvent($id: ID!) {
              event(id: $id) {
                id type title summary url tags sourceCount
                when { value precision text }
                place { id name }
                participants { role entity { id name } }
                sources { quote article { id title url publisher published } }
                conflicts { field values { value entity { name } } }
              }
            }`,
          };

          // ?theme=light|dark fixes the theme; without it the page follows the system's.
          const theme = new URLSearchParams(window.location.search).get('theme');
          if (theme === 'light' || theme === 'dark') document.documentElement.dataset.theme = theme;

          const $ = (id) => document.getElementById(id);
          const ui = {
            graph: $('graph'),
            searchForm: $('search-form'),
            searchText: $('search-text'),
            results: $('search-results'),
            details: $('details'),
            status: $('status'),
            drawn: $('drawn-nodes'),
            drawnCount: $('drawn-count'),
            from: $('window-from'),
            to: $('window-to'),
            fromLabel: $('window-from-label'),
            toLabel: $('window-to-label'),
            fit: $('fit'),
            clear: $('clear'),
          };

          const state = {
            busy: 0,
            caps: new Map(), // node id -> the cap of its last expansion
            truncated: new Set(), // node ids whose last expansion left neighbours out
            pathFrom: null,
            selected: null,
            stops: [], // the distinct dates of the drawn events, for the time window
            window: null, // { from, to } as yyyy-MM-dd, or null for everything
            lastError: null,
          };

          async function graphql(query, variables) {
            const response = await fetch(endpoint, {
              method: 'POST',
              headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json, application/json' },
              body: JSON.stringify({ query, variables }),
            });
            let body;
            try {
              body = await response.json();
            } catch {
              throw new Error(`The GraphQL API answered ${response.status} without JSON.`);
            }
            if (body.errors && body.errors.length > 0) throw new Error(body.errors.map((e) => e.message).join('; '));
            if (!response.ok || !body.data) throw new Error(`The GraphQL API answered ${response.status}.`);
            return body.data;
          }

          // Counts work in flight, so tests (and the status line) know when the graph is settled.
          async function busy(label, work) {
            state.busy++;
            announce(label + '…');
            try {
              return await work();
            } catch (error) {
              state.lastError = error.message;
              announce(`${label} failed: ${error.message}`, true);
              return undefined;
            } finally {
              state.busy--;
            }
          }

          function announce(text, isError = false) {
            ui.status.textContent = text;
            ui.status.classList.toggle('error', isError);
          }

          // ---- drawing ----

          function cssVar(name) {
            return getComputedStyle(document.documentElement).getPropertyValue(name).trim();
          }

          function graphStyle() {
            const kinds = ['person', 'organization', 'place', 'event', 'article', 'entity'];
            const byKind = kinds.map((kind) => ({
              selector: `node.${kind}`,
              style: { 'background-color': cssVar(`--kind-${kind}`) },
            }));
            return [
              {
                selector: 'node',
                style: {
                  label: 'data(label)',
                  color: cssVar('--text'),
                  'font-size': 11,
                  'text-wrap': 'ellipsis',
                  'text-max-width': 160,
                  'text-valign': 'bottom',
                  'text-margin-y': 4,
                  'text-background-color': cssVar('--background'),
                  'text-background-opacity': 0.75,
                  'text-background-padding': 2,
                  width: 'mapData(degree, 1, 30, 18, 44)',
                  height: 'mapData(degree, 1, 30, 18, 44)',
                  'border-width': 1,
                  'border-color': cssVar('--border'),
                },
              },
              ...byKind,
              { selector: 'node.person', style: { shape: 'ellipse' } },
              { selector: 'node.organization', style: { shape: 'round-rectangle' } },
              { selector: 'node.place', style: { shape: 'diamond' } },
              { selector: 'node.event', style: { shape: 'round-triangle' } },
              { selector: 'node.article', style: { shape: 'rectangle' } },
              { selector: 'node.has-more', style: { 'border-width': 3, 'border-style': 'dashed', 'border-color': cssVar('--more') } },
              {
                selector: 'edge',
                style: {
                  width: 1.5,
                  'line-color': cssVar('--edge'),
                  'target-arrow-color': cssVar('--edge'),
                  'target-arrow-shape': 'triangle',
                  'arrow-scale': 0.8,
                  'curve-style': 'bezier',
                  label: 'data(label)',
                  'font-size': 9,
                  color: cssVar('--muted'),
                  'text-rotation': 'autorotate',
                  'text-background-color': cssVar('--background'),
                  'text-background-opacity': 0.75,
                },
              },
              { selector: 'edge.entityRelation', style: { 'line-style': 'dashed' } },
              { selector: 'edge.eventRelation', style: { 'line-style': 'dotted', width: 2 } },
              { selector: '.outside-window', style: { display: 'none' } },
              { selector: 'node:selected', style: { 'border-width': 4, 'border-color': cssVar('--accent') } },
              { selector: 'node.path-start', style: { 'border-width': 4, 'border-color': cssVar('--path'), 'border-style': 'double' } },
              { selector: 'node.path', style: { 'border-width': 4, 'border-color': cssVar('--path'), 'font-weight': 'bold' } },
              {
                selector: 'edge.path',
                style: { width: 4, 'line-color': cssVar('--path'), 'target-arrow-color': cssVar('--path'), 'line-style': 'solid', 'z-index': 10 },
              },
            ];
          }

          if (typeof window.cytoscape !== 'function') {
            announce('The graph library did not load from _vendor/cytoscape/dist/cytoscape.min.js: the host\'s front-end packages are missing (npm ci in src/Timeline.Api).', true);
            return;
          }

          const cy = cytoscape({
            container: ui.graph,
            style: graphStyle(),
            minZoom: 0.2,
            maxZoom: 3,
            wheelSensitivity: 0.3,
          });

          // The page follows the system theme unless ?theme= fixes it: restyle the canvas when it changes.
          window.matchMedia('(prefers-color-scheme: dark)').addEventListener('change', () => cy.style(graphStyle()));

          // Fits the view to `fitTo` and its neighbours, or to `fitTo` alone when `only` (a highlighted path).
          function layout(fitTo, only = false) {
            if (cy.nodes().empty()) return;
            cy.layout({
              name: 'cose',
              animate: false,
              randomize: false,
              nodeDimensionsIncludeLabels: true,
              idealEdgeLength: () => 90,
              nodeRepulsion: () => 9000,
              padding: 40,
              fit: false,
            }).run();
            let focus = cy.elements();
            if (fitTo && fitTo.nonempty()) focus = only ? fitTo : fitTo.closedNeighborhood().union(cy.$('.path'));
            cy.fit(focus, 40);
            // A few nodes would fill the screen: keep labels at a readable size instead.
            if (cy.zoom() > 1.3) {
              cy.zoom(1.3);
              cy.center(focus);
            }
          }

          function nodeData(node) {
            return {
              id: node.id,
              label: node.label,
              kind: node.kind, // event or entity until the entity's kind is known
              degree: node.degree,
              when: node.when ? node.when.value : null,
              earliest: node.when ? node.when.earliest : null,
              latest: node.when ? node.when.latest : null,
            };
          }

          // Adds what is not drawn yet; new nodes start at `origin` so the layout moves them out from where they came.
          function merge(graph, origin) {
            const added = [];
            const at = origin && origin.nonempty() ? origin.position() : { x: 0, y: 0 };
            cy.batch(() => {
              for (const node of graph.nodes) {
                const drawn = cy.getElementById(node.id);
                if (drawn.nonempty()) {
                  drawn.data('degree', node.degree);
                  continue;
                }
                const element = cy.add({
                  group: 'nodes',
                  data: nodeData(node),
                  classes: node.kind,
                  position: { x: at.x + (Math.random() - 0.5) * 60, y: at.y + (Math.random() - 0.5) * 60 },
                });
                added.push(element);
              }
              for (const edge of graph.edges) {
                if (cy.getElementById(edge.id).nonempty()) continue;
                if (cy.getElementById(edge.source).empty() || cy.getElementById(edge.target).empty()) continue;
                cy.add({ group: 'edges', data: { id: edge.id, source: edge.source, target: edge.target, label: edge.label, kind: edge.kind }, classes: edge.kind });
              }
            });
            return added;
          }

          // GraphNode says only "entity": the node lookup tells a person from an organization or a place.
          async function learnKinds(nodes) {
            const ids = nodes.filter((n) => n.data('kind') === 'entity').map((n) => n.id());
            if (ids.length === 0) return;
            const data = await graphql(queries.kinds, { ids });
            cy.batch(() => {
              for (const found of data.nodes) {
                if (!found) continue;
                const kind = found.__typename.toLowerCase();
                const node = cy.getElementById(found.id);
                node.removeClass('entity').addClass(kind).data('kind', kind);
              }
            });
          }

          async function expand(id, cap) {
            const maxNodes = Math.min(cap || state.caps.get(id) || firstCap, largestCap);
            return busy('Loading the neighbourhood', async () => {
              const data = await graphql(queries.neighbourhood, { id, maxNodes });
              const graph = data.neighborhood;
              if (graph.nodes.length === 0) {
                announce(`Nothing is known with the id ${id}.`, true);
                return false;
              }
              const origin = cy.getElementById(id);
              const added = merge(graph, origin);
              await learnKinds(added);
              state.caps.set(id, maxNodes);
              if (graph.truncated) state.truncated.add(id);
              else state.truncated.delete(id);
              cy.getElementById(id).toggleClass('has-more', graph.truncated);
              refreshWindow();
              layout(cy.getElementById(id));
              announce(`${added.length} new node${added.length === 1 ? '' : 's'} around ${cy.getElementById(id).data('label')}`
                + (graph.truncated ? ' (more are left out: "Show more" draws them).' : '.')
                + ` ${cy.nodes().length} nodes, ${cy.edges().length} edges drawn.`);
              return true;
            });
          }

          function showMore(id) {
            const cap = Math.min((state.caps.get(id) || firstCap) * 2, largestCap);
            return expand(id, cap).then(() => select(id));
          }

          // ---- paths ----

          function pathFrom(id) {
            cy.$('.path-start').removeClass('path-start');
            state.pathFrom = id;
            cy.getElementById(id).addClass('path-start');
            announce(`Paths start at ${cy.getElementById(id).data('label')}: pick the other end (shift-click it, or "Path to here").`);
            if (state.selected) select(state.selected);
          }

          async function findPaths(from, to) {
            return busy('Looking for paths', async () => {
              const data = await graphql(queries.paths, { from, to });
              cy.$('.path').removeClass('path');
              cy.$('.path-start').removeClass('path-start');
              state.pathFrom = null;
              if (data.paths.length === 0) {
                announce('No path of up to 6 steps joins them.', true);
                return 0;
              }
              const shortest = data.paths[0].length;
              const paths = data.paths.filter((p) => p.length === shortest);
              for (const path of paths) {
                const added = merge(path, cy.getElementById(from));
                await learnKinds(added);
              }
              cy.batch(() => {
                for (const path of paths) {
                  for (const node of path.nodes) cy.getElementById(node.id).addClass('path');
                  for (const edge of path.edges) cy.getElementById(edge.id).addClass('path');
                }
              });
              refreshWindow();
              layout(cy.$('.path'), true);
              const names = (id) => cy.getElementById(id).data('label');
              // The panel's "Path to here" belonged to the finished pick.
              if (state.selected) await select(state.selected);
              announce(`${paths.length} shortest path${paths.length === 1 ? '' : 's'} of ${shortest} steps from ${names(from)} to ${names(to)}, highlighted.`);
              return paths.length;
            });
          }

          // The canvas is for the mouse; this list gives keyboards and screen readers every drawn node, in kind then name order.
          function listDrawn() {
            const order = ['person', 'organization', 'place', 'entity', 'event', 'article'];
            const nodes = cy.nodes().not('.outside-window').toArray().sort((a, b) =>
              order.indexOf(a.data('kind')) - order.indexOf(b.data('kind')) || String(a.data('label')).localeCompare(String(b.data('label'))));
            ui.drawn.replaceChildren(...nodes.map((node) => {
              const item = element('li');
              const pick = button(node.data('label'), () => expand(node.id()).then(() => select(node.id())), {
                class: `result ${node.data('kind')}`,
                'data-id': node.id(),
                'aria-pressed': node.selected() ? 'true' : 'false',
              });
              pick.prepend(element('span', node.data('kind'), { class: `badge ${node.data('kind')}` }));
              item.append(pick);
              return item;
            }));
            ui.drawnCount.textContent = `(${nodes.length})`;
          }

          // ---- the time window ----

          function eventDates() {
            const dates = new Set();
            cy.nodes('.event').forEach((n) => {
              if (n.data('earliest')) dates.add(n.data('earliest'));
              if (n.data('latest')) dates.add(n.data('latest'));
            });
            return [...dates].sort();
          }

          // Keeps the user's window when new events arrive; a window left wide open stays wide open.
          function refreshWindow() {
            const stops = eventDates();
            const wasOpen = state.window === null;
            state.stops = stops;
            const max = Math.max(stops.length - 1, 0);
            ui.from.max = String(max);
            ui.to.max = String(max);
            ui.from.disabled = ui.to.disabled = stops.length < 2;
            if (wasOpen) {
              ui.from.value = '0';
              ui.to.value = String(max);
            } else {
              ui.from.value = String(indexAtOrAfter(stops, state.window.from));
              ui.to.value = String(indexAtOrBefore(stops, state.window.to));
            }
            applyWindow();
          }

          function indexAtOrAfter(stops, date) {
            const i = stops.findIndex((d) => d >= date);
            return i < 0 ? stops.length - 1 : i;
          }

          function indexAtOrBefore(stops, date) {
            for (let i = stops.length - 1; i >= 0; i--) if (stops[i] <= date) return i;
            return 0;
          }

          function applyWindow() {
            const stops = state.stops;
            if (stops.length === 0) {
              ui.fromLabel.value = ui.toLabel.value = '—';
              cy.$('.outside-window').removeClass('outside-window');
              listDrawn();
              return;
            }
            let from = Number(ui.from.value);
            let to = Number(ui.to.value);
            if (from > to) [from, to] = [to, from];
            const range = { from: stops[from], to: stops[to] };
            ui.fromLabel.value = range.from;
            ui.toLabel.value = range.to;
            ui.from.setAttribute('aria-valuetext', range.from);
            ui.to.setAttribute('aria-valuetext', range.to);
            state.window = from === 0 && to === stops.length - 1 ? null : range;
            cy.batch(() => {
              cy.nodes('.event').forEach((n) => {
                const outside = state.window !== null && (n.data('latest') < range.from || n.data('earliest') > range.to);
                n.toggleClass('outside-window', outside);
              });
            });
            listDrawn();
          }

          function windowChanged() {
            applyWindow();
            const hidden = cy.nodes('.outside-window').length;
            announce(hidden === 0 ? 'Every drawn event is in the window.' : `${hidden} event${hidden === 1 ? '' : 's'} outside the window hidden.`);
          }

          // ---- the details panel ----

          function element(tag, text, attributes = {}) {
            const e = document.createElement(tag);
            if (text !== undefined && text !== null) e.textContent = text;
            for (const [name, value] of Object.entries(attributes)) e.setAttribute(name, value);
            return e;
          }

          function button(text, action, attributes = {}) {
            const b = element('button', text, { type: 'button', ...attributes });
            b.addEventListener('click', action);
            return b;
          }

          function focusButton(id, name) {
            return button(name, () => focus(id), { class: 'link', title: `Draw ${name} and its neighbourhood` });
          }

          function timelineLink(ids, text) {
            return element('a', text, { href: `${timelinePage}?entities=${ids.map(encodeURIComponent).join(',')}`, class: 'button', id: 'open-timeline' });
          }

          function actions(id, isEntity, participantIds = []) {
            const bar = element('div', null, { class: 'actions' });
            bar.append(button('Expand', () => expand(id)));
            if (state.truncated.has(id)) {
              const degree = cy.getElementById(id).data('degree');
              bar.append(button(`Show more (${degree} links in all)`, () => showMore(id), { id: 'show-more' }));
            }
            if (isEntity) {
              bar.append(button('Path from here', () => pathFrom(id), { id: 'path-from' }));
              if (state.pathFrom && state.pathFrom !== id) bar.append(button('Path to here', () => findPaths(state.pathFrom, id), { id: 'path-to' }));
              bar.append(timelineLink([id], 'Open timeline'));
            } else if (participantIds.length > 0) {
              bar.append(timelineLink(participantIds, 'Open the participants\' timeline'));
            }
            return bar;
          }

          async function select(id) {
            state.selected = id;
            cy.$(':selected').unselect();
            cy.getElementById(id).select();
            const kind = cy.getElementById(id).data('kind');
            return busy('Loading the details', async () => {
              const panel = kind === 'event' ? await eventDetails(id) : await entityDetails(id);
              if (state.selected !== id) return;
              ui.details.replaceChildren(...panel);
              listDrawn();
              announce(`${cy.getElementById(id).data('label') || id} selected.`);
            });
          }

          async function entityDetails(id) {
            const { entity } = await graphql(queries.entity, { id });
            if (!entity) return [element('p', `No entity has the id ${id}.`)];
            const parts = [
              element('h2', entity.name),
              element('p', entity.kind.toLowerCase(), { class: `kind ${entity.kind.toLowerCase()}` }),
            ];
            if (entity.description) parts.push(element('p', entity.description));
            if (entity.aliases.length > 0) parts.push(element('p', 'Also: ' + entity.aliases.join(', '), { class: 'muted' }));
            parts.push(actions(id, true));
            if (entity.relations.length > 0) {
              parts.push(element('h3', 'Relations'));
              const list = element('ul');
              for (const relation of entity.relations) {
                const item = element('li', relation.direction === 'OUTGOING' ? `${relation.type} → ` : `← ${relation.type} `);
                item.append(focusButton(relation.entity.id, relation.entity.name));
                list.append(item);
              }
              parts.push(list);
            }
            parts.push(element('p', null, { class: 'muted' }));
            parts[parts.length - 1].append('Link: ', element('a', entity.url, { href: entity.url }));
            return parts;
          }

          async function eventDetails(id) {
            const { event } = await graphql(queries.event, { id });
            if (!event) return [element('p', `No event has the id ${id}.`)];
            const parts = [
              element('h2', event.title),
              element('p', `${event.type} · ${event.when.text || event.when.value} (${event.when.value}, known to the ${event.when.precision.toLowerCase()})`, { class: 'kind event' }),
            ];
            if (event.summary) parts.push(element('p', event.summary));
            if (event.place) {
              const place = element('p', 'Place: ');
              place.append(focusButton(event.place.id, event.place.name));
              parts.push(place);
            }
            if (event.tags.length > 0) parts.push(element('p', 'Tags: ' + event.tags.join(', '), { class: 'muted' }));
            parts.push(actions(id, false, [...new Set(event.participants.map((p) => p.entity.id))]));
            if (event.participants.length > 0) {
              parts.push(element('h3', 'Participants'));
              const list = element('ul');
              for (const p of event.participants) {
                const item = element('li', `${p.role}: `);
                item.append(focusButton(p.entity.id, p.entity.name));
                list.append(item);
              }
              parts.push(list);
            }
            parts.push(element('h3', `Sources (${event.sourceCount})`));
            const sources = element('ul', null, { class: 'sources' });
            for (const claim of event.sources) {
              const item = element('li');
              item.append(element('blockquote', claim.quote));
              const article = claim.article;
              const cite = element('cite');
              if (article.url) cite.append(element('a', article.title, { href: article.url, rel: 'noopener noreferrer', target: '_blank' }));
              else cite.append(article.title);
              cite.append(` — ${article.publisher || 'unknown publisher'}, ${article.published}`);
              item.append(cite);
              sources.append(item);
            }
            parts.push(sources);
            if (event.conflicts.length > 0) {
              parts.push(element('h3', 'Sources disagree'));
              const list = element('ul');
              // Place and participant values are entity ids: the API names their entity.
              for (const c of event.conflicts) list.append(element('li', `${c.field}: ${c.values.map((v) => v.entity?.name ?? v.value).join(' / ')}`));
              parts.push(list);
            }
            return parts;
          }

          // ---- search ----

          async function search(text) {
            return busy('Searching', async () => {
              const data = await graphql(queries.search, { text });
              ui.results.replaceChildren();
              if (data.search.length === 0) {
                announce(`Nothing found for "${text}".`);
                return;
              }
              for (const result of data.search) {
                const isEvent = result.__typename === 'Event';
                const name = isEvent ? result.title : result.name;
                const kind = isEvent ? 'event' : result.kind.toLowerCase();
                const item = element('li');
                const pick = button(name, () => focus(result.id), { class: `result ${kind}`, 'data-id': result.id });
                pick.prepend(element('span', isEvent ? result.when.value : kind, { class: `badge ${kind}` }));
                item.append(pick);
                ui.results.append(item);
              }
              announce(`${data.search.length} found for "${text}": pick one to draw it.`);
            });
          }

          // Draws a node's neighbourhood (merged into what is drawn) and shows its details.
          async function focus(id) {
            const drawn = await expand(id);
            if (drawn) await select(id);
            const url = new URL(window.location.href);
            url.searchParams.set('focus', id);
            history.replaceState(null, '', url);
          }

          // ---- events ----

          cy.on('tap', 'node', (evt) => {
            const node = evt.target;
            const id = node.id();
            const isEntity = node.data('kind') !== 'event';
            if (evt.originalEvent && evt.originalEvent.shiftKey) {
              if (!isEntity) {
                announce('Paths join two entities: shift-click a person, an organization or a place.', true);
              } else if (state.pathFrom && state.pathFrom !== id) {
                findPaths(state.pathFrom, id);
              } else {
                pathFrom(id);
              }
              return;
            }
            expand(id).then(() => select(id));
          });

          ui.searchForm.addEventListener('submit', (evt) => {
            evt.preventDefault();
            const text = ui.searchText.value.trim();
            if (text) search(text);
          });
          ui.from.addEventListener('input', windowChanged);
          ui.to.addEventListener('input', windowChanged);
          ui.fit.addEventListener('click', () => cy.fit(undefined, 40));
          ui.clear.addEventListener('click', () => {
            cy.elements().remove();
            state.caps.clear();
            state.truncated.clear();
            state.pathFrom = null;
            state.selected = null;
            state.window = null;
            ui.details.replaceChildren(element('p', 'Search for an entity, or click a node, to see its details.'));
            refreshWindow();
            announce('The graph is empty.');
          });

          // The API for tests and for scripts around the page.
          window.timelineExplorer = {
            cy,
            focus,
            expand,
            select,
            findPaths,
            pathFrom,
            idle: () => state.busy === 0,
            lastError: () => state.lastError,
          };

          const initial = new URLSearchParams(window.location.search).get('focus');
          refreshWindow();
          if (initial) focus(initial);
          else announce('Search for an entity to start.');
        })();
        """;
}
