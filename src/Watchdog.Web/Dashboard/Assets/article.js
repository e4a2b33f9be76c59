// Watchdog dashboard, the article view (/article?id=N): the text and its metadata from GET /api/articles/{id}, and
// beside it what Watchdog made of it from GET /api/articles/{id}/analysis — the standing queries it matches with the
// passages, entities, tone, and its story with the near-duplicates marked. Uses $, api, el, highlighted, formatDate,
// formatNumber and articleHref from common.js.
"use strict";

function articleId() {
  const id = Number(new URLSearchParams(location.search).get("id"));
  return Number.isInteger(id) && id > 0 ? id : null;
}

function showArticle(article, analysis) {
  document.title = `Watchdog · ${article.title}`;
  $("article-title").removeAttribute("data-i18n");
  $("article-title").textContent = article.title;
  const rows = [
    ["articlePage.source", analysis.sourceTitle ?? article.siteName],
    ["articlePage.url", el("a", { href: article.url, textContent: article.url, rel: "noopener noreferrer" })],
    ["articlePage.author", article.authors.join(", ") || null],
    ["articlePage.published", article.publishedAt ? formatDate(article.publishedAt) : null],
    ["articlePage.fetched", formatDate(article.fetchedAt)],
    ["articlePage.language", el("span", { className: "lang", textContent: article.language })],
  ].filter(([, value]) => value);
  $("article-meta").replaceChildren(...rows.flatMap(([key, value]) => [el("dt", { textContent: t(key) }), el("dd", {}, value)]));
  $("article-text").textContent = article.text;
}

function showMatches(matches) {
  $("article-matches").replaceChildren(...(matches.length ? matches.map((match) => el("li", {},
    el("span", { className: "query-name", textContent: match.name }),
    match.enabled ? null : el("span", { className: "badge Paused", textContent: t("queries.off") }),
    ...match.passages.map((passage) => el("p", { className: "snippet" }, highlighted(passage.highlighted)))))
    : [el("li", { className: "muted", textContent: t("articlePage.noMatches") })]));
}

function showEntities(entities) {
  if (entities === null) { $("article-entities").replaceChildren(el("li", { className: "muted", textContent: t("articlePage.notTagged") })); return; }
  $("article-entities").replaceChildren(...(entities.length ? entities.map((entity) => el("li", {},
    el("span", { className: "entity-name", textContent: entity.name }), " ",
    el("span", { className: "meta", textContent: `${t(`articlePage.kind.${entity.kind}`)} · ${t("articlePage.mentions", { count: entity.mentions })}` })))
    : [el("li", { className: "muted", textContent: t("entities.none") })]));
}

function showTone(tone) {
  $("article-tone").replaceChildren(tone ? el("span", { className: `tone-label tone-${tone}`, textContent: t(`articlePage.tone.${tone}`) })
    : el("span", { className: "muted", textContent: t("articlePage.noTone") }));
}

function showStory(story) {
  if (!story) { $("article-story").textContent = t("articlePage.noStory"); $("article-story-articles").replaceChildren(); return; }
  $("article-story").textContent = [t("articlePage.storySize", { count: story.size }), story.label.join(", ")].filter(Boolean).join(" · ");
  $("article-story-articles").replaceChildren(...story.articles.map((other) => el("li", {},
    el("a", { href: articleHref(other.id), textContent: other.title }),
    other.nearDuplicate ? el("span", { className: "badge New", textContent: t("articlePage.nearDuplicate") }) : null,
    el("span", { className: "meta", textContent: [other.sourceTitle, formatDate(other.publishedAt)].filter(Boolean).join(" · ") }))));
}

async function loadArticle() {
  const id = articleId();
  const status = $("article-status");
  if (!id) { $("article-title").textContent = t("articlePage.noId"); return; }
  try {
    const [article, analysis] = await Promise.all([api(`/api/articles/${id}`), api(`/api/articles/${id}/analysis`)]);
    showArticle(article, analysis);
    showMatches(analysis.matches);
    showEntities(analysis.entities);
    showTone(analysis.tone);
    showStory(analysis.story);
  } catch (error) {
    $("article-title").textContent = t("articlePage.notFound");
    status.classList.add("error");
    status.textContent = error.message;
  }
}

document.addEventListener("DOMContentLoaded", async () => {
  await i18nReady;
  await loadArticle();
});
