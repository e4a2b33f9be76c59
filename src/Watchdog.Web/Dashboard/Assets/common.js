// Watchdog dashboard, helpers every page's scripts share: api() calls the REST API through authorizedFetch (auth.js)
// and turns a ProblemDetails answer into an Error with one readable sentence; el() builds an element.
// Loaded after auth.js and before the page's own scripts.
"use strict";

async function api(path, init = {}) {
  const response = await authorizedFetch(path, { ...init, headers: { Accept: "application/json", ...init.headers } });
  const body = response.headers.get("content-type")?.includes("json") ? await response.json() : null;
  if (!response.ok) throw Object.assign(new Error(problemText(body) || `${response.status} ${response.statusText}`), { problem: body });
  return body;
}

// ProblemDetails → one readable sentence, including field errors and the query position.
function problemText(problem) {
  if (!problem) return "";
  const parts = [problem.title, problem.detail].filter(Boolean);
  for (const messages of Object.values(problem.errors ?? {})) parts.push(...messages);
  if (Number.isInteger(problem.position) && problem.position >= 0) parts.push(t("error.atCharacter", { position: String(problem.position + 1) }));
  return parts.join(" ");
}

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  Object.assign(node, props);
  for (const child of children) if (child != null) node.append(child);
  return node;
}
