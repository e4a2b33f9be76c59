// Watchdog dashboard, the standing queries page: the list (enable, disable, edit, delete), an editor whose query is
// checked as it is typed (POST /api/queries/check, with a caret under the error), a test on the last days' articles
// (POST /api/search) and the delivery settings the API offers. Uses $, api, send, el, pointAt and searchHitItem
// from common.js.
"use strict";

// Long enough not to check on every keystroke of a word, short enough to feel live.
const CHECK_DELAY_MS = 350;
// The test shows what a few matches look like; the count says how many there are.
const TEST_SAMPLE = 5;
const queryState = { current: null, checkTimer: 0, checkSeq: 0 };

async function loadQueryList(selectId) {
  try {
    const queries = await api("/api/queries");
    $("query-list").replaceChildren(...(queries.length ? queries.map(queryListItem) : [el("li", { className: "muted", textContent: t("queriesPage.none") })]));
    if (selectId !== undefined) editQuery(queries.find((q) => q.id === selectId) ?? null);
  } catch (error) {
    $("query-list").replaceChildren(el("li", { className: "muted", textContent: t("queries.error", { message: error.message }) }));
  }
}

function queryListItem(query) {
  const open = el("button", { type: "button", className: "link-button query-name", textContent: query.name });
  open.addEventListener("click", () => editQuery(query));
  const toggle = el("button", { type: "button", textContent: t(query.enabled ? "queriesPage.disable" : "queriesPage.enable") });
  toggle.addEventListener("click", () => setEnabled(query, !query.enabled, toggle));
  const item = el("li", { className: query.enabled ? "" : "disabled" },
    el("div", { className: "alert-head" }, el("span", {}, open, query.enabled ? null : el("span", { className: "badge Paused", textContent: t("queries.off") })),
      el("span", { className: "row-actions" }, toggle)),
    el("code", { className: "query-text", textContent: query.query }),
    el("span", { className: "meta", textContent: deliveryText(query.rule) }));
  item.dataset.id = String(query.id);
  return item;
}

function deliveryText(rule) {
  const parts = [rule.digest !== "none" ? t(`queries.digest.${rule.digest}`) : null,
    rule.maxPerHour ? t("queries.maxPerHour", { count: rule.maxPerHour }) : null,
    rule.quietHours ? t("queries.quiet", { start: rule.quietHours.start, end: rule.quietHours.end }) : null,
    ...rule.targets.map((target) => target.address)].filter(Boolean);
  return parts.length ? parts.join(" · ") : t("queries.inAppOnly");
}

// The request PUT needs is the whole query: the list's copy, with only the switch changed.
async function setEnabled(query, enabled, button) {
  button.disabled = true;
  try {
    await send("PUT", `/api/queries/${query.id}`, { ...requestOf(query), enabled });
    await loadQueryList(queryState.current?.id === query.id ? query.id : undefined);
  } catch (error) {
    button.disabled = false;
    showQueryStatus(error.message, true);
  }
}

function requestOf(query) {
  const rule = query.rule;
  return { name: query.name, query: query.query, enabled: query.enabled,
    rule: { maxPerHour: rule.maxPerHour, quietHours: rule.quietHours, digest: rule.digest, targets: rule.targets.map(({ channel, address }) => ({ channel, address })) } };
}

function editQuery(query) {
  queryState.current = query;
  $("editor-heading").textContent = query ? t("queriesPage.editorEdit", { name: query.name }) : t("queriesPage.editorNew");
  $("query-name").value = query?.name ?? "";
  $("query-text").value = query?.query ?? "";
  $("query-enabled").checked = query?.enabled ?? true;
  $("query-digest").value = query?.rule.digest ?? "none";
  $("query-max").value = query?.rule.maxPerHour ?? "";
  $("query-targets").value = (query?.rule.targets ?? []).map((target) => target.address).join("\n");
  $("query-quiet-start").value = query?.rule.quietHours?.start ?? "";
  $("query-quiet-end").value = query?.rule.quietHours?.end ?? "";
  $("query-quiet-zone").value = query?.rule.quietHours?.timeZone ?? "";
  $("delete-query").hidden = !query;
  showQueryStatus("", false);
  $("test-summary").textContent = "";
  $("test-results").replaceChildren();
  checkNow();
}

