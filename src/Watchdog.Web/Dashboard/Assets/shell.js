// Watchdog dashboard, the frame every page shares: the top bar (pages, who is signed in, the token button and the
// language switcher), the sign-in dialog and the footer (API, OpenAPI, metrics and health links). Each page's HTML
// holds only its <main>; this file (loaded right after i18n.js, deferred, so the body exists) draws the rest, and
// translatePage gives it its texts.
// Pages marked admin are shown to admins only (auth.js hides them once it knows the caller).
"use strict";

const SHELL_PAGES = [
  { path: "/", key: "nav.overview", page: "index" },
  { path: "/alerts", key: "nav.alerts", page: "alerts" },
  { path: "/sources", key: "nav.sources", page: "sources" },
  { path: "/watchlists", key: "nav.watchlists", page: "watchlists" },
  { path: "/queries", key: "nav.queries", page: "queries" },
  { path: "/reports", key: "nav.reports", page: "reports" },
  { path: "/admin", key: "nav.admin", page: "admin", admin: true },
];

function currentPage() {
  return document.documentElement.dataset.page || "index";
}

function shellHeader() {
  const header = document.createElement("header");
  header.className = "topbar";
  header.innerHTML = `
  <a class="brand" href="/"><span class="brand-mark" aria-hidden="true">◉</span> Watchdog</a>
  <nav class="pages" aria-label="Pages" data-i18n-aria-label="nav.pages"></nav>
  <nav class="tools" aria-label="Tools" data-i18n-aria-label="nav.label">
    <span id="who" class="who"></span>
    <button type="button" id="token-button" class="topbar-button" data-i18n="token.button">Token</button>
    <label class="visually-hidden" for="ui-language" data-i18n="language.label">Language of the dashboard</label>
    <select id="ui-language" class="compact-select language-switcher">
      <option value="en" lang="en">English</option>
      <option value="ru" lang="ru">Русский</option>
      <option value="kk" lang="kk">Қазақша</option>
    </select>
  </nav>`;
  const pages = header.querySelector("nav.pages");
  for (const entry of SHELL_PAGES) {
    const link = document.createElement("a");
    link.href = entry.path;
    link.dataset.i18n = entry.key;
    link.textContent = entry.page;
    if (entry.admin) Object.assign(link, { hidden: true }).dataset.adminOnly = "";
    if (entry.page === currentPage()) link.setAttribute("aria-current", "page");
    pages.append(link);
  }
  return header;
}

function shellDialog() {
  const dialog = document.createElement("dialog");
  dialog.id = "token-dialog";
  dialog.className = "token-dialog";
  dialog.setAttribute("aria-labelledby", "token-heading");
  dialog.innerHTML = `
  <form method="dialog" class="check-form">
    <h2 id="token-heading" data-i18n="signIn.heading">Sign in</h2>
    <p id="token-reason" class="muted"></p>
    <label for="token-input" data-i18n="signIn.token">API token</label>
    <input id="token-input" name="token" type="password" autocomplete="off" spellcheck="false">
    <div class="check-row">
      <button type="submit" value="ok" data-i18n="signIn.use">Use token</button>
      <button type="button" id="token-cancel" class="secondary" data-i18n="signIn.cancel">Cancel</button>
    </div>
  </form>`;
  return dialog;
}

function shellFooter() {
  const footer = document.createElement("footer");
  footer.className = "footer";
  // The links for developers and operators live here rather than in the top bar, which Russian and Kazakh page names fill.
  footer.innerHTML = `<span data-i18n="footer.text">Watchdog watches public sources only.</span>
    <a href="/scalar">API</a> <a href="/openapi/v1.json">OpenAPI</a> <a href="/metrics" data-i18n="nav.metrics">Metrics</a>
    <a href="/healthz" data-i18n="footer.health">Health</a>`;
  return footer;
}

// A skip link first, so keyboard users reach the page's content without going through the top bar every time.
function shellSkipLink() {
  const link = document.createElement("a");
  link.className = "skip-link";
  link.href = "#main";
  link.dataset.i18n = "nav.skip";
  link.textContent = "Skip to content";
  return link;
}

// A modal dialog keeps Tab and Shift+Tab among its own controls: chromium would otherwise move focus out to the
// browser's own bar after the last one. Escape closing it is the browser's; giving focus back is each opener's.
function keepFocusIn(dialog) {
  dialog.addEventListener("keydown", (event) => {
    if (event.key !== "Tab") return;
    const controls = [...dialog.querySelectorAll("button, input, select, textarea, a[href]")].filter((c) => !c.disabled && c.offsetParent !== null);
    if (!controls.length) return;
    const [first, last] = [controls[0], controls[controls.length - 1]];
    if (event.shiftKey && document.activeElement === first) { last.focus(); event.preventDefault(); }
    else if (!event.shiftKey && document.activeElement === last) { first.focus(); event.preventDefault(); }
  });
}

(function drawShell() {
  const main = document.querySelector("main");
  if (main && !main.id) main.id = "main";
  document.body.prepend(shellSkipLink(), shellHeader());
  const dialog = shellDialog();
  keepFocusIn(dialog);
  document.body.append(dialog, shellFooter());
})();
