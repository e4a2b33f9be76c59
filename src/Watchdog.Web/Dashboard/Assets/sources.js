// Watchdog dashboard, the sources page: every source with its health and what to do with it (pause, resume, fetch now, remove),
// and a form that previews what a new address would give (POST /api/sources/preview) before adding it.
// Uses $, api, send, el, relative, timeElement, formatNumber and sourceName from common.js and i18n.js.
"use strict";

const SOURCES_REFRESH_MS = 15000;

async function loadSourceList() {
  const body = $("sources-body");
  try {
    const sources = await api("/api/sources");
    $("sources-summary").textContent = t("sources.summary", { watched: sources.length, failing: sources.filter((s) => s.status === "Failing").length, paused: sources.filter((s) => s.status === "Paused").length });
    body.replaceChildren(...(sources.length ? sources.map(sourceListRow) : [messageRow(7, t("sourcesPage.none"))]));
  } catch (error) {
    body.replaceChildren(messageRow(7, t("sources.error", { message: error.message })));
  }
}

function sourceListRow(source) {
  const name = el("td", {}, el("span", { className: "source-title", textContent: sourceName(source) }),
    el("a", { className: "source-url", href: source.url, textContent: source.url, rel: "noopener noreferrer" }),
    el("span", { className: "reason", textContent: `${source.kind.toLowerCase()} · ${source.every}` }));
  const status = el("td", {}, el("span", { className: `badge ${source.status}`, textContent: t(`status.${source.status}`) }));
  // Why it is paused, or why its last fetch failed: the reason an analyst acts on.
  const reason = source.pausedReason || (source.consecutiveFailures > 0 || source.status === "Failing" ? source.lastError : null);
  if (reason) status.append(el("span", { className: "reason", textContent: reason }));
  const row = el("tr", {}, name, status,
    el("td", {}, timeElement(source.lastFetchAt, relative(source.lastFetchAt))),
    el("td", { className: "num", textContent: formatNumber(source.itemsStored) }),
    el("td", { className: "num", textContent: formatNumber(source.errorCount) }),
    el("td", {}, source.status === "Paused" ? document.createTextNode(t("sources.pausedRun")) : timeElement(source.nextRunAt, relative(source.nextRunAt))),
    el("td", {}, sourceActions(source)));
  row.dataset.id = String(source.id);
  return row;
}

function sourceActions(source) {
  const paused = source.status === "Paused";
  const toggle = el("button", { type: "button", textContent: t(paused ? "sourcesPage.resume" : "sourcesPage.pause") });
  toggle.addEventListener("click", () => act(toggle, () => send("POST", `/api/sources/${source.id}/${paused ? "resume" : "pause"}`)));
  const remove = el("button", { type: "button", className: "danger", textContent: t("sourcesPage.remove") });
  remove.addEventListener("click", () => {
    if (confirm(t("sourcesPage.confirmRemove", { name: sourceName(source) }))) act(remove, () => send("DELETE", `/api/sources/${source.id}`));
  });
  const fetchNow = el("button", { type: "button", textContent: t("sourcesPage.fetchNow"), disabled: paused });
  fetchNow.addEventListener("click", () => act(fetchNow, () => send("POST", `/api/sources/${source.id}/fetch-now`)));
  return el("span", { className: "row-actions" }, toggle, fetchNow, remove);
}

// Runs a change, then shows the list as it now is; a refusal is shown on the button that asked for it.
async function act(button, change) {
  button.disabled = true;
  try {
    await change();
    await loadSourceList();
  } catch (error) {
    button.disabled = false;
    button.title = error.message;
    showAddStatus(error.message, true);
  }
}

function showAddStatus(text, isError) {
  const status = $("add-status");
  status.textContent = text;
  status.classList.toggle("error", isError);
}

function sourceRequest() {
  const form = new FormData($("add-form"));
  const text = (name) => String(form.get(name) ?? "").trim();
  const request = { url: text("url"), kind: text("kind") || "auto" };
  if (text("title")) request.title = text("title");
  if (text("every")) request.every = text("every");
  const tags = text("tags").split(/\s+/).filter(Boolean);
  if (tags.length) request.tags = tags;
  return request;
}

async function previewSource() {
  const { url, kind } = sourceRequest();
  if (!$("add-form").reportValidity()) return;
  showAddStatus(t("sourcesPage.previewing"), false);
  $("preview").hidden = true;
  try {
    const preview = await send("POST", "/api/sources/preview", { url, kind });
    showPreview(preview);
    showAddStatus(preview.problem ? t("sourcesPage.previewProblem", { problem: preview.problem }) : "", Boolean(preview.problem));
  } catch (error) {
    showAddStatus(error.message, true);
  }
}

function showPreview(preview) {
  $("preview-summary").textContent = [t("sourcesPage.detected", { kind: t(`sourcesPage.kindName.${preview.kind}`) }),
    preview.title, t("sourcesPage.found", { count: preview.found })].filter(Boolean).join(" · ");
  $("preview-items").replaceChildren(...preview.items.map((item) => el("li", {},
    item.url ? el("a", { href: item.url, textContent: item.title || item.url, rel: "noopener noreferrer" }) : el("span", { textContent: item.title ?? "" }),
    el("span", { className: "meta", textContent: [item.author, item.publishedAt ? formatDate(item.publishedAt) : null].filter(Boolean).join(" · ") }),
    item.text ? el("span", { className: "snippet", textContent: item.text }) : null)));
  $("preview").hidden = false;
}

async function addSource(event) {
  event.preventDefault();
  const button = $("add-button");
  button.disabled = true;
  try {
    const source = await send("POST", "/api/sources", sourceRequest());
    showAddStatus(t("sourcesPage.added", { name: sourceName(source) }), false);
    $("add-form").reset();
    $("preview").hidden = true;
    await loadSourceList();
  } catch (error) {
    showAddStatus(error.message, true);
  } finally {
    button.disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  await i18nReady;
  $("add-form").addEventListener("submit", addSource);
  $("preview-button").addEventListener("click", previewSource);
  await loadSourceList();
  setInterval(loadSourceList, SOURCES_REFRESH_MS);
});
