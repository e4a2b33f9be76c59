// Watchdog dashboard, the Administration page's guard part: the operator's own sites (register, publish the token,
// verify, audit, findings, alerts) and leak watch (fingerprint a document, list the documents and the public articles
// found to contain them). Starts when admin.js has found the caller is an admin ("watchdog:admin").
// Uses api/el (common.js), setStatus/adminTime/actionButton (admin.js), $/formatDate (common.js) and t (i18n.js).
"use strict";

const LEAK_FINDINGS_SHOWN = 50;
const SEVERITY_BADGES = { High: "Failing", Warning: "Paused", Low: "New", Info: "New" };

function postJson(path, body) {
  return api(path, { method: "POST", headers: { "Content-Type": "application/json" }, body: JSON.stringify(body) });
}

// --- Sites --------------------------------------------------------------------------------------------------------

function siteCard(site) {
  const state = site.verified
    ? el("span", { className: "badge Ok", textContent: t("admin.sites.verified", { method: site.verifiedWith ?? "" }) })
    : el("span", { className: "badge Paused", textContent: t("admin.sites.unverified") });
  const card = el("li", { className: "card" }, el("div", { className: "card-head" }, el("strong", { textContent: site.origin }), " ", state));
  if (!site.verified) {
    card.append(el("p", { className: "muted", textContent: t("admin.sites.howTo") }),
      el("pre", { className: "how-to", textContent: site.howToVerify ?? site.token }));
  }
  const meta = [t("admin.sites.addedBy", { name: site.addedBy })];
  if (site.lastAuditAt) meta.push(t("admin.sites.lastAudit", { when: formatDate(site.lastAuditAt) }));
  if (site.lastHighFindings?.length) meta.push(t("admin.sites.high", { count: site.lastHighFindings.length }));
  card.append(el("p", { className: "muted", textContent: meta.join(" · ") }));
  const actions = el("div", { className: "check-row start" });
  actions.append(site.verified
    ? actionButton(t("admin.sites.audit"), t("admin.sites.auditSite", { site: site.origin }), (event) => auditSite(site.origin, event.currentTarget))
    : actionButton(t("admin.sites.verify"), t("admin.sites.verifySite", { site: site.origin }), () => verifySite(site.origin)));
  actions.append(actionButton(t("admin.sites.remove"), t("admin.sites.removeSite", { site: site.origin }), () => removeSite(site.origin), "tool-button danger"));
  card.append(actions);
  return card;
}

async function loadSites() {
  try {
    const [sites, alerts] = await Promise.all([api("/api/guard/sites"), api("/api/guard/sites/alerts?limit=20")]);
    $("sites").replaceChildren(...(sites.length ? sites.map(siteCard) : [el("li", { className: "muted", textContent: t("admin.sites.none") })]));
    $("site-alerts").replaceChildren(...(alerts.length
      ? alerts.map((a) => el("li", {}, adminTime(a.at), " ", el("strong", { textContent: a.origin }), ` — ${a.message}`))
      : [el("li", { className: "muted", textContent: t("admin.sites.noAlerts") })]));
  } catch (error) {
    setStatus("sites-status", error.message, true);
  }
}

async function addSite(event) {
  event.preventDefault();
  const url = String(new FormData(event.target).get("url")).trim();
  try {
    const site = await postJson("/api/guard/sites", { url });
    event.target.reset();
    setStatus("sites-status", t("admin.sites.added", { site: site.origin }));
    loadSites();
  } catch (error) {
    setStatus("sites-status", error.message, true);
  }
}

async function verifySite(url) {
  setStatus("sites-status", t("admin.sites.verifying"));
  try {
    const result = await postJson("/api/guard/sites/verify", { url });
    setStatus("sites-status", `${t(result.verified ? "admin.sites.proven" : "admin.sites.notProven")} ${result.explanation}`, !result.verified);
    loadSites();
  } catch (error) {
    setStatus("sites-status", error.message, true);
  }
}

async function removeSite(url) {
  if (!confirm(t("admin.sites.removeConfirm", { site: url }))) return;
  try {
    await postJson("/api/guard/sites/remove", { url });
    setStatus("sites-status", t("admin.sites.removed", { site: url }));
    loadSites();
  } catch (error) {
    setStatus("sites-status", error.message, true);
  }
}

