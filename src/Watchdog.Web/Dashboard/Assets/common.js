// Watchdog dashboard, helpers every page uses: API calls through auth.js (api), problem JSON as one sentence, DOM
// building (el), highlighted passages, dates in the chosen locale. Loaded after i18n.js and auth.js, before a page's scripts.
"use strict";

const $ = (id) => document.getElementById(id);

async function api(path, init = {}) {
  const response = await authorizedFetch(path, { ...init, headers: { Accept: "application/json", ...init.headers } });
  const body = response.headers.get("content-type")?.includes("json") ? await response.json() : null;
  if (!response.ok) throw Object.assign(new Error(problemText(body) || `${response.status} ${response.statusText}`), { problem: body });
  return body;
}

// ProblemDetails → one readable sentence, including field errors and the query position.
function problemText(problem) {
  if (!problem) return "";
  const parts = [problem.title, problem.detail].filter(Boolean);
  for (const messages of Object.values(problem.errors ?? {})) parts.push(...messages);
  if (Number.isInteger(problem.position) && problem.position >= 0) parts.push(t("error.atCharacter", { position: String(problem.position + 1) }));
  return parts.join(" ");
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const child of children) if (child != null) node.append(child);
  return node;
}

// A table row with one muted cell across the table's columns: "none yet", "loading", an error.
function messageRow(columns, text) {
  return el("tr", {}, el("td", { colSpan: columns, className: "muted", textContent: text }));
}

// The API escapes everything except <mark>; still, keep only text and <mark> so nothing else can ever render.
function highlighted(html) {
  const template = document.createElement("template");
  template.innerHTML = html;
  const fragment = document.createDocumentFragment();
  for (const node of template.content.childNodes) {
    fragment.append(node.nodeName === "MARK" ? el("mark", { textContent: node.textContent }) : document.createTextNode(node.textContent));
  }
  return fragment;
}

const dateFormat = new Intl.DateTimeFormat(uiFormatLocale, dateOptions({ dateStyle: "medium", timeStyle: "short" }, { dateStyle: "short", timeStyle: "short" }));
const relativeFormat = new Intl.RelativeTimeFormat(uiLocale, { numeric: "auto" });

function formatDate(iso) {
  return iso ? dateFormat.format(new Date(iso)) : "—";
}

function relative(iso) {
  if (!iso) return "—";
  const seconds = Math.round((new Date(iso) - Date.now()) / 1000);
  if (!uiHasLocaleData) return t(seconds < 0 ? "relative.past" : "relative.future", { delay: delayText(Math.round(Math.abs(seconds) / 60)) });
  const units = [["day", 86400], ["hour", 3600], ["minute", 60]];
  for (const [unit, size] of units) if (Math.abs(seconds) >= size) return relativeFormat.format(Math.round(seconds / size), unit);
  return relativeFormat.format(seconds, "second");
}

function timeElement(iso, text) {
  return iso ? el("time", { dateTime: iso, title: formatDate(iso), textContent: text }) : document.createTextNode("—");
}

function sourceName(source) {
  return source.title || new URL(source.url).host;
}

// POST/PUT/DELETE with a JSON body (or none).
function send(method, path, body) {
  return api(path, body === undefined ? { method } : { method, headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

// The article view, where search results, alerts and stories lead.
function articleHref(id) {
  return `/article?id=${encodeURIComponent(String(id))}`;
}

// Shows the query with a caret under the character the parser stopped at.
function pointAt(query, position) {
  return el("pre", { className: "query-caret" }, `${query}\n${" ".repeat(position)}^`);
}

// One search hit: the highlighted title (to the original), language, source and date, a link to the article view, and
// the highlighted snippet. The overview's results and the query page's test show hits alike.
function searchHitItem(hit) {
  return el("li", { className: "result" },
    el("h3", {}, el("a", { href: hit.url, rel: "noopener noreferrer" }, highlighted(hit.highlightedTitle || hit.title))),
    el("div", { className: "meta" }, el("span", { className: "lang", textContent: hit.language }), " ",
      [hit.sourceTitle, formatDate(hit.publishedAt)].filter(Boolean).join(" · "), " · ",
      el("a", { className: "article-link", href: articleHref(hit.articleId), textContent: t("common.details") })),
    el("p", { className: "snippet" }, highlighted(hit.snippet)));
}
