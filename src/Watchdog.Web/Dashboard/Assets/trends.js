// Watchdog dashboard, trends part: for the current search, the volume chart with bursts and change on the period before,
// top sources, tone (tone.js), recent stories, and downloads (export, report). Follows the "watchdog:search" event of dashboard.js and
// uses its helpers (api, el, $, problemText); downloads go through authorizedFetch (auth.js) so they carry the token.
"use strict";

const trendView = { filters: null, chartUrl: null, loading: 0 };
const dayFormat = new Intl.DateTimeFormat(uiFormatLocale, { ...dateOptions({ day: "numeric", month: "short" }, { day: "2-digit", month: "2-digit" }), timeZone: "UTC" });
const hourFormat = new Intl.DateTimeFormat(uiFormatLocale, { ...dateOptions({ day: "numeric", month: "short" }, { day: "2-digit", month: "2-digit" }), hour: "2-digit", minute: "2-digit", timeZone: "UTC" });
const percentFormat = new Intl.NumberFormat(uiFormatLocale, { style: "percent", maximumFractionDigits: 0, signDisplay: "exceptZero" });
const TOP_SOURCES_SHOWN = 8;
const STORY_SAMPLES_SHOWN = 3;

function filterParams(extra = {}) {
  const params = new URLSearchParams({ q: trendView.filters.q });
  for (const name of ["lang", "source"]) if (trendView.filters[name]) params.set(name, trendView.filters[name]);
  for (const [name, value] of Object.entries(extra)) params.set(name, value);
  return params;
}

function bucketLabel(iso, bucket) {
  return (bucket === "hour" ? hourFormat : dayFormat).format(new Date(iso));
}

async function loadTrends() {
  const run = ++trendView.loading;
  const bucket = $("trends-bucket").value;
  const params = filterParams({ bucket });
  const summary = $("trends-summary");
  summary.classList.remove("error");
  summary.textContent = t("common.counting");
  try {
    const [trend, chart] = await Promise.all([api(`/api/trends?${params}`), fetchBlob(`/api/trends/chart.svg?${params}&locale=${uiLanguage}`)]);
    // A newer search may have finished first; its answer stays.
    if (run !== trendView.loading) return;
    showChart(chart, t(`trends.chartAlt.${trend.bucket}`, { query: trend.query }));
    showTrendSummary(trend);
    $("trends-bursts").replaceChildren(...(trend.bursts.length
      ? trend.bursts.map((b) => burstItem(b, trend.bucket))
      : [el("li", { className: "muted", textContent: t("trends.noBursts") })]));
    $("trends-sources").replaceChildren(...(trend.sources.length
      ? trend.sources.slice(0, TOP_SOURCES_SHOWN).map((s) => sourceItem(s, trend.total))
      : [el("li", { className: "muted", textContent: t("trends.noSources") })]));
    showTone(trend);
  } catch (error) {
    if (run !== trendView.loading) return;
    summary.classList.add("error");
    summary.textContent = t("common.countFailed", { message: error.message });
    $("trends-chart").hidden = true;
  }
}

function showChart(blob, description) {
  const chart = $("trends-chart");
  if (trendView.chartUrl) URL.revokeObjectURL(trendView.chartUrl);
  trendView.chartUrl = URL.createObjectURL(blob);
  chart.src = trendView.chartUrl;
  chart.alt = description;
  chart.hidden = false;
}

function showTrendSummary(trend) {
  const bucket = trend.bucket === "hour" ? "hour" : "day";
  const summary = $("trends-summary");
  const change = trend.changeRatio === null
    ? el("span", { className: "muted", textContent: trend.total ? t(`trends.noneBefore.${bucket}`) : "" })
    : el("span", { className: `change ${trend.changeRatio > 0 ? "up" : trend.changeRatio < 0 ? "down" : ""}`,
      textContent: t(`trends.change.${bucket}`, { change: percentFormat.format(trend.changeRatio), previous: trend.previousTotal })
        + (trend.changeIsSignificant ? "" : t("trends.withinChance")) });
  summary.replaceChildren(el("strong", { textContent: t("common.articles", { count: trend.total }) }),
    t(`trends.inLast.${bucket}`), change);
}

function burstItem(burst, bucket) {
  const last = new Date(new Date(burst.end) - 1).toISOString();
  const span = bucketLabel(burst.start, bucket) === bucketLabel(last, bucket) ? bucketLabel(burst.start, bucket) : `${bucketLabel(burst.start, bucket)} – ${bucketLabel(last, bucket)}`;
  return el("li", {}, el("span", { className: "burst-when", textContent: span }), " ",
    el("span", { className: "meta", textContent: t("trends.burst", { count: burst.count, expected: formatNumber(burst.expected, { maximumFractionDigits: 1 }) }) }));
}