function editedQuery() {
  const targets = $("query-targets").value.split("\n").map((line) => line.trim()).filter(Boolean)
    .map((address) => ({ channel: /^https?:\/\//i.test(address) ? "webhook" : "email", address }));
  const max = $("query-max").value.trim();
  return { name: $("query-name").value.trim(), query: $("query-text").value, enabled: $("query-enabled").checked,
    rule: { digest: $("query-digest").value, maxPerHour: max ? Number(max) : null, quietHours: editedQuietHours(), targets } };
}

// Both times empty: no quiet hours. One of them alone is sent as it is, so the API says which is missing. A zone left
// empty is the browser's own, which is what "from 22:00" means to the person typing it.
function editedQuietHours() {
  const start = $("query-quiet-start").value, end = $("query-quiet-end").value;
  if (!start && !end) return null;
  const timeZone = $("query-quiet-zone").value.trim() || Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
  return { start: start || null, end: end || null, timeZone };
}

function showQueryStatus(text, isError) {
  $("query-status").textContent = text;
  $("query-status").classList.toggle("error", isError);
}

// Checks the query a moment after the typing stops; an answer to an older text is dropped.
function scheduleCheck() {
  clearTimeout(queryState.checkTimer);
  queryState.checkTimer = setTimeout(checkNow, CHECK_DELAY_MS);
}

async function checkNow() {
  const query = $("query-text").value;
  const seq = ++queryState.checkSeq;
  const out = $("query-check");
  const caret = $("query-caret");
  if (!query.trim()) { out.textContent = ""; out.className = "muted"; caret.hidden = true; return; }
  const response = await authorizedFetch("/api/queries/check", { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json" }, body: JSON.stringify({ query }) });
  const body = response.headers.get("content-type")?.includes("json") ? await response.json() : null;
  if (seq !== queryState.checkSeq) return;
  if (response.ok) {
    out.textContent = t("queriesPage.valid");
    out.className = "muted valid";
    caret.hidden = true;
    return;
  }
  out.textContent = problemText(body) || `${response.status} ${response.statusText}`;
  out.className = "status error";
  const position = body?.position;
  caret.hidden = !Number.isInteger(position);
  if (Number.isInteger(position)) caret.replaceWith(Object.assign(pointAt(query, position), { id: "query-caret" }));
}

async function saveQuery(event) {
  event.preventDefault();
  const current = queryState.current;
  try {
    const saved = current ? await send("PUT", `/api/queries/${current.id}`, editedQuery()) : await send("POST", "/api/queries", editedQuery());
    await loadQueryList(saved.id);
    showQueryStatus(t("queriesPage.saved", { name: saved.name }), false);
  } catch (error) {
    showQueryStatus(error.message, true);
    if (Number.isInteger(error.problem?.position)) checkNow();
  }
}

async function deleteQuery() {
  const current = queryState.current;
  if (!current || !confirm(t("queriesPage.confirmDelete", { name: current.name }))) return;
  try {
    await send("DELETE", `/api/queries/${current.id}`);
    await loadQueryList(null);
    showQueryStatus(t("queriesPage.deleted", { name: current.name }), false);
  } catch (error) {
    showQueryStatus(error.message, true);
  }
}

// The query as a search limited to articles published in the last N days: what it would have raised.
async function testQuery(event) {
  event.preventDefault();
  const query = $("query-text").value.trim();
  const summary = $("test-summary");
  summary.classList.remove("error");
  if (!query) { summary.textContent = t("queriesPage.testEmpty"); return; }
  const days = Math.max(1, Number($("test-days").value) || 1);
  const since = new Date(Date.now() - days * 86400000).toISOString().slice(0, 10);
  summary.textContent = t("queriesPage.testing");
  const prefix = `published:>=${since} AND (`;
  try {
    const result = await send("POST", "/api/search", { q: `${prefix}${query})`, page: 1, pageSize: TEST_SAMPLE, order: "newest" });
    summary.textContent = t("queriesPage.testCount", { count: result.total, days });
    $("test-results").replaceChildren(...result.hits.map(searchHitItem));
  } catch (error) {
    // An error's position counts from the start of the search sent; the person wrote only the query.
    const problem = error.problem;
    summary.classList.add("error");
    summary.textContent = Number.isInteger(problem?.position) ? problemText({ ...problem, position: Math.max(0, problem.position - prefix.length) }) : error.message;
    $("test-results").replaceChildren();
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  await i18nReady;
  $("query-form").addEventListener("submit", saveQuery);
  $("query-text").addEventListener("input", scheduleCheck);
  $("delete-query").addEventListener("click", deleteQuery);
  $("new-query").addEventListener("click", () => editQuery(null));
  $("test-form").addEventListener("submit", testQuery);
  editQuery(null);
  await loadQueryList();
});
