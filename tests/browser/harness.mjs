// What every step of the dashboard's browser test shares: named steps that print
// what they checked and fail naming the page and what was missing, full-page
// screenshots, opening a page (status, heading, nothing the data could inject),
// logging in, and downloading a CSV through a page's link.
// Environment: PELITA_URL (the server), SHOTS (the screenshot folder).
import { readFileSync } from 'node:fs';

export const url = process.env.PELITA_URL;
const shots = process.env.SHOTS;
let shotCount = 0;
let stepName = '';
const timings = [];

// Runs `body` as the step `name`, printing its name first and its time after.
export async function step(name, body) {
  stepName = name;
  console.log(`\n# ${name}`);
  const started = performance.now();
  await body();
  const ms = Math.round(performance.now() - started);
  timings.push([name, ms]);
  console.log(`  (${ms} ms)`);
}

export function stepTimes() { return timings; }

// Passes when `ok`; else fails the whole run saying the step, the page and what was missing.
export function check(ok, where, what) {
  if (!ok) throw new Error(`FAILED in step "${stepName}", on ${where}: ${what}`);
  console.log(`ok - ${where}: ${what}`);
}

// A full-page screenshot named by its order and `name`.
export async function shot(page, name) {
  shotCount += 1;
  await page.screenshot({ path: `${shots}/${String(shotCount).padStart(2, '0')}-${name}.png`, fullPage: true });
}

export function shotTotal() { return shotCount; }

export async function heading(page) { return (await page.textContent('main h1'))?.trim(); }

// The elements a name or title from the data would make if a page forgot to escape it.
// The dashboard itself uses none of them (its CSP allows no script at all).
const injected = 'script, img, iframe, object, embed, b, i, [onerror], [onclick]';

// Opens `path`, checks the answer is 200 with `title` as its heading and that no
// element came from the data, then screenshots it (unless `shotName` is null).
export async function openPage(page, path, title, shotName) {
  const response = await page.goto(url + path);
  check(response.status() === 200, path, `answers 200 (got ${response.status()})`);
  check(page.url() === url + path, path, `stays on the page (not redirected to ${page.url()})`);
  check((await heading(page)) === title, path, `has the heading "${title}" (got "${await heading(page)}")`);
  const strays = await page.locator(injected).count();
  check(strays === 0, path, `holds no <script>, <img>, <b> or <i> element made from the data (found ${strays})`);
  if (shotName !== null) await shot(page, shotName ?? path.replace(/^\/admin\//, '').replace(/[^a-z0-9]+/gi, '-'));
}

// Checks that each of `texts` shows on the page as plain text, escaped.
export async function showsAsText(page, where, texts) {
  const shown = await page.textContent('main');
  for (const text of texts) check(shown.includes(text), where, `shows ${JSON.stringify(text)} as text`);
}

// Logs in on the login page; returns the navigation's response.
export async function submitLogin(page, username, password) {
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  const [response] = await Promise.all([page.waitForNavigation(), page.click('form.login button[type=submit]')]);
  return response;
}

// Submits the form that holds `button` and returns the navigation's response.
export async function submit(page, button) {
  const [response] = await Promise.all([page.waitForNavigation(), page.click(button)]);
  return response;
}

// Clicks the page's CSV link whose address starts with `hrefStart`; returns the file's text.
export async function downloadCsv(page, hrefStart) {
  const link = page.locator(`a[href^="${hrefStart}"]`).first();
  check(await link.count() === 1, page.url(), `has a CSV link to ${hrefStart}`);
  const [download] = await Promise.all([page.waitForEvent('download'), link.click()]);
  return readFileSync(await download.path(), 'utf8');
}

// The header row of a CSV the dashboard wrote (UTF-8 byte-order mark, CRLF).
export function csvHeader(csv) {
  check(csv.startsWith('\uFEFF'), 'the CSV', 'starts with a UTF-8 byte-order mark');
  return csv.slice(1, csv.indexOf('\r\n'));
}
