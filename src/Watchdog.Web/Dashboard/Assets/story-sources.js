// Watchdog dashboard, "who breaks and who follows": for the current search, per source (an outlet, never a person), the
// stories of the last 30 days it published first, followed with its own report, or reprinted. Follows the
// "watchdog:search" event of dashboard.js and uses its helpers (api, el, $) and delayText from i18n.js.
"use strict";

const storySourcesView = { loading: 0 };

async function loadStorySources(filters) {
  const run = ++storySourcesView.loading;
  const body = $("story-sources").tBodies[0];
  const summary = $("story-sources-summary");
  summary.textContent = t("common.loading");
  const params = new URLSearchParams({ q: filters.q, days: "30", limit: "10" });
  for (const name of ["lang", "source"]) if (filters[name]) params.set(name, filters[name]);
  try {
    const answer = await api(`/api/stories/sources?${params}`);
    if (run !== storySourcesView.loading) return;
    summary.textContent = t("storySources.summary", { count: answer.stories });
    body.replaceChildren(...(answer.sources.length
      ? answer.sources.map(sourceRoleRow)
      : [messageRow(6, t("storySources.none"))]));
  } catch (error) {
    if (run !== storySourcesView.loading) return;
    summary.textContent = t("storySources.error", { message: error.message });
    body.replaceChildren();
  }
}

function sourceRoleRow(role) {
  const behind = role.medianMinutesBehind === null ? "—" : delayText(role.medianMinutesBehind);
  return el("tr", {}, el("td", { textContent: role.source }),
    ...[role.stories, role.first, role.followed, role.reprinted].map((n) => el("td", { className: "num", textContent: formatNumber(n) })),
    el("td", { className: "num", textContent: behind }));
}

document.addEventListener("watchdog:search", (event) => {
  const { ok, q, lang, source } = event.detail;
  $("story-sources-panel").hidden = !ok;
  if (ok) loadStorySources({ q, lang, source });
});
