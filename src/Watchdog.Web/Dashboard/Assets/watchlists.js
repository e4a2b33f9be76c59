// Watchdog dashboard, the watchlists page: the lists, an editor for one (name; entries with text, kind, aliases and
// their limits: language, source tag, context query) and an import of CSV or YAML that shows every rejected row. Uses $, api, send, el and formatDate from common.js.
"use strict";

// The words the API uses for kinds (it also accepts organisation, place…, but answers with these).
const ENTRY_KINDS = ["person", "organization", "location", "term"];
// Aliases are typed as the import files write them: separated by | or ;.
const ALIAS_SEPARATOR = /[|;]/;
const listState = { lists: [], current: null };

async function loadLists(selectId) {
  try {
    listState.lists = await api("/api/watchlists");
    $("lists").replaceChildren(...(listState.lists.length ? listState.lists.map(listItem) : [el("li", { className: "muted", textContent: t("watchlistsPage.none") })]));
    if (selectId !== undefined) edit(listState.lists.find((l) => l.id === selectId) ?? null);
  } catch (error) {
    $("lists").replaceChildren(el("li", { className: "muted", textContent: t("watchlistsPage.error", { message: error.message }) }));
  }
}

function listItem(list) {
  const open = el("button", { type: "button", className: "link-button", textContent: `@${list.name}` });
  open.addEventListener("click", () => edit(list));
  const item = el("li", {}, open, el("span", { className: "meta", textContent: `${t("watchlistsPage.entryCount", { count: list.entries.length })} · ${formatDate(list.updatedAt)}` }));
  item.dataset.id = String(list.id);
  return item;
}

// Shows a list in the editor, or an empty editor for a new one.
function edit(list) {
  listState.current = list;
  $("editor-heading").textContent = list ? t("watchlistsPage.editorEdit", { name: list.name }) : t("watchlistsPage.editorNew");
  $("list-name").value = list?.name ?? "";
  $("entries").replaceChildren(...(list?.entries.length ? list.entries.map(entryRow) : [entryRow()]));
  $("delete-list").hidden = !list;
  $("import-block").hidden = !list;
  $("import-errors").replaceChildren();
  $("import-status").textContent = "";
  showStatus("list-status", "", false);
}

function entryRow(entry = { text: "", kind: "term", aliases: [] }) {
  const row = el("div", { className: "entry-row" });
  const text = el("input", { type: "text", className: "entry-text", value: entry.text, autocomplete: "off" });
  text.setAttribute("aria-label", t("watchlistsPage.entryText"));
  const kind = el("select", { className: "entry-kind" }, ...ENTRY_KINDS.map((k) => el("option", { value: k, textContent: t(`watchlistsPage.kind.${k}`) })));
  kind.value = ENTRY_KINDS.includes(entry.kind) ? entry.kind : "term";
  kind.setAttribute("aria-label", t("watchlistsPage.entryKind"));
  const aliases = el("input", { type: "text", className: "entry-aliases", value: entry.aliases.join(" | "), autocomplete: "off" });
  aliases.setAttribute("aria-label", t("watchlistsPage.entryAliases"));
  const remove = el("button", { type: "button", className: "secondary", textContent: "×", title: t("watchlistsPage.removeEntry") });
  remove.setAttribute("aria-label", t("watchlistsPage.removeEntry"));
  remove.addEventListener("click", () => row.remove());
  row.append(text, kind, aliases, remove, entryLimits(entry));
  return row;
}

// The limits that tell namesakes apart, folded away unless the entry has one: most entries have none.
function entryLimits(entry) {
  const field = (className, labelKey, value, placeholderKey) => {
    const input = el("input", { type: "text", className, value: value ?? "", autocomplete: "off", spellcheck: false });
    if (placeholderKey) input.placeholder = t(placeholderKey);
    return el("label", {}, el("span", { textContent: t(labelKey) }), input);
  };
  const limits = el("details", { className: "entry-limits", open: Boolean(entry.language || entry.sourceTag || entry.contextQuery) },
    el("summary", { textContent: t("watchlistsPage.limits") }),
    el("div", { className: "entry-limit-fields" },
      field("entry-language", "watchlistsPage.entryLanguage", entry.language, "watchlistsPage.anyLanguage"),
      field("entry-source-tag", "watchlistsPage.entrySourceTag", entry.sourceTag, "watchlistsPage.anySource"),
      field("entry-context", "watchlistsPage.entryContext", entry.contextQuery, "watchlistsPage.contextExample")));
  limits.querySelector(".entry-language").maxLength = 2;
  return limits;
}

