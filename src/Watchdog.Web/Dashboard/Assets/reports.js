// Watchdog dashboard, the Reports page: builds a report (GET /api/reports) and shows it in a sandboxed frame with a
// link to save it (a PDF is only offered to save), and lists the scheduled reports with "send now".
// Uses api/el (common.js), authorizedFetch (auth.js) and t (i18n.js) and formatDate/$ (common.js).
"use strict";

const REPORT_DAYS_DEFAULT = 30;
const MAX_REPORT_SECTIONS = 10;
const reportView = { url: null };

function isoDay(date) {
  return date.toISOString().slice(0, 10);
}

function setDefaultPeriod() {
  const today = new Date();
  $("report-to").value = isoDay(today);
  $("report-from").value = isoDay(new Date(today.getTime() - REPORT_DAYS_DEFAULT * 86400000));
}

// The form as the query string of GET /api/reports.
function reportParams(form) {
  const params = new URLSearchParams();
  const queries = String(form.get("queries") ?? "").split("\n").map((q) => q.trim()).filter(Boolean);
  for (const q of queries) params.append("q", q);
  const title = String(form.get("title") ?? "").trim();
  if (title) params.set("title", title);
  // Bare dates: the API reads a bare "to" as the whole of that day in the service's time zone (the timeZone setting).
  params.set("from", String(form.get("from")));
  params.set("to", String(form.get("to")));
  params.set("bucket", String(form.get("bucket")));
  if (form.get("lang")) params.set("lang", String(form.get("lang")));
  params.set("format", String(form.get("format")));
  // The report is written in the dashboard's language (the API would otherwise follow Accept-Language).
  params.set("locale", uiLanguage);
  return { params, count: queries.length };
}

function showReportStatus(text, isError = false) {
  const status = $("report-status");
  status.classList.toggle("error", isError);
  status.textContent = text;
}

// A link such as /reports?q=flood&q=паводок&title=Floods opens the page with those queries and builds the report.
function fillFromAddress() {
  const params = new URLSearchParams(location.search);
  const queries = params.getAll("q").map((q) => q.trim()).filter(Boolean);
  if (!queries.length) return false;
  $("report-queries").value = queries.join("\n");
  if (params.get("title")) $("report-title").value = params.get("title");
  return true;
}

async function buildReport(event) {
  event?.preventDefault();
  const form = new FormData($("report-form"));
  const { params, count } = reportParams(form);
  if (count > MAX_REPORT_SECTIONS) { showReportStatus(t("reports.tooMany", { max: MAX_REPORT_SECTIONS }), true); return; }
  const format = params.get("format");
  $("report-build").disabled = true;
  $("report-download").hidden = true;
  $("report-preview").hidden = true;
  $("report-placeholder").hidden = false;
  showReportStatus(t(format === "pdf" ? "download.pdf" : "download.report"));
  try {
    const response = await authorizedFetch(`/api/reports?${params}`);
    if (!response.ok) throw new Error(problemText(await response.json().catch(() => null)) || `${response.status} ${response.statusText}`);
    const name = /filename="?([^";]+)"?/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? `watchdog-report.${format}`;
    const blob = await response.blob();
    if (reportView.url) URL.revokeObjectURL(reportView.url);
    reportView.url = URL.createObjectURL(blob);
    Object.assign($("report-link"), { href: reportView.url, download: name });
    $("report-download").hidden = false;
    if (format === "html") {
      // srcdoc in a frame with every sandbox restriction: the report is self-contained and runs no script.
      $("report-preview").srcdoc = await blob.text();
      $("report-preview").hidden = false;
    }
    $("report-placeholder").hidden = format === "html";
    showReportStatus(t("reports.ready", { name }));
  } catch (error) {
    showReportStatus(error.message, true);
  } finally {
    $("report-build").disabled = false;
  }
}

function whenText(schedule) {
  const day = schedule.day ? t(`reports.day.${schedule.day}`) : "";
  return t(`reports.every.${schedule.every}`, { at: schedule.at, day });
}

function recipientsCell(schedule) {
  const cell = el("td", {});
  const list = el("ul", { className: "plain-list" }, ...schedule.emails.map((address) => el("li", { textContent: address })));
  if (schedule.webhook) list.append(el("li", { className: "muted", textContent: t("reports.webhook") }));
  cell.append(schedule.emails.length || schedule.webhook ? list : t("reports.noRecipients"));
  return cell;
}

function lastSentCell(schedule) {
  const cell = el("td", {}, schedule.lastSent ? el("time", { dateTime: schedule.lastSent, textContent: formatDate(schedule.lastSent) }) : "—");
  if (schedule.retrying) cell.append(el("span", { className: "reason", textContent: t("reports.retrying", { reason: schedule.retrying }) }));
  return cell;
}

function scheduleRow(schedule) {
  const button = el("button", { type: "button", className: "tool-button", textContent: t("reports.sendNow") });
  button.setAttribute("aria-label", t("reports.sendNowNamed", { name: schedule.title }));
  const result = el("span", { className: "muted", role: "status" });
  button.addEventListener("click", () => sendNow(schedule, button, result));
  return el("tr", {},
    el("td", {}, el("span", { className: "source-title", textContent: schedule.title }), el("span", { className: "muted block", textContent: schedule.name })),
    el("td", { textContent: whenText(schedule) }),
    el("td", {}, el("ul", { className: "plain-list" }, ...schedule.queries.map((q) => el("li", {}, el("code", { textContent: q }))))),
    recipientsCell(schedule), lastSentCell(schedule), el("td", {}, button, " ", result));
}

async function sendNow(schedule, button, result) {
  button.disabled = true;
  result.textContent = t("reports.sending");
  try {
    const outcome = await api(`/api/reports/schedules/${encodeURIComponent(schedule.name)}/send`, { method: "POST" });
    result.textContent = outcome.error ? t("reports.sendFailed", { reason: outcome.error }) : t("reports.sent", { count: outcome.delivered });
  } catch (error) {
    result.textContent = error.message;
  } finally {
    button.disabled = false;
  }
}

async function loadSchedules() {
  const body = $("schedules-body");
  try {
    const schedules = await api("/api/reports/schedules");
    $("schedules-summary").textContent = t("reports.schedules.count", { count: schedules.length });
    body.replaceChildren(...(schedules.length ? schedules.map(scheduleRow) : [messageRow(6, t("reports.schedules.none"))]));
  } catch (error) {
    body.replaceChildren(messageRow(6, t("reports.schedules.error", { message: error.message })));
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  await i18nReady;
  setDefaultPeriod();
  $("report-form").addEventListener("submit", buildReport);
  loadSchedules();
  if (fillFromAddress()) buildReport();
});
