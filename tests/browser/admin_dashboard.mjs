// The /admin/ dashboard in Debian's headless Chromium, driven by playwright-core,
// against a real pelita-server started by run.sh (with the demo roster imported
// and an admin "kepala" and a reader "staf"). Each step prints what it checked;
// the first failure stops the run naming the step, the page and what was missing.
// Screenshots of every page land in SHOTS.
// Environment: PELITA_URL, PACKAGE (the signed demo .pelita), SHOTS, ADMIN_PASSWORD,
// READER_PASSWORD, KIOSK_KEY and KIOSK_SECRET (a kiosk credential that sends the
// statements the figure pages show).
import { chromium } from 'playwright-core';
import { shotTotal, step, stepTimes, url } from './harness.mjs';
import { csrfRefused, logIn, logOut, readerRefused } from './access_steps.mjs';
import { assignAndPull, importRoster, publishPackage, registerKiosks } from './change_steps.mjs';
import { exportCsv } from './export_steps.mjs';
import { everyPage, everyPageInEnglish, pagePaths, pageTitles, phoneWidth } from './page_steps.mjs';
import { sendStatements } from './seed.mjs';

const started = performance.now();
const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, locale: 'id-ID', acceptDownloads: true });
  const page = await context.newPage();
  // The dashboard has no script, so any dialog means data ran as code.
  page.on('dialog', (dialog) => {
    console.error(`FAILED: a script from the data ran on ${page.url()}: ${dialog.message()}`);
    process.exit(1);
  });
  await logIn(page, process.env.ADMIN_PASSWORD);
  await importRoster(page);
  const kiosk = await registerKiosks(page);
  await publishPackage(page, process.env.PACKAGE);
  await step('statements: a kiosk sends quiz answers, course passes and an evaluation', async () => {
    const sent = await sendStatements(url, process.env.KIOSK_KEY, process.env.KIOSK_SECRET);
    console.log(`ok - POST /xapi/statements: ${sent} statements stored`);
  });
  const due = await assignAndPull(page, kiosk);
  await everyPage(page);
  await everyPageInEnglish(page);
  await exportCsv(page, due);
  await phoneWidth(page);
  await csrfRefused(page);
  await readerRefused(browser, process.env.READER_PASSWORD, pageTitles);
  await logOut(page, pagePaths);
} finally {
  await browser.close();
}
console.log(`\nsteps: ${stepTimes().map(([name, ms]) => `${name.split(':')[0]} ${ms} ms`).join(', ')}`);
console.log(`done: ${stepTimes().length} steps passed, ${shotTotal()} screenshots in ${process.env.SHOTS}, ` +
  `${((performance.now() - started) / 1000).toFixed(1)} s in the browser`);
