// Watchdog dashboard, languages: every text a person reads comes from i18n/{en,ru,kk}.json (texts every page shares)
// and i18n/{page}.{en,ru,kk}.json (a page's own texts; the page names itself in <html data-page>). The language is the
// one chosen with the switcher (kept in localStorage), else the one the server negotiated from the request's
// Accept-Language (<html data-server-language>), else the first of navigator.languages the dashboard speaks, else
// English. Dates and numbers follow it.
// Loaded first; the other scripts wait for `i18nReady` before they render, and call t() for their texts.
"use strict";

const UI_LOCALES = { en: "en-GB", ru: "ru-RU", kk: "kk-KZ" };
const FALLBACK_LANGUAGE = "en";
const LANGUAGE_KEY = "watchdog.language";
const UI_PAGE = document.documentElement.dataset.page || "index";

function chooseLanguage() {
  const saved = localStorage.getItem(LANGUAGE_KEY);
  if (saved && Object.hasOwn(UI_LOCALES, saved)) return saved;
  const negotiated = document.documentElement.dataset.serverLanguage;
  if (negotiated && Object.hasOwn(UI_LOCALES, negotiated)) return negotiated;
  for (const tag of navigator.languages?.length ? navigator.languages : [navigator.language]) {
    const base = String(tag ?? "").toLowerCase().split("-")[0];
    if (Object.hasOwn(UI_LOCALES, base)) return base;
  }
  return FALLBACK_LANGUAGE;
}

const uiLanguage = chooseLanguage();
const uiLocale = UI_LOCALES[uiLanguage];
const uiPlurals = new Intl.PluralRules(uiLocale);
// A browser whose ICU lacks the language (Debian's chromium has no Kazakh) formats with ICU's root data: "2026 M12 6",
// "12,345.6", "-3 min". Then dates and numbers are written numerically the way Kazakhstan writes them, which is also
// Russia's way (06.12.2026, 12 345,6), so no month or unit name comes out in another language.
const uiHasLocaleData = !/^M\d/.test(new Intl.DateTimeFormat(uiLocale, { month: "short" }).format(new Date(2026, 11, 15)));
const NUMERIC_FALLBACK_LOCALE = "ru-RU";
const uiFormatLocale = uiHasLocaleData ? uiLocale : NUMERIC_FALLBACK_LOCALE;
const uiNumbers = new Intl.NumberFormat(uiFormatLocale);
const uiStrings = { chosen: {}, fallback: {} };
const i18nReady = loadStrings();

async function fetchFile(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  if (!response.ok) throw new Error(`${path}: ${response.status} ${response.statusText}`);
  return response.json();
}

// The shared texts and the page's own; a page without texts of its own (the overview) has no file to ask for.
async function fetchStrings(language) {
  const shared = fetchFile(`/i18n/${language}.json`);
  const own = UI_PAGE === "index" ? Promise.resolve({})
    : fetchFile(`/i18n/${UI_PAGE}.${language}.json`).catch((error) => { console.warn("Watchdog:", error); return {}; });
  return { ...(await shared), ...(await own) };
}

// English backs every missing text, so a half-translated file still reads; a file that cannot load is logged, not fatal.
async function loadStrings() {
  document.documentElement.lang = uiLanguage;
  const [chosen, fallback] = await Promise.allSettled([fetchStrings(uiLanguage), fetchStrings(FALLBACK_LANGUAGE)]);
  for (const [name, result] of [["chosen", chosen], ["fallback", fallback]]) {
    if (result.status === "fulfilled") uiStrings[name] = result.value;
    else console.warn(`Watchdog: could not load the ${name} texts:`, result.reason);
  }
}

// t("search.count", { count: 3 }) → "3 articles match." Numbers in the parameters are formatted in the chosen locale;
// a text with plural forms ({ one, few, many, other }) is picked by the "count" parameter.
function t(key, params = {}) {
  const entry = uiStrings.chosen[key] ?? uiStrings.fallback[key] ?? key;
  const text = typeof entry === "object" ? entry[uiPlurals.select(params.count ?? 0)] ?? entry.other : entry;
  return text.replace(/\{(\w+)\}/g, (whole, name) => {
    if (!Object.hasOwn(params, name)) return whole;
    const value = params[name];
    return typeof value === "number" ? uiNumbers.format(value) : String(value);
  });
}

function formatNumber(value, options) {
  return options ? value.toLocaleString(uiFormatLocale, options) : uiNumbers.format(value);
}

// Date options with month names where the browser knows the language, numeric ones where it does not (see above).
function dateOptions(named, numeric) {
  return uiHasLocaleData ? named : numeric;
}

// "12 min", "3 h", "2 d": how long after something happened.
function delayText(minutes) {
  return minutes < 60 ? t("delay.minutes", { count: minutes }) : minutes < 1440 ? t("delay.hours", { count: Math.floor(minutes / 60) })
    : t("delay.days", { count: Math.floor(minutes / 1440) });
}

// The page's own texts: data-i18n sets the text, data-i18n-placeholder / -aria-label / -title set those attributes.
// index.html keeps the English texts, so the page reads even before (or without) the strings.
function translatePage(root) {
  for (const node of root.querySelectorAll("[data-i18n]")) node.textContent = t(node.dataset.i18n);
  for (const attribute of ["placeholder", "aria-label", "title"]) {
    const data = `data-i18n-${attribute}`;
    for (const node of root.querySelectorAll(`[${data}]`)) node.setAttribute(attribute, t(node.getAttribute(data)));
  }
}

// A reload renders everything again in the new language; the search stays, as it lives in the address.
function setUpSwitcher() {
  const select = document.getElementById("ui-language");
  select.value = uiLanguage;
  select.addEventListener("change", () => {
    localStorage.setItem(LANGUAGE_KEY, select.value);
    location.reload();
  });
}

document.addEventListener("DOMContentLoaded", async () => {
  await i18nReady;
  translatePage(document);
  setUpSwitcher();
});
