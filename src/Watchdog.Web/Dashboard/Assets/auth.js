// Watchdog dashboard, sign-in part: every API call goes through authorizedFetch, which sends the token kept for this
// browser tab (sessionStorage) and, when the API answers 401, asks for a token once and tries again.
// Loaded before the pages' scripts, after i18n.js (t) and shell.js (the dialog and the top bar it uses).
"use strict";

const TOKEN_KEY = "watchdog.token";
let tokenPrompt = null;
// After "Cancel", stop asking on every refresh; the Token button in the top bar asks again.
let tokenDeclined = false;

async function authorizedFetch(path, init = {}) {
  for (let attempt = 0; ; attempt++) {
    const token = sessionStorage.getItem(TOKEN_KEY);
    const headers = { ...init.headers };
    if (token) headers.Authorization = `Bearer ${token}`;
    const response = await fetch(path, { ...init, headers });
    if (response.status !== 401 || attempt >= 2) return response;
    if (token) sessionStorage.removeItem(TOKEN_KEY);
    if (tokenDeclined) return response;
    const problem = await response.clone().json().catch(() => null);
    if (!(await askForToken(problem?.detail))) return response;
  }
}

// One dialog for every call that got a 401 at the same time; resolves to whether a token was entered.
function askForToken(reason) {
  tokenPrompt ??= new Promise((resolve) => {
    const dialog = document.getElementById("token-dialog");
    const input = document.getElementById("token-input");
    document.getElementById("token-reason").textContent = reason || t("signIn.asked");
    input.value = "";
    // Focus goes back where it was (the Token button, or the page when a call asked).
    const opener = document.activeElement;
    const finish = (entered) => {
      dialog.removeEventListener("close", onClose);
      opener?.focus?.();
      resolve(entered);
    };
    const onClose = () => {
      const token = dialog.returnValue === "ok" ? input.value.trim() : "";
      if (token) sessionStorage.setItem(TOKEN_KEY, token);
      tokenDeclined = !token;
      finish(Boolean(token));
    };
    dialog.addEventListener("close", onClose);
    dialog.showModal();
    input.focus();
  }).finally(() => { tokenPrompt = null; });
  return tokenPrompt;
}

// Who is calling ({ name, role, authRequired }), or null when nobody is signed in; pages wait for it to decide what
// to offer (the API still checks every call: hiding a link is a courtesy, not the protection). Deferred scripts run
// after the page is parsed and shell.js has drawn the top bar, so it can start at once.
const callerReady = i18nReady.then(() => showCaller()).catch((error) => { console.warn("Watchdog:", error); return null; });

async function showCaller() {
  const response = await authorizedFetch("/api/me", { headers: { Accept: "application/json" } });
  const who = document.getElementById("who");
  if (!response.ok) { who.textContent = t("signIn.notSignedIn"); return null; }
  const caller = await response.json();
  who.textContent = caller.authRequired ? `${caller.name} · ${caller.role.toLowerCase()}` : "";
  return caller;
}

function isAdmin(caller) {
  return String(caller?.role ?? "").toLowerCase() === "admin";
}

function showAdminLinks(caller) {
  for (const link of document.querySelectorAll("[data-admin-only]")) link.hidden = !isAdmin(caller);
}

document.addEventListener("DOMContentLoaded", async () => {
  await i18nReady;
  document.getElementById("token-cancel").addEventListener("click", () => document.getElementById("token-dialog").close("cancel"));
  document.getElementById("token-button").addEventListener("click", async () => {
    tokenDeclined = false;
    if (await askForToken(t("signIn.enter"))) location.reload();
  });
  showAdminLinks(await callerReady);
});
