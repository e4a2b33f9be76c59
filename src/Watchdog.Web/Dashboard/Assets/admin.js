// Watchdog dashboard, the Administration page (admins only; the API checks every call): users and their tokens,
// and the audit log with filters and pages. admin-guard.js adds site audits and leak watch. A person who is not an
// admin sees one clear sentence instead of sections that would only fail.
// Uses $/api/el/formatDate (common.js), callerReady/isAdmin (auth.js) and t/formatNumber (i18n.js).
"use strict";

const AUDIT_PAGE_SIZE = 25;
const adminView = { auditPage: 1, auditPages: 0, returnFocus: null };

function adminTime(iso) {
  return iso ? el("time", { dateTime: iso, textContent: formatDate(iso) }) : document.createTextNode("—");
}

function setStatus(id, text, isError = false) {
  $(id).classList.toggle("error", isError);
  $(id).textContent = text;
}

// A button whose accessible name says what it acts on ("Revoke the token of anna"), as a table has many alike.
function actionButton(text, label, onClick, className = "tool-button") {
  const button = el("button", { type: "button", className, textContent: text });
  button.setAttribute("aria-label", label);
  button.addEventListener("click", onClick);
  return button;
}

// --- Users and tokens ---------------------------------------------------------------------------------------------

function tokenState(user) {
  if (user.tokenRevokedAt) return el("span", { className: "badge Failing", textContent: t("admin.token.revoked") });
  if (!user.tokenExpiresAt) return el("span", { className: "badge Ok", textContent: t("admin.token.noExpiry") });
  const expired = new Date(user.tokenExpiresAt) <= new Date();
  return el("span", {}, el("span", { className: `badge ${expired ? "Failing" : "Ok"}`, textContent: t(expired ? "admin.token.expired" : "admin.token.valid") }),
    " ", el("span", { className: "muted" }, t("admin.token.until"), " ", adminTime(user.tokenExpiresAt)));
}

function userRow(user) {
  const role = String(user.role).toLowerCase();
  return el("tr", {},
    el("td", { className: "source-title", textContent: user.name }),
    el("td", { textContent: t(`role.${role}`) }),
    el("td", {}, adminTime(user.createdAt)),
    el("td", {}, tokenState(user)),
    el("td", { className: "actions" },
      actionButton(t("admin.users.newToken"), t("admin.users.newTokenFor", { name: user.name }), (event) => newToken(user.name, event.currentTarget)),
      " ",
      actionButton(t("admin.users.revoke"), t("admin.users.revokeFor", { name: user.name }), () => revokeToken(user.name), "tool-button danger")));
}

async function loadUsers() {
  const body = $("users-body");
  try {
    const users = await api("/api/users");
    body.replaceChildren(...(users.length ? users.map(userRow) : [messageRow(5, t("admin.users.none"))]));
  } catch (error) {
    body.replaceChildren(messageRow(5, t("admin.users.error", { message: error.message })));
  }
}

async function addUser(event) {
  event.preventDefault();
  const form = new FormData(event.target);
  const request = { name: String(form.get("name")).trim(), role: String(form.get("role")), expires: String(form.get("expires")) };
  try {
    const added = await api("/api/users", { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(request) });
    event.target.reset();
    setStatus("users-status", t("admin.users.added", { name: added.user.name }));
    showToken(added, event.submitter ?? $("user-name"));
    loadUsers();
  } catch (error) {
    setStatus("users-status", error.message, true);
  }
}

