// Watchdog dashboard, tone part: the share of positive, neutral and negative articles among the current search's matches,
// over the period, per day (or hour) and per source — in aggregate only, never per person. Drawn from GET /api/trends
// (called by trends.js), whose points and sources each carry their tone counts.
"use strict";

const TONES = ["positive", "neutral", "negative"];
const TONE_SOURCES_SHOWN = 8;
const shareFormat = new Intl.NumberFormat(uiFormatLocale, { style: "percent", maximumFractionDigits: 0 });

function tagged(tone) {
  return tone.positive + tone.neutral + tone.negative;
}

// "25 % positive · 60 % neutral · 15 % negative" (of the tagged articles), or why there is nothing to show.
function toneText(tone) {
  if (!tagged(tone)) return tone.untagged ? t("tone.noneTagged", { untagged: tone.untagged }) : t("tone.noArticles");
  return TONES.map((name) => t(`tone.share.${name}`, { share: shareFormat.format(tone[`${name}Share`]) })).join(" · ");
}

// A bar of three segments whose widths are the shares; the numbers are in its title and label for screen readers.
function toneBar(tone, label) {
  const bar = el("div", { className: "tone-bar", title: `${label}: ${toneText(tone)}` });
  bar.setAttribute("aria-label", `${label}: ${toneText(tone)}`);
  if (!tagged(tone)) bar.classList.add("empty");
  else for (const name of TONES) bar.append(el("span", { className: `tone-${name}`, style: `--share: ${(100 * tone[`${name}Share`]).toFixed(1)}%` }));
  return bar;
}

function showTone(trend) {
  const untagged = trend.tone.untagged ? t("tone.untagged", { count: trend.tone.untagged }) : "";
  $("tone-summary").textContent = tagged(trend.tone) ? t("tone.summary", { tone: toneText(trend.tone), tagged: tagged(trend.tone) }) + untagged : toneText(trend.tone);
  $("tone-overall").replaceWith(Object.assign(toneBar(trend.tone, t("tone.wholePeriod")), { id: "tone-overall" }));
  $("tone-periods").replaceChildren(...trend.points.filter((p) => p.count > 0).map((p) => {
    const item = toneBar(p.tone, bucketLabel(p.start, trend.bucket));
    item.setAttribute("role", "listitem");
    return item;
  }));
  $("tone-sources").replaceChildren(...(trend.sources.length
    ? trend.sources.slice(0, TONE_SOURCES_SHOWN).map((s) => el("li", {}, el("span", { className: "source-name", textContent: s.name }), toneBar(s.tone, s.name)))
    : [el("li", { className: "muted", textContent: t("trends.noSources") })]));
}
