// Watchdog dashboard, the overview: sources, latest articles and search results. No build step.
// watch.js (loaded after this file) adds alerts, standing queries and the query check; common.js (loaded before it)
// gives the helpers ($, api, el, highlighted, dates); i18n.js (loaded first) gives the texts (t) and the locale.
"use strict";

const REFRESH_MS = 15000;
const PAGE_SIZE = 10;
const state = { page: 1, totalPages: 0, sources: new Map() };

async function loadSources() {
  const body = $("sources-body");
  try {
    const sources = await api("/api/sources");
    state.sources = new Map(sources.map((s) => [s.id, s]));
    fillSourceFilter(sources);
    $("sources-summary").textContent = t("sources.summary", { watched: sources.length, failing: sources.filter((s) => s.status === "Failing").length, paused: sources.filter((s) => s.status === "Paused").length });
    body.replaceChildren(...(sources.length ? sources.map(sourceRow) : [messageRow(6, t("sources.none"))]));
  } catch (error) {
    body.replaceChildren(messageRow(6, t("sources.error", { message: error.message })));
  }
}

function sourceRow(source) {
  const name = el("td", {}, el("span", { className: "source-title", textContent: sourceName(source) }),
    el("a", { className: "source-url", href: source.url, textContent: source.url, rel: "noopener noreferrer" }));
  const status = el("td", {}, el("span", { className: `badge ${source.status}`, textContent: t(`status.${source.status}`) }));
  const reason = source.pausedReason || (source.status === "Failing" ? source.lastError : null);
  if (reason) status.append(el("span", { className: "reason", textContent: reason }));
  return el("tr", {}, name, status,
    el("td", {}, timeElement(source.lastFetchAt, relative(source.lastFetchAt))),
    el("td", { className: "num", textContent: formatNumber(source.itemsStored) }),
    el("td", { className: "num", textContent: formatNumber(source.errorCount) }),
    el("td", {}, timeElement(source.nextRunAt, source.status === "Paused" ? t("sources.pausedRun") : relative(source.nextRunAt))));
}

function fillSourceFilter(sources) {
  const select = $("source");
  const chosen = select.value;
  select.replaceChildren(el("option", { value: "", textContent: t("sources.all") }),
    ...sources.map((s) => el("option", { value: String(s.id), textContent: sourceName(s) })));
  select.value = chosen;
}

async function loadLatest() {
  const list = $("latest");
  try {
    const [articles, stats] = await Promise.all([api("/api/articles?limit=15"), api("/api/stats")]);
    $("stats").textContent = t("latest.stats", { stored: stats.articles, queued: stats.queue.pending });
    list.replaceChildren(...(articles.length ? articles.map(latestItem) : [el("li", { className: "muted", textContent: t("latest.none") })]));
  } catch (error) {
    list.replaceChildren(el("li", { className: "muted", textContent: t("latest.error", { message: error.message }) }));
  }
}

function latestItem(article) {
  const source = state.sources.get(article.sourceId);
  return el("li", {}, el("span", { className: "lang", textContent: article.language }), " ",
    el("a", { href: article.url, textContent: article.title, rel: "noopener noreferrer" }),
    el("span", { className: "meta", textContent: [source ? sourceName(source) : article.siteName, formatDate(article.publishedAt ?? article.fetchedAt)].filter(Boolean).join(" · ") }));
}

async function search(page) {
  const form = new FormData($("search-form"));
  const q = String(form.get("q") ?? "").trim();
  if (!q) return;
  const body = { q, page, pageSize: PAGE_SIZE, order: String(form.get("order")) };
  for (const name of ["lang", "source"]) if (form.get(name)) body[name] = String(form.get(name));
  rememberSearch(body);

  const status = $("search-status");
  status.classList.remove("error");
  status.textContent = t("search.searching");
  $("search-caret").hidden = true;
  try {
    // POST, so that a long query never meets the URL length limit (414).
    const result = await api("/api/search", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
    state.page = result.page;
    state.totalPages = result.totalPages;
    status.textContent = result.total === 0 ? t("search.none", { query: q }) : t("search.count", { count: result.total });
    $("results").replaceChildren(...result.hits.map(searchHitItem));
    showPager();
    announceSearch(q, form, page, true);
  } catch (error) {
    status.classList.add("error");
    status.textContent = error.message;
    showQueryError(q, error.problem?.position);
    $("results").replaceChildren();
    $("pager").hidden = true;
    announceSearch(q, form, page, false);
  }
}

// trends.js follows the search through this event; paging through results does not change what it shows.
function announceSearch(q, form, page, ok) {
  if (page !== 1) return;
  document.dispatchEvent(new CustomEvent("watchdog:search", { detail: { ok, q, lang: String(form.get("lang") ?? ""), source: String(form.get("source") ?? "") } }));
}

// Points at the character of the query the parser stopped at: a caret under it, and the character selected in the box.
function showQueryError(query, position) {
  if (!Number.isInteger(position) || position < 0) return;
  const caret = $("search-caret");
  caret.textContent = `${query}\n${" ".repeat(position)}^`;
  caret.hidden = false;
  const box = $("q");
  // The box may hold spaces around the query that was sent.
  const start = Math.min(Math.max(0, box.value.indexOf(query)) + position, box.value.length);
  box.focus();
  box.setSelectionRange(start, Math.min(start + 1, box.value.length));
}

function showPager() {
  $("pager").hidden = state.totalPages <= 1;
  $("prev").disabled = state.page <= 1;
  $("next").disabled = state.page >= state.totalPages;
  $("page-info").textContent = t("pager.info", { page: state.page, pages: state.totalPages });
}

// A search is kept in the address for links and reloads only when its query is short: a long one would make the
// address itself too long for the server (414) on reload. The page's history entry holds the whole search either way.
const MAX_QUERY_IN_ADDRESS = 500;

function rememberSearch(body) {
  const params = new URLSearchParams();
  for (const [name, value] of Object.entries(body)) if (name !== "pageSize") params.set(name, String(value));
  if (body.q.length > MAX_QUERY_IN_ADDRESS) params.delete("q");
  history.replaceState({ search: body }, "", `?${params}`);
}

function restoreSearch() {
  const params = new URLSearchParams(location.search);
  const saved = history.state?.search ?? {};
  const value = (name) => saved[name] ?? params.get(name);
  for (const name of ["q", "lang", "order", "source"]) if (value(name)) $(name).value = String(value(name));
  if (value("q")) search(Number(value("page")) || 1);
}

document.addEventListener("DOMContentLoaded", async () => {
  await i18nReady;
  $("search-form").addEventListener("submit", (event) => { event.preventDefault(); search(1); });
  $("prev").addEventListener("click", () => search(state.page - 1));
  $("next").addEventListener("click", () => search(state.page + 1));
  for (const id of ["lang", "source", "order"]) $(id).addEventListener("change", () => { if ($("q").value.trim()) search(1); });
  await loadSources();
  await loadLatest();
  restoreSearch();
  setInterval(() => { loadSources(); loadLatest(); }, REFRESH_MS);
});
