// The /admin/ dashboard in Debian's headless Chromium, driven by playwright-core:
// log in, open every page, import a roster with bad rows then a good one,
// register a kiosk, upload a package, export CSV, switch language, a reader
// refused a change, log out. A screenshot of each page lands in SHOTS.
// Environment: PELITA_URL, PACKAGE (a signed .pelita), SHOTS (a folder).
import { readFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const url = process.env.PELITA_URL;
const shots = process.env.SHOTS;
let step = 0;

function check(ok, what) {
  if (!ok) throw new Error('FAILED: ' + what);
  console.log('ok - ' + what);
}

async function shot(page, name) {
  step += 1;
  await page.screenshot({ path: `${shots}/${String(step).padStart(2, '0')}-${name}.png`, fullPage: true });
}

async function login(page, username, password) {
  await page.goto(url + '/admin/overview');
  check(page.url().includes('/admin/login'), `${username}: a visitor is sent to the login page`);
  await page.fill('input[name=username]', username);
  await page.fill('input[name=password]', password);
  await Promise.all([page.waitForNavigation(), page.click('form.login button[type=submit]')]);
}

const browser = await chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
try {
  const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, acceptDownloads: true });
  const page = await context.newPage();
  page.on('dialog', async (d) => { await d.dismiss(); throw new Error('a script ran: ' + d.message()); });

  // Log in (wrong password first).
  await page.goto(url + '/admin/login');
  await shot(page, 'login');
  await page.fill('input[name=username]', 'kepala');
  await page.fill('input[name=password]', 'bukan-sandinya');
  await Promise.all([page.waitForNavigation(), page.click('form.login button[type=submit]')]);
  check((await page.textContent('.notice.error')).includes('salah'), 'a wrong password is refused');
  await login(page, 'kepala', process.env.ADMIN_PASSWORD);
  check((await page.textContent('h1')) === 'Ringkasan', 'logged in, the Overview shows in Bahasa Indonesia');
  check(await page.locator('svg.bar-chart rect.bar').count() === 30, 'the chart has a bar for each of 30 days');
  await shot(page, 'overview');

  // Kiosks: register one with a hostile name; its secret is shown once.
  await page.click('nav.menu >> text=Kios');
  await page.fill('input[name=name]', '<script>alert(1)</script> Kios Talawi');
  await page.fill('input[name=opd]', 'Kecamatan Talawi');
  await Promise.all([page.waitForNavigation(), page.click('text=Buat kredensial kios')]);
  check((await page.textContent('.credential pre')).includes('secret='), 'a new kiosk credential is shown');
  check((await page.content()).includes('&lt;script&gt;alert(1)&lt;/script&gt; Kios Talawi'), 'the kiosk name is escaped');
  await shot(page, 'kiosks-registered');

  // Roster: a file with bad rows is refused whole, then a good one.
  await page.click('nav.menu >> text=Daftar ASN');
  const bad = 'nip,nama,opd,jabatan,golongan\n198501012010012001,Ani,Setda,Analis,III/a\n' +
              '12345,Salah,Setda,Analis,III/a\n197903152005011002,,Setda,Analis,VI/a\n';
  await page.setInputFiles('input[name=file]', { name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(bad) });
  await Promise.all([page.waitForNavigation(), page.click('text=Impor')]);
  const problems = await page.locator('ul.row-problems li').allTextContents();
  check(problems.length === 3, `each bad row is listed (${problems.length})`);
  check(problems[0].startsWith('Baris 3:'), 'a problem names its line');
  check((await page.textContent('main')).includes('Belum ada Peserta'), 'nothing was imported');
  await shot(page, 'roster-refused');
  const good = 'nip,nama,opd,jabatan,golongan,unit_kerja\n' +
               '198501012010012001,"Ani Lestari, S.Kom",Setda,Analis,III/a,Bagian Umum\n' +
               '197903152005011002,Budi Santoso,Dinas Pendidikan,Kepala Bidang,IV/a,Bidang SD\n' +
               '199211202019032003,Citra Dewi <b>Ñ</b>,Dinas Pendidikan,Guru,III/b,SDN 1\n';
  await page.setInputFiles('input[name=file]', { name: 'roster.csv', mimeType: 'text/csv', buffer: Buffer.from(good) });
  await Promise.all([page.waitForNavigation(), page.click('text=Impor')]);
  check((await page.textContent('.notice.ok')).includes('3 Peserta dari 2 OPD'), 'the good roster is imported');
  check(await page.locator('main table tbody tr').count() === 3, 'the roster lists 3 learners');
  check((await page.textContent('main table')).includes('Citra Dewi <b>Ñ</b>'), 'a name with markup shows as text');
  await shot(page, 'roster-imported');
  await page.selectOption('select[name=opd]', 'Dinas Pendidikan');
  await Promise.all([page.waitForNavigation(), page.click('form.inline-form button')]);
  check(await page.locator('main table tbody tr').count() === 2, 'the OPD filter keeps 2 learners');

  // CSV export of the filtered roster.
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('a.csv')]);
  const csv = readFileSync(await download.path(), 'utf8');
  check(csv.startsWith('\uFEFFNIP,Nama,OPD,Unit kerja,Jabatan,Golongan\r\n'), 'the CSV has its header');
  check(csv.includes('Budi Santoso') && !csv.includes('Ani Lestari'), 'the CSV follows the filter');

  // Catalogue: upload the signed demo course, then withdraw it.
  await page.click('nav.menu >> text=Katalog Kursus');
  await page.setInputFiles('input[name=package]', process.env.PACKAGE);
  await Promise.all([page.waitForNavigation(), page.click('text=Unggah dan terbitkan')]);
  check((await page.textContent('.notice.ok')).includes('terbit'), 'the package is verified and published');
  await shot(page, 'catalogue-published');
  await Promise.all([page.waitForNavigation(), page.click('button:has-text("Tarik")')]);
  check((await page.textContent('main table')).includes('Ditarik'), 'the package is withdrawn');
  await shot(page, 'catalogue-withdrawn');

  // English, then back.
  await Promise.all([page.waitForNavigation(), page.click('a.lang')]);
  check((await page.textContent('h1')) === 'Course catalogue', 'English is one click away');
  await page.click('nav.menu >> text=Overview');
  await shot(page, 'overview-english');
  await Promise.all([page.waitForNavigation(), page.click('a.lang')]);
  check((await page.textContent('h1')) === 'Ringkasan', 'and back to Bahasa Indonesia');

  // A phone, and paper.
  await page.setViewportSize({ width: 390, height: 844 });
  await page.click('nav.menu >> text=Kios');
  await shot(page, 'kiosks-phone');
  await page.emulateMedia({ media: 'print' });
  await page.setViewportSize({ width: 1000, height: 1400 });
  check(!(await page.isVisible('nav.menu')), 'the menu is left off the printed page');
  await shot(page, 'kiosks-print');
  await page.emulateMedia({ media: 'screen' });

  // Log out: the session is gone.
  await Promise.all([page.waitForNavigation(), page.click('header button.link')]);
  check(page.url().includes('/admin/login'), 'logout returns to the login page');
  await page.goto(url + '/admin/kiosks');
  check(page.url().includes('/admin/login'), 'after logout the pages refuse again');

  // A reader sees the pages without change buttons, and a forged change is refused.
  const readerContext = await browser.newContext({ viewport: { width: 1200, height: 800 } });
  const reader = await readerContext.newPage();
  await login(reader, 'staf', process.env.READER_PASSWORD);
  await reader.goto(url + '/admin/kiosks');
  check(await reader.locator('button:has-text("Cabut")').count() === 0, 'a reader has no revoke button');
  check(await reader.locator('input[name=name]').count() === 0, 'a reader has no register form');
  await shot(reader, 'kiosks-reader');
  const csrf = await reader.getAttribute('header input[name=csrf]', 'value');
  const forged = await reader.request.post(url + '/admin/kiosks/register', { form: { csrf, name: 'Kios Palsu' } });
  check(forged.status() === 403, `a reader's change is refused (${forged.status()})`);
  await reader.goto(url + '/admin/catalogue');
  await shot(reader, 'catalogue-reader');
  console.log(`done: ${step} screenshots in ${shots}`);
} finally {
  await browser.close();
}
