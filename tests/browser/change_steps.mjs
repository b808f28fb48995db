// The steps that change something through the dashboard's forms, as an admin:
// import a roster with bad rows then a good one, register kiosks, upload the
// signed demo package, and assign it as a mandatory course that a kiosk then
// pulls over the kiosk's own protocol (GET /pelita/v1/assignments).
import { readFileSync } from 'node:fs';
import { check, openPage, shot, showsAsText, step, submit, url } from './harness.mjs';
import { badRoster, badRows, citra, demoOpd, goodRoster, otherOpd } from './seed.mjs';

export const demoCourse = 'https://pelita.sawahluntokota.go.id/course/pelayanan-prima';
export const hostileKiosk = `<script>alert('kios')</script> Kios "Talawi" Ñ`;

const rosterCount = async (page) => (await page.textContent('main p.count')).trim();

async function uploadRoster(page, csv) {
  await page.setInputFiles('input[name=file]', { name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  return submit(page, 'form[action="/admin/roster/import"] button[type=submit]');
}

export async function importRoster(page) {
  await step('roster import: bad rows are each reported and nothing is imported; then a good file imports', async () => {
    await openPage(page, '/admin/roster', 'Daftar ASN', null);
    const before = await rosterCount(page);
    check(before === '3 Peserta', '/admin/roster', `starts with the 3 demo Peserta (says "${before}")`);
    const refused = await uploadRoster(page, badRoster);
    check(refused.status() === 400, '/admin/roster/import', `a file with bad rows answers 400 (got ${refused.status()})`);
    const problems = (await page.locator('ul.row-problems li').allTextContents()).map((t) => t.trim());
    check(problems.length === badRows.length, '/admin/roster/import',
      `lists ${badRows.length} bad rows (listed ${problems.length}: ${JSON.stringify(problems)})`);
    badRows.forEach(([line, reason], i) => check(problems[i]?.startsWith(`Baris ${line}:`) && problems[i].includes(reason),
      '/admin/roster/import', `reports line ${line} with "${reason}" (got "${problems[i]}")`));
    check(await rosterCount(page) === before, '/admin/roster/import', `nothing was imported: the count is still "${before}"`);
    await shot(page, 'roster-bad-rows');
    await uploadRoster(page, goodRoster);
    check((await page.textContent('.notice.ok')).includes('4 Peserta dari 2 OPD diimpor'), '/admin/roster/import',
      'the good file imports 4 Peserta of 2 OPDs');
    check(await rosterCount(page) === '4 Peserta', '/admin/roster', 'the roster now counts 4 Peserta');
    await showsAsText(page, '/admin/roster', [citra.name]);
  });
}

// Registers a kiosk on the Kiosk page; returns its one-time credential.
async function registerKiosk(page, name, opd) {
  await page.fill('input[name=name]', name);
  await page.fill('input[name=opd]', opd);
  const response = await submit(page, 'form[action="/admin/kiosks/register"] button[type=submit]');
  check(response.status() === 200, '/admin/kiosks/register', `registering "${name}" answers 200`);
  const shown = await page.textContent('.credential pre');
  const key = /key=(\S+)/.exec(shown)?.[1];
  const secret = /secret=(\S+)/.exec(shown)?.[1];
  check(Boolean(key && secret), '/admin/kiosks/register', `shows the new kiosk's key and secret once`);
  return { key, secret };
}

export async function registerKiosks(page) {
  let setda;
  await step('kiosks: register one that never syncs (a name to escape) and one for the demo OPD', async () => {
    await openPage(page, '/admin/kiosks', 'Kios', null);
    await registerKiosk(page, hostileKiosk, 'Kecamatan Talawi');
    await showsAsText(page, '/admin/kiosks', [hostileKiosk]);
    setda = await registerKiosk(page, 'Kios Setda', demoOpd);
    await shot(page, 'kiosks-registered');
  });
  return setda;
}

export async function publishPackage(page, packagePath) {
  await step('catalogue: a tampered package is refused, the signed demo package is verified and published', async () => {
    await openPage(page, '/admin/catalogue', 'Katalog Kursus', null);
    const tampered = Buffer.from(readFileSync(packagePath));
    tampered[tampered.length >> 1] ^= 0xff;
    await page.setInputFiles('input[name=package]', { name: 'rusak.pelita', mimeType: 'application/octet-stream', buffer: tampered });
    const refused = await submit(page, 'form[action="/admin/catalogue/upload"] button[type=submit]');
    check(refused.status() >= 400, '/admin/catalogue/upload', `a tampered package is refused (${refused.status()})`);
    check((await page.textContent('.notice.error')).includes('Paket ditolak'), '/admin/catalogue/upload', 'says the package was refused');
    check(await page.locator('main table').count() === 0, '/admin/catalogue', 'nothing was listed');
    await page.setInputFiles('input[name=package]', packagePath);
    await submit(page, 'form[action="/admin/catalogue/upload"] button[type=submit]');
    check((await page.textContent('.notice.ok')).includes('"Pelayanan Prima bagi ASN" versi 1.0.0 terbit'),
      '/admin/catalogue/upload', 'the demo course is verified and published');
    check((await page.textContent('main table')).includes('Tampil di kios'), '/admin/catalogue', 'it is listed for kiosks');
    await submit(page, 'button:has-text("Tarik")');
    check((await page.textContent('main table')).includes('Ditarik'), '/admin/catalogue/withdraw', 'Tarik withdraws it');
    await submit(page, 'button:has-text("Terbitkan lagi")');
    check((await page.textContent('main table')).includes('Tampil di kios'), '/admin/catalogue/republish', 'and Terbitkan lagi lists it again');
    await shot(page, 'catalogue-published');
  });
}

// A date `days` from today, as <input type=date> sends it.
const dueIn = (days) => new Date(Date.now() + days * 86_400_000).toISOString().slice(0, 10);

async function assign(page, opd, due) {
  await page.selectOption('select[name=course]', demoCourse);
  await page.selectOption('select[name=opd]', opd);
  await page.fill('input[name=due]', due);
  const response = await submit(page, 'form[action="/admin/assignments/add"] button[type=submit]');
  check(response.status() === 200, '/admin/assignments/add', `assigning to ${opd} by ${due} answers 200`);
  check((await page.textContent('.notice.ok')).includes(`paling lambat ${due}`), '/admin/assignments/add',
    `confirms the due date ${due}`);
}

async function pullAssignments(kiosk, query = '') {
  const response = await fetch(`${url}/pelita/v1/assignments${query}`, {
    headers: { Authorization: 'Basic ' + Buffer.from(`${kiosk.key}:${kiosk.secret}`).toString('base64'),
      'X-Experience-API-Version': '1.0.3' },
  });
  return { status: response.status, body: await response.json() };
}

export async function assignAndPull(page, kiosk) {
  const due = dueIn(30);
  await step('Kursus Wajib: assign the demo course to the demo OPD, and a kiosk of that OPD pulls it', async () => {
    await openPage(page, '/admin/assignments', 'Kursus Wajib', null);
    await assign(page, demoOpd, due);
    await assign(page, otherOpd, dueIn(60));
    await assign(page, demoOpd, dueIn(20)); // the same course and OPD again moves the due date...
    await assign(page, demoOpd, due); // ...and back
    check(await page.locator('main table tbody tr').count() === 2, '/admin/assignments', 'lists one row per OPD');
    await shot(page, 'assignments-added');
    const pulled = await pullAssignments(kiosk);
    check(pulled.status === 200, 'GET /pelita/v1/assignments', `the kiosk's pull answers 200 (got ${pulled.status})`);
    check(pulled.body.opd === demoOpd, 'GET /pelita/v1/assignments', `answers for the kiosk's OPD (${pulled.body.opd})`);
    const mine = pulled.body.assignments;
    check(mine.length === 1 && mine[0].course === demoCourse && mine[0].due === due, 'GET /pelita/v1/assignments',
      `holds the demo course due ${due}, and not the other OPD's (got ${JSON.stringify(mine)})`);
    check(mine[0].title['id-ID'] === 'Pelayanan Prima bagi ASN', 'GET /pelita/v1/assignments', 'names the course for the kiosk');
    const other = await pullAssignments(kiosk, `?opd=${encodeURIComponent(otherOpd)}`);
    check(other.status === 403, 'GET /pelita/v1/assignments?opd=…', `another OPD's list is refused to the kiosk (${other.status})`);
  });
  return due;
}
