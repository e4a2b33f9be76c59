// Watchdog dashboard, watch part: the alerts panel, the standing queries list and "Check a query" (POST /api/match).
// Uses $, api, el, highlighted, relative, timeElement, formatDate and pointAt from common.js, and t from i18n.js.
"use strict";

const ALERTS_PAGE_SIZE = 10;
const alertState = { page: 1, totalPages: 0 };

async function loadAlerts() {
  const list = $("alerts");
  const params = new URLSearchParams({ page: String(alertState.page), pageSize: String(ALERTS_PAGE_SIZE) });
  if ($("unread-only").checked) params.set("unread", "true");
  try {
    const result = await api(`/api/alerts?${params}`);
    alertState.totalPages = result.totalPages;
    $("alerts-summary").textContent = t("alerts.unread", { count: result.unread });
    const empty = t($("unread-only").checked ? "alerts.noneUnread" : "alerts.none");
    list.replaceChildren(...(result.alerts.length ? result.alerts.map(alertItem) : [el("li", { className: "muted", textContent: empty })]));
    $("alerts-pager").hidden = result.totalPages <= 1;
    $("alerts-prev").disabled = alertState.page <= 1;
    $("alerts-next").disabled = alertState.page >= result.totalPages;
    $("alerts-page-info").textContent = t("pager.info", { page: alertState.page, pages: result.totalPages });
  } catch (error) {
    list.replaceChildren(el("li", { className: "muted", textContent: t("alerts.error", { message: error.message }) }));
  }
}

function alertItem(alert) {
  const passage = alert.passages[0];
  const related = alert.relatedArticleIds.length ? ` · ${t("alerts.related", { count: alert.relatedArticleIds.length })}` : "";
  const toggle = el("button", { type: "button", className: "link-button", textContent: t(alert.read ? "alerts.markUnread" : "alerts.markRead") });
  toggle.addEventListener("click", () => setRead(alert, toggle));
  const item = el("li", { className: alert.read ? "alert" : "alert unread" },
    el("div", { className: "alert-head" },
      el("a", { href: alert.url, textContent: alert.title, rel: "noopener noreferrer" }), toggle),
    el("div", { className: "meta" }, el("span", { className: "query-name", textContent: alert.queryName ?? t("alerts.query", { id: String(alert.queryId) }) }), " · ",
      timeElement(alert.createdAt, relative(alert.createdAt)), related, " · ",
      el("a", { className: "article-link", href: articleHref(alert.articleId), textContent: t("common.details") })),
    passage ? el("p", { className: "snippet" }, highlighted(passage.highlighted)) : null);
  item.dataset.id = String(alert.id);
  return item;
}

async function setRead(alert, button) {
  button.disabled = true;
  try {
    await api(`/api/alerts/${alert.id}/${alert.read ? "unread" : "read"}`, { method: "POST" });
    await loadAlerts();
  } catch (error) {
    button.disabled = false;
    button.title = error.message;
  }
}

async function loadQueries() {
  const list = $("queries");
  try {
    const queries = await api("/api/queries");
    $("queries-summary").textContent = t("queries.active", { count: queries.filter((q) => q.enabled).length });
    list.replaceChildren(...(queries.length ? queries.map(queryItem) : [el("li", { className: "muted", textContent: t("queries.none") })]));
  } catch (error) {
    list.replaceChildren(el("li", { className: "muted", textContent: t("queries.error", { message: error.message }) }));
  }
}

function queryItem(query) {
  const rule = query.rule;
  const delivery = [rule.digest !== "none" ? t(`queries.digest.${rule.digest}`) : null,
    rule.maxPerHour ? t("queries.maxPerHour", { count: rule.maxPerHour }) : null,
    rule.quietHours ? t("queries.quiet", { start: rule.quietHours.start, end: rule.quietHours.end }) : null,
    ...rule.targets.map((target) => `${target.channel} ${target.address}`)].filter(Boolean);
  const item = el("li", { className: query.enabled ? "" : "disabled" },
    el("span", { className: "query-name", textContent: query.name }),
    query.enabled ? null : el("span", { className: "badge Paused", textContent: t("queries.off") }),
    el("code", { className: "query-text", textContent: query.query }),
    el("span", { className: "meta", textContent: delivery.length ? delivery.join(" · ") : t("queries.inAppOnly") }));
  item.querySelector("code").addEventListener("click", () => { $("check-query").value = query.query; $("check-text").focus(); });
  return item;
}

async function checkQuery() {
  const form = new FormData($("check-form"));
  const body = { query: String(form.get("query") ?? ""), text: String(form.get("text") ?? "") };
  if (form.get("lang")) body.lang = String(form.get("lang"));
  const out = $("check-result");
  out.replaceChildren(el("p", { className: "muted", textContent: t("check.checking") }));
  const response = await authorizedFetch("/api/match", { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify(body) });
  const result = response.headers.get("content-type")?.includes("json") ? await response.json() : null;
  if (!response.ok) {
    out.replaceChildren(el("p", { className: "status error", textContent: problemText(result) || `${response.status} ${response.statusText}` }),
      Number.isInteger(result?.position) ? pointAt(body.query, result.position) : null);
    return;
  }
  out.replaceChildren(explanation(result));
}

function explanation(result) {
  const verdict = el("p", { className: "verdict" },
    el("span", { className: `badge ${result.matched ? "Ok" : "Failing"}`, textContent: t(result.matched ? "check.matches" : "check.noMatch") }), " ",
    el("span", { className: "lang", textContent: result.language }), result.languageDetected ? t("check.detected") : "", " ",
    el("code", { className: "query-text", textContent: result.expandedQuery }));
  const rows = result.terms.map((term) => el("tr", { className: term.negated ? "negated" : "" },
    el("td", {}, el("code", { textContent: (term.negated ? "NOT " : "") + term.term })),
    el("td", { textContent: term.normalisedForms.join(", ") || "—" }),
    el("td", { textContent: term.matchedWords.join(", ") || (term.occurrences ? t("check.yes") : "—") })));
  const table = el("table", { className: "terms" },
    el("thead", {}, el("tr", {}, ...["check.term", "check.comparedAs", "check.found"].map((h) => el("th", { scope: "col", textContent: t(h) })))),
    el("tbody", {}, ...rows));
  const passages = el("ul", { className: "passages" }, ...result.passages.map((p) => el("li", { className: "snippet" }, highlighted(p.highlighted))));
  return el("div", {}, verdict, table, result.passages.length ? passages : null);
}

document.addEventListener("DOMContentLoaded", async () => {
  await i18nReady;
  $("unread-only").addEventListener("change", () => { alertState.page = 1; loadAlerts(); });
  $("alerts-prev").addEventListener("click", () => { alertState.page -= 1; loadAlerts(); });
  $("alerts-next").addEventListener("click", () => { alertState.page += 1; loadAlerts(); });
  $("check-form").addEventListener("submit", (event) => { event.preventDefault(); checkQuery(); });
  loadAlerts();
  loadQueries();
  setInterval(() => { loadAlerts(); loadQueries(); }, REFRESH_MS);
});