function findingItem(finding) {
  return el("li", { className: "card" },
    el("div", { className: "card-head" }, el("span", { className: `badge ${SEVERITY_BADGES[finding.severity] ?? "New"}`, textContent: t(`severity.${finding.severity}`) }),
      " ", el("strong", { textContent: finding.title })),
    el("p", { className: "evidence", textContent: finding.evidence }),
    el("p", { className: "muted", textContent: finding.advice }));
}

async function auditSite(url, button) {
  const result = $("audit-result");
  button.disabled = true;
  setStatus("sites-status", t("admin.sites.auditing", { site: url }));
  try {
    const report = await postJson("/api/guard/audit", { url });
    setStatus("sites-status", t("admin.sites.audited", { site: url, findings: report.findings.length, passed: report.passed.length }));
    result.replaceChildren(
      el("h3", { className: "subhead", textContent: t("admin.sites.findingsFor", { site: report.site }) }),
      el("ul", { className: "cards" }, ...(report.findings.length ? report.findings.map(findingItem) : [el("li", { className: "muted", textContent: t("admin.sites.noFindings") })])),
      ...(report.notes.length ? [el("ul", { className: "plain-list muted" }, ...report.notes.map((n) => el("li", { textContent: n })))] : []));
    result.hidden = false;
    loadSites();
  } catch (error) {
    setStatus("sites-status", error.message, true);
  } finally {
    button.disabled = false;
  }
}

// --- Leak watch ---------------------------------------------------------------------------------------------------

function documentItem(doc) {
  return el("li", {}, el("strong", { textContent: doc.name }), " ",
    el("span", { className: "muted", textContent: t("admin.leaks.fingerprints", { count: doc.fingerprints }) }), " ",
    adminTime(doc.createdAt), " ",
    actionButton(t("admin.leaks.remove"), t("admin.leaks.removeNamed", { name: doc.name }), () => removeDocument(doc), "tool-button danger"));
}

function leakFindingItem(finding) {
  return el("li", { className: "card" },
    el("div", { className: "card-head" }, el("strong", { textContent: finding.documentName }), " → ",
      el("a", { href: finding.articleUrl, textContent: finding.articleTitle, rel: "noopener noreferrer" })),
    el("p", { className: "muted", textContent: t("admin.leaks.coverage", { share: formatNumber(finding.coverage, { style: "percent", maximumFractionDigits: 1 }), passages: finding.spans.length }) }),
    el("blockquote", { className: "excerpt", textContent: finding.excerpt }),
    el("p", { className: "muted" }, t("admin.leaks.found"), " ", adminTime(finding.foundAt)));
}

async function loadLeaks() {
  try {
    const [documents, findings] = await Promise.all([api("/api/guard/leaks"), api(`/api/guard/leaks/findings?limit=${LEAK_FINDINGS_SHOWN}`)]);
    $("leak-documents").replaceChildren(...(documents.length ? documents.map(documentItem) : [el("li", { className: "muted", textContent: t("admin.leaks.noDocuments") })]));
    $("leak-findings").replaceChildren(...(findings.length ? findings.map(leakFindingItem) : [el("li", { className: "muted", textContent: t("admin.leaks.noFindings") })]));
  } catch (error) {
    setStatus("leaks-status", error.message, true);
  }
}

async function addDocument(event) {
  event.preventDefault();
  const form = new FormData(event.target);
  try {
    const added = await postJson("/api/guard/leaks", { name: String(form.get("name")).trim(), text: String(form.get("text")) });
    event.target.reset();
    setStatus("leaks-status", t("admin.leaks.added", { name: added.name, count: added.fingerprints }));
    loadLeaks();
  } catch (error) {
    setStatus("leaks-status", error.message, true);
  }
}

async function removeDocument(doc) {
  if (!confirm(t("admin.leaks.removeConfirm", { name: doc.name }))) return;
  try {
    await api(`/api/guard/leaks/${encodeURIComponent(doc.id)}`, { method: "DELETE" });
    setStatus("leaks-status", t("admin.leaks.removed", { name: doc.name }));
    loadLeaks();
  } catch (error) {
    setStatus("leaks-status", error.message, true);
  }
}

document.addEventListener("watchdog:admin", () => {
  $("site-form").addEventListener("submit", addSite);
  $("leak-form").addEventListener("submit", addDocument);
  loadSites();
  loadLeaks();
});
