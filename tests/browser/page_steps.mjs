// Every page of the dashboard, as an admin: each answers 200 with its heading,
// shows the hostile names and titles the test seeded as escaped text, and is
// screenshot; then the same pages in English; then the phone width.
import { check, heading, openPage, shot, showsAsText, step, submit } from './harness.mjs';
import { hostileKiosk } from './change_steps.mjs';
import { ani, citra, comment, course, demoOpd, otherOpd, question, topic } from './seed.mjs';

const year = new Date().getUTCFullYear();
const setdaPeople = `/admin/jp/opd?name=${encodeURIComponent(demoOpd)}&year=${year}`;

// [address, heading in Bahasa Indonesia, in English, texts it must show escaped, screenshot name]
const pages = [
  ['/admin/overview', 'Ringkasan', 'Overview', [hostileKiosk]],
  ['/admin/jp', 'Pemenuhan JP', 'JP compliance', [demoOpd, otherOpd, '33.3% (1/3)']],
  [setdaPeople, 'Pemenuhan JP', 'JP compliance', [ani.name, citra.name], 'jp-opd'],
  ['/admin/courses', 'Kursus', 'Courses', [course.title]],
  ['/admin/items', 'Analisis Soal', 'Item analysis', [question]],
  ['/admin/needs', 'Kebutuhan Pelatihan', 'Training needs', [topic]],
  ['/admin/evaluation', 'Evaluasi', 'Evaluation', [course.title, comment]],
  ['/admin/learner', 'Peserta', 'Peserta', []],
  [`/admin/learner?nip=${ani.nip}`, 'Peserta', 'Peserta', [ani.name, course.title, 'PLT-UJI-ANI-0001'], 'learner-record'],
  ['/admin/kiosks', 'Kios', 'Kiosks', [hostileKiosk]],
  ['/admin/roster', 'Daftar ASN', 'ASN roster', [ani.name, citra.name]],
  ['/admin/catalogue', 'Katalog Kursus', 'Course catalogue', ['Pelayanan Prima bagi ASN']],
  ['/admin/assignments', 'Kursus Wajib', 'Mandatory courses', ['Pelayanan Prima bagi ASN', demoOpd]],
  ['/admin/bundles', 'Bundel USB', 'USB bundles', []],
];
export const pagePaths = pages.map(([path]) => path);
export const pageTitles = pages.map(([path, title]) => [path, title]);

// The figures are folded from the statements on the server's own thread, a
// moment after they are stored: wait (at most 30 s) until the Kursus page has them.
export async function waitForFigures(page) {
  for (let i = 0; i < 60; i += 1) {
    await page.goto(`${page.url().split('/admin/')[0]}/admin/courses`);
    if ((await page.textContent('main')).includes(course.title)) return;
    await page.waitForTimeout(500);
  }
  check(false, '/admin/courses', 'shows the seeded course within 30 s of the statements being stored');
}

export async function everyPage(page) {
  await step('every page in Bahasa Indonesia: 200, its heading, the data escaped, a screenshot', async () => {
    await waitForFigures(page);
    const menu = await page.locator('nav.menu a').evaluateAll((links) => links.map((a) => a.getAttribute('href')));
    const listed = pagePaths.filter((p) => !p.includes('?'));
    check(JSON.stringify(menu) === JSON.stringify(listed), 'the menu',
      `links exactly the pages this test opens (menu: ${menu.join(' ')})`);
    for (const [path, title, , texts, name] of pages) {
      await openPage(page, path, title, name);
      await showsAsText(page, path, texts);
    }
  });
}

export async function everyPageInEnglish(page) {
  await step('the language switch: every page in English, then back to Bahasa Indonesia', async () => {
    await openPage(page, '/admin/overview', 'Ringkasan', null);
    await submit(page, 'header a.lang');
    check(await heading(page) === 'Overview', '/admin/overview', 'the English link turns the Overview into English');
    check(await page.getAttribute('html', 'lang') === 'en', '/admin/overview', 'the page says it is in English (lang="en")');
    await shot(page, 'overview-english');
    for (const [path, , title, texts] of pages) {
      await openPage(page, path, title, null);
      if (path === '/admin/overview' || path === '/admin/roster') await showsAsText(page, path, texts);
    }
    await submit(page, 'header a.lang');
    check(await heading(page) === 'Bundel USB', '/admin/bundles', 'the Indonesian link turns the page back');
  });
}

export async function phoneWidth(page) {
  await step('phone: at 390 px wide no page scrolls sideways', async () => {
    await page.setViewportSize({ width: 390, height: 844 });
    const tooWide = [];
    for (const path of pagePaths) {
      await page.goto(page.url().split('/admin/')[0] + path);
      const wide = await page.evaluate(() => document.documentElement.scrollWidth);
      if (wide > 390) tooWide.push(`${path} (${wide} px)`);
      if (['/admin/overview', '/admin/roster', '/admin/jp', '/admin/items'].includes(path))
        await shot(page, `phone-${path.slice('/admin/'.length)}`);
    }
    check(tooWide.length === 0, tooWide.join(', ') || `all ${pagePaths.length} pages`, 'fit 390 px (document.scrollWidth <= 390)');
    await page.setViewportSize({ width: 1200, height: 800 });
  });
}
