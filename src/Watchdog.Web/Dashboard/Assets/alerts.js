// Watchdog dashboard, the alerts inbox: alerts newest first, those about one story grouped together, filtered by query
// and read state; mark one or all read; each opens its article's view. Uses $, api, send, el, highlighted, relative,
// timeElement and articleHref from common.js.
"use strict";

const INBOX_PAGE_SIZE = 30;
const INBOX_REFRESH_MS = 15000;
const inbox = { page: 1 };

function inboxParams() {
  const params = new URLSearchParams({ page: String(inbox.page), pageSize: String(INBOX_PAGE_SIZE) });
  if ($("inbox-unread").checked) params.set("unread", "true");
  if ($("inbox-query").value) params.set("query", $("inbox-query").value);
  return params;
}

async function loadQueryFilter() {
  try {
    const queries = await api("/api/queries");
    const select = $("inbox-query");
    const chosen = select.value;
    select.replaceChildren(el("option", { value: "", textContent: t("alertsPage.allQueries") }),
      ...queries.map((q) => el("option", { value: String(q.id), textContent: q.name })));
    select.value = chosen;
  } catch (error) {
    console.warn("Watchdog:", error);
  }
}

async function loadInbox() {
  const box = $("inbox");
  try {
    const result = await api(`/api/alerts?${inboxParams()}`);
    $("inbox-summary").textContent = t("alerts.unread", { count: result.unread });
    $("mark-all").disabled = result.unread === 0;
    const groups = byStory(result.alerts);
    box.replaceChildren(...(groups.length ? groups.map(storyGroup)
      : [el("p", { className: "muted", textContent: t($("inbox-unread").checked ? "alerts.noneUnread" : "alertsPage.none") })]));
    $("inbox-pager").hidden = result.totalPages <= 1;
    $("inbox-prev").disabled = inbox.page <= 1;
    $("inbox-next").disabled = inbox.page >= result.totalPages;
    $("inbox-page-info").textContent = t("pager.info", { page: inbox.page, pages: result.totalPages });
  } catch (error) {
    box.replaceChildren(el("p", { className: "muted", textContent: t("alerts.error", { message: error.message }) }));
  }
}

// Alerts about one story (one for each query it matched) side by side, in the order of the newest of each story.
function byStory(alerts) {
  const groups = new Map();
  for (const alert of alerts) {
    const key = alert.storyKey || `alert-${alert.id}`;
    if (!groups.has(key)) groups.set(key, []);
    groups.get(key).push(alert);
  }
  return [...groups.values()];
}

function storyGroup(alerts) {
  const list = el("ol", { className: "alerts" }, ...alerts.map(inboxItem));
  const group = el("section", { className: "story-group" });
  if (alerts.length > 1) group.append(el("p", { className: "muted", textContent: t("alertsPage.sameStory", { count: alerts.length }) }));
  group.append(list);
  return group;
}

function inboxItem(alert) {
  const passage = alert.passages[0];
  const related = alert.relatedArticleIds.length ? ` · ${t("alerts.related", { count: alert.relatedArticleIds.length })}` : "";
  const toggle = el("button", { type: "button", className: "link-button", textContent: t(alert.read ? "alerts.markUnread" : "alerts.markRead") });
  toggle.addEventListener("click", () => markRead(alert, toggle));
  const item = el("li", { className: alert.read ? "alert" : "alert unread" },
    el("div", { className: "alert-head" }, el("a", { href: articleHref(alert.articleId), textContent: alert.title }), toggle),
    el("div", { className: "meta" }, el("span", { className: "query-name", textContent: alert.queryName ?? t("alerts.query", { id: String(alert.queryId) }) }), " · ",
      timeElement(alert.createdAt, relative(alert.createdAt)), related, " · ",
      el("a", { href: alert.url, textContent: t("alertsPage.original"), rel: "noopener noreferrer" })),
    passage ? el("p", { className: "snippet" }, highlighted(passage.highlighted)) : null);
  item.dataset.id = String(alert.id);
  return item;
}

async function markRead(alert, button) {
  button.disabled = true;
  try {
    await send("POST", `/api/alerts/${alert.id}/${alert.read ? "unread" : "read"}`);
    await loadInbox();
  } catch (error) {
    button.disabled = false;
    button.title = error.message;
  }
}

async function markAllRead() {
  const params = new URLSearchParams();
  if ($("inbox-query").value) params.set("query", $("inbox-query").value);
  $("mark-all").disabled = true;
  try {
    const result = await send("POST", `/api/alerts/read?${params}`);
    $("inbox-summary").textContent = t("alertsPage.marked", { count: result.marked });
    await loadInbox();
  } catch (error) {
    $("inbox-summary").textContent = error.message;
    $("mark-all").disabled = false;
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  await i18nReady;
  const reload = () => { inbox.page = 1; loadInbox(); };
  $("inbox-unread").addEventListener("change", reload);
  $("inbox-query").addEventListener("change", reload);
  $("inbox-prev").addEventListener("click", () => { inbox.page -= 1; loadInbox(); });
  $("inbox-next").addEventListener("click", () => { inbox.page += 1; loadInbox(); });
  $("mark-all").addEventListener("click", markAllRead);
  await loadQueryFilter();
  await loadInbox();
  setInterval(loadInbox, INBOX_REFRESH_MS);
});