function sourceItem(source, total) {
  const share = total ? Math.max(2, Math.round((100 * source.count) / total)) : 0;
  return el("li", {}, el("span", { className: "source-name", textContent: source.name }),
    el("span", { className: "source-bar", style: `--share: ${share}%` }),
    el("span", { className: "num", textContent: formatNumber(source.count) }));
}

async function loadStories() {
  const list = $("stories");
  $("stories-summary").textContent = t("common.last30Days");
  list.replaceChildren(el("li", { className: "muted", textContent: t("common.loading") }));
  try {
    const answer = await api(`/api/stories?${filterParams({ days: "30", limit: "10" })}`);
    list.replaceChildren(...(answer.stories.length
      ? answer.stories.map(storyItem)
      : [el("li", { className: "muted", textContent: t("stories.none") })]));
  } catch (error) {
    list.replaceChildren(el("li", { className: "muted", textContent: t("stories.error", { message: error.message }) }));
  }
}

function storyItem(story) {
  const span = `${formatDate(story.firstSeen)} – ${formatDate(story.lastSeen)}`;
  return el("li", { className: "story" },
    el("div", { className: "story-label", textContent: story.label.join(" · ") }),
    el("div", { className: "meta" }, `${t("common.articles", { count: story.size })} · `,
      ...story.languages.flatMap((l) => [el("span", { className: "lang", textContent: l }), " "]), span),
    el("div", { className: "meta story-tone", textContent: t("stories.tone", { tone: toneText(story.tone) }) }),
    // The timeline: who published first, then who followed (or reprinted), and how much later.
    el("ul", { className: "story-articles" }, ...story.timeline.slice(0, STORY_SAMPLES_SHOWN).map((a) =>
      el("li", {}, el("span", { className: `story-role ${a.role}`, textContent: t(`role.${a.role}`) }), " ",
        el("a", { href: articleHref(a.articleId), textContent: a.title }),
        el("span", { className: "meta", textContent: ` ${a.source}${a.role === "first" ? "" : `, +${delayText(a.minutesAfterFirst)}`}` })))));
}

async function fetchBlob(path) {
  const response = await authorizedFetch(path);
  if (!response.ok) {
    const problem = await response.json().catch(() => null);
    throw new Error(problemText(problem) || `${response.status} ${response.statusText}`);
  }
  return response.blob();
}

// Downloads are fetched (so the token goes in the header, never in a URL that lands in logs) and saved from memory.
async function download(path, fallbackName, waitingText) {
  const status = $("download-status");
  status.classList.remove("error");
  status.textContent = waitingText;
  try {
    const response = await authorizedFetch(path);
    if (!response.ok) {
      const problem = await response.json().catch(() => null);
      throw new Error(problemText(problem) || `${response.status} ${response.statusText}`);
    }
    const name = /filename="?([^";]+)"?/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? fallbackName;
    const url = URL.createObjectURL(await response.blob());
    const link = el("a", { href: url, download: name });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 60000);
    status.textContent = t("download.saved", { name });
  } catch (error) {
    status.classList.add("error");
    status.textContent = error.message;
  }
}

function onSearch(event) {
  const { ok, q, lang, source } = event.detail;
  for (const id of ["trends-panel", "stories-panel", "search-tools"]) $(id).hidden = !ok;
  $("download-status").textContent = "";
  if (!ok) return;
  trendView.filters = { q, lang, source };
  loadTrends();
  loadStories();
}

document.addEventListener("watchdog:search", onSearch);
document.addEventListener("DOMContentLoaded", async () => {
  await i18nReady;
  $("trends-bucket").addEventListener("change", () => { if (trendView.filters) loadTrends(); });
  for (const button of document.querySelectorAll("#search-tools [data-export]")) {
    button.addEventListener("click", () => download(`/api/export?${filterParams({ format: button.dataset.export })}`,
      `watchdog-export.${button.dataset.export}`, t("download.exporting")));
  }
  for (const button of document.querySelectorAll("#search-tools [data-report]")) {
    const format = button.dataset.report;
    button.addEventListener("click", () => download(`/api/reports?${filterParams({ format, title: t("report.title", { query: trendView.filters.q }) })}`,
      `watchdog-report.${format}`, t(format === "pdf" ? "download.pdf" : "download.report")));
  }
});