async function newToken(name, opener) {
  try {
    const issued = await api(`/api/users/${encodeURIComponent(name)}/token`, { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" });
    setStatus("users-status", t("admin.users.tokenIssued", { name }));
    showToken(issued, opener);
    loadUsers();
  } catch (error) {
    setStatus("users-status", error.message, true);
  }
}

async function revokeToken(name) {
  if (!confirm(t("admin.users.revokeConfirm", { name }))) return;
  try {
    await api(`/api/users/${encodeURIComponent(name)}/revoke`, { method: "POST" });
    setStatus("users-status", t("admin.users.revoked", { name }));
    loadUsers();
  } catch (error) {
    setStatus("users-status", error.message, true);
  }
}

// The token is shown once, in a modal dialog (focus stays inside; Escape or the button closes it), then focus goes
// back to the control that asked for it.
function showToken(issued, opener) {
  const dialog = $("token-shown");
  adminView.returnFocus = opener;
  $("token-shown-text").textContent = t("admin.token.for", { name: issued.user.name, role: t(`role.${String(issued.user.role).toLowerCase()}`) });
  $("token-shown-value").value = issued.token;
  $("token-shown-expiry").replaceChildren(issued.user.tokenExpiresAt
    ? el("span", {}, t("admin.token.until"), " ", adminTime(issued.user.tokenExpiresAt)) : t("admin.token.noExpiry"));
  // The browser gives focus back, as the dialog closes, to what had it when the dialog opened; the "close" event comes
  // a task later. Focusing the opener first makes the two agree, so focus never rests on the name field in between.
  opener.focus();
  dialog.showModal();
  $("token-shown-value").select();
}

// --- Audit log ----------------------------------------------------------------------------------------------------

function auditParams(page) {
  const form = new FormData($("audit-form"));
  const params = new URLSearchParams({ page: String(page), pageSize: String(AUDIT_PAGE_SIZE) });
  for (const name of ["action", "actor"]) if (String(form.get(name) ?? "").trim()) params.set(name, String(form.get(name)).trim());
  if (form.get("from")) params.set("from", `${form.get("from")}T00:00:00Z`);
  // "To" is a whole day: up to the next midnight.
  if (form.get("to")) params.set("to", new Date(new Date(`${form.get("to")}T00:00:00Z`).getTime() + 86400000).toISOString());
  return params;
}

// The details are a JSON object; "queries: a | b · from: … · format: html" reads better than the raw text.
function detailsText(details) {
  try {
    return Object.entries(JSON.parse(details)).filter(([, value]) => value != null)
      .map(([name, value]) => `${name}: ${Array.isArray(value) ? value.join(" | ") : typeof value === "object" ? JSON.stringify(value) : value}`).join(" · ");
  } catch {
    return details;
  }
}

function auditRow(entry) {
  return el("tr", {},
    el("td", {}, adminTime(entry.at)),
    el("td", { textContent: entry.actor }),
    el("td", {}, el("code", { textContent: entry.action })),
    el("td", { textContent: entry.target ?? "" }),
    el("td", { className: "details" }, entry.details ? el("code", { textContent: detailsText(entry.details) }) : ""));
}

async function loadAudit(page) {
  try {
    const result = await api(`/api/audit?${auditParams(page)}`);
    adminView.auditPage = result.page;
    adminView.auditPages = result.totalPages;
    setStatus("audit-status", t("admin.audit.count", { count: result.total }));
    $("audit-body").replaceChildren(...(result.entries.length ? result.entries.map(auditRow) : [messageRow(5, t("admin.audit.none"))]));
  } catch (error) {
    setStatus("audit-status", error.message, true);
    $("audit-body").replaceChildren();
    adminView.auditPages = 0;
  }
  $("audit-pager").hidden = adminView.auditPages <= 1;
  $("audit-prev").disabled = adminView.auditPage <= 1;
  $("audit-next").disabled = adminView.auditPage >= adminView.auditPages;
  $("audit-page").textContent = adminView.auditPages ? t("pager.info", { page: adminView.auditPage, pages: adminView.auditPages }) : "";
}

// --- The page -----------------------------------------------------------------------------------------------------

document.addEventListener("DOMContentLoaded", async () => {
  await i18nReady;
  const caller = await callerReady;
  if (!isAdmin(caller)) {
    $("admin-denied").hidden = false;
    return;
  }
  $("admin-content").hidden = false;
  $("user-form").addEventListener("submit", addUser);
  keepFocusIn($("token-shown"));
  $("token-shown").addEventListener("close", () => { $("token-shown-value").value = ""; adminView.returnFocus?.focus(); });
  $("audit-form").addEventListener("submit", (event) => { event.preventDefault(); loadAudit(1); });
  $("audit-prev").addEventListener("click", () => loadAudit(adminView.auditPage - 1));
  $("audit-next").addEventListener("click", () => loadAudit(adminView.auditPage + 1));
  document.dispatchEvent(new CustomEvent("watchdog:admin"));
  loadUsers();
  loadAudit(1);
});
