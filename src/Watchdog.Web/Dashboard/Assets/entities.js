// Watchdog dashboard, entities part: the people, organisations and places the current search's matches name, counted
// (GET /api/entities). Follows the "watchdog:search" event of dashboard.js and uses its helpers (api, el, $). Clicking a
// name adds it to the search as a phrase, to read the coverage that mentions it.
"use strict";

const ENTITIES_SHOWN = 8;
const entityView = { loading: 0 };
const ENTITY_COLUMNS = [
  { kind: "person", list: "entities-people" },
  { kind: "organization", list: "entities-organizations" },
  { kind: "location", list: "entities-places" },
];

async function loadEntities(filters) {
  const run = ++entityView.loading;
  const summary = $("entities-summary");
  summary.textContent = t("common.counting");
  const params = new URLSearchParams({ q: filters.q, limit: String(ENTITIES_SHOWN) });
  for (const name of ["lang", "source"]) if (filters[name]) params.set(name, filters[name]);
  try {
    const answer = await api(`/api/entities?${params}`);
    if (run !== entityView.loading) return;
    const counted = answer.articlesTagged;
    const waiting = answer.articlesNotYetTagged;
    summary.textContent = `${t("common.last30Days")} · ${t("entities.counted", { count: counted })}`
      + (waiting > 0 ? ` · ${t("entities.waiting", { count: waiting })}` : "");
    for (const { kind, list } of ENTITY_COLUMNS) {
      const entities = answer.entities.filter((e) => e.kind === kind);
      $(list).replaceChildren(...(entities.length
        ? entities.map((e) => entityItem(e, filters.q))
        : [el("li", { className: "muted", textContent: t("entities.none") })]));
    }
  } catch (error) {
    if (run !== entityView.loading) return;
    summary.textContent = t("common.countFailed", { message: error.message });
    for (const { list } of ENTITY_COLUMNS) $(list).replaceChildren();
  }
}

function entityItem(entity, query) {
  const button = el("button", {
    type: "button", className: "entity-name", textContent: entity.name,
    title: t("entities.title", { mentions: entity.mentions, articles: entity.articles }),
  });
  button.addEventListener("click", () => searchFor(query, entity.name));
  return el("li", {}, button, el("span", { className: "num", textContent: formatNumber(entity.articles) }));
}

// The name joins the current query as a phrase (quotes inside a name cannot be written in a phrase, so they go).
function searchFor(query, name) {
  const phrase = `"${name.replaceAll('"', " ").trim()}"`;
  $("q").value = query.trim() ? `${query.trim()} ${phrase}` : phrase;
  $("search-form").requestSubmit();
}

document.addEventListener("watchdog:search", (event) => {
  const { ok, q, lang, source } = event.detail;
  $("entities-panel").hidden = !ok;
  if (ok) loadEntities({ q, lang, source });
});