function editedList() {
  const value = (row, selector) => row.querySelector(selector).value.trim() || null;
  const entries = [...$("entries").querySelectorAll(".entry-row")]
    .map((row) => ({
      text: row.querySelector(".entry-text").value.trim(),
      kind: row.querySelector(".entry-kind").value,
      aliases: row.querySelector(".entry-aliases").value.split(ALIAS_SEPARATOR).map((a) => a.trim()).filter(Boolean),
      language: value(row, ".entry-language")?.toLowerCase() ?? null,
      sourceTag: value(row, ".entry-source-tag"),
      contextQuery: value(row, ".entry-context"),
    }))
    .filter((entry) => entry.text);
  return { name: $("list-name").value.trim().replace(/^@/, ""), entries };
}

function showStatus(id, text, isError) {
  $(id).textContent = text;
  $(id).classList.toggle("error", isError);
}

async function saveList(event) {
  event.preventDefault();
  // A "Saved" left from the last save would read as this one's until the answer comes.
  showStatus("list-status", "", false);
  const current = listState.current;
  try {
    const saved = current ? await send("PUT", `/api/watchlists/${current.id}`, editedList()) : await send("POST", "/api/watchlists", editedList());
    await loadLists(saved.id);
    showStatus("list-status", t("watchlistsPage.saved", { name: saved.name }), false);
  } catch (error) {
    showStatus("list-status", error.message, true);
  }
}

async function deleteList() {
  const current = listState.current;
  if (!current || !confirm(t("watchlistsPage.confirmDelete", { name: current.name }))) return;
  try {
    await send("DELETE", `/api/watchlists/${current.id}`);
    await loadLists(null);
    showStatus("list-status", t("watchlistsPage.deleted", { name: current.name }), false);
  } catch (error) {
    showStatus("list-status", error.message, true);
  }
}

// The file chosen, if any, else the text typed; its format from its name when it has one.
async function importBody() {
  const file = $("import-file").files[0];
  if (!file) return { text: $("import-text").value, format: $("import-format").value };
  const format = /\.ya?ml$/i.test(file.name) ? "yaml" : /\.csv$/i.test(file.name) ? "csv" : $("import-format").value;
  return { text: await file.text(), format };
}

async function importEntries(event) {
  event.preventDefault();
  const current = listState.current;
  if (!current) return;
  const { text, format } = await importBody();
  if (!text.trim()) { showStatus("import-status", t("watchlistsPage.importEmpty"), true); return; }
  const params = new URLSearchParams({ format });
  if ($("import-replace").checked) params.set("replace", "true");
  showStatus("import-status", t("watchlistsPage.importing"), false);
  try {
    const result = await api(`/api/watchlists/${current.id}/import?${params}`, { method: "POST", headers: { "Content-Type": format === "yaml" ? "application/yaml" : "text/csv" }, body: text });
    // Re-opening the list shows its new entries and clears the editor's messages, so the report comes after it.
    await loadLists(current.id);
    showImportReport(result);
  } catch (error) {
    showStatus("import-status", error.message, true);
  }
}

function showImportReport(result) {
  const rejected = result.errors.length ? ` ${t("watchlistsPage.rejected", { count: result.errors.length })}` : "";
  showStatus("import-status", t("watchlistsPage.imported", { count: result.imported }) + rejected, result.errors.length > 0);
  $("import-errors").replaceChildren(...result.errors.map((e) => el("li", { textContent: t("watchlistsPage.rowError", { row: e.row, reason: e.reason }) })));
}

document.addEventListener("DOMContentLoaded", async () => {
  await i18nReady;
  $("list-form").addEventListener("submit", saveList);
  $("add-entry").addEventListener("click", () => $("entries").append(entryRow()));
  $("delete-list").addEventListener("click", deleteList);
  $("new-list").addEventListener("click", () => edit(null));
  $("import-form").addEventListener("submit", importEntries);
  edit(null);
  await loadLists();
});
