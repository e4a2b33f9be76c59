// Photographs the dashboard's pages for eng/screenshots.sh with the playwright-core that Microsoft.Playwright ships
// (no npm install, no browser download: Debian's chromium). Waits for what each page draws, so a picture never
// catches a page half loaded, which chromium's own --screenshot does with the report preview's frame.
//   node eng/screenshots.js BASE_URL OUT_DIR ARTICLE_ID   (PLAYWRIGHT_PACKAGE: the package folder)
"use strict";

const { chromium } = require(process.env.PLAYWRIGHT_PACKAGE);
const [base, out, articleId] = process.argv.slice(2);
const PAGES = {
  overview: "/",
  alerts: "/alerts",
  sources: "/sources",
  queries: "/queries",
  article: `/article?id=${articleId}`,
  // The Reports page builds the report a link names, so the picture shows one.
  reports: "/reports?q=" + encodeURIComponent("паводок OR flood OR тасқын") + "&title=Floods",
  admin: "/admin",
};
const LOCALES = { en: "en-GB", ru: "ru-RU" };
const WAIT_MS = 30000;

// What shows a page is done, beyond the network going quiet.
async function settle(name, page) {
  await page.waitForFunction(() => document.querySelector(".topbar nav.pages a")?.textContent !== "index", null, { timeout: WAIT_MS });
  if (name === "reports") {
    await page.frameLocator("#report-preview").locator("h1").waitFor({ timeout: WAIT_MS });
  }
  await page.waitForTimeout(500);
}

(async () => {
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM || "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking"] });
  try {
    for (const [name, path] of Object.entries(PAGES)) {
      for (const [language, locale] of Object.entries(LOCALES)) {
        const context = await browser.newContext({ baseURL: base, locale, viewport: { width: 1280, height: 800 } });
        const page = await context.newPage();
        const response = await page.goto(path, { waitUntil: "networkidle" });
        if (response.status() !== 200) {
          console.error(`screenshots: skipped ${name}: ${path.split("?")[0]} answers ${response.status()} in this build`);
          await context.close();
          break;
        }
        await settle(name, page);
        await page.screenshot({ path: `${out}/${name}-${language}.png` });
        console.error(`screenshots: wrote docs/screenshots/${name}-${language}.png`);
        await context.close();
      }
    }
  } finally {
    await browser.close();
  }
})().catch((error) => { console.error("screenshots:", error); process.exit(1); });
