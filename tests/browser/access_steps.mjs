// Who may do what: logging in (a wrong password first), a reader who sees but
// cannot change, a form without its CSRF token, and logging out, after which
// every page sends the visitor back to the login page.
import { check, heading, openPage, shot, step, submit, submitLogin, url } from './harness.mjs';
import { demoCourse } from './change_steps.mjs';

export async function logIn(page, password) {
  await step('login: a wrong password is refused, then the admin logs in', async () => {
    const first = await page.goto(url + '/admin/overview');
    check(first.status() === 200 && page.url().startsWith(url + '/admin/login'), '/admin/overview',
      `a visitor is sent to the login page (at ${page.url()})`);
    check(await heading(page) === 'Masuk', '/admin/login', 'has the heading "Masuk"');
    await shot(page, 'login');
    const refused = await submitLogin(page, 'kepala', 'bukan-sandinya');
    check(refused.status() === 401, '/admin/login', `a wrong password answers 401 (got ${refused.status()})`);
    check((await page.textContent('.notice.error')).includes('kata sandi salah'), '/admin/login', 'says the password is wrong');
    await shot(page, 'login-refused');
    await submitLogin(page, 'kepala', password);
    check(page.url() === url + '/admin/overview', '/admin/login', `the admin lands on the overview asked for (${page.url()})`);
    check(await heading(page) === 'Ringkasan', '/admin/overview', 'shows Ringkasan');
    check((await page.textContent('header .user')).includes('kepala (admin)'), '/admin/overview', 'names who is logged in');
  });
}

// A form post by `page`'s session; `fields` without "csrf" leaves the token out.
async function post(page, path, fields) {
  const response = await page.request.post(url + path, { form: fields, maxRedirects: 0 });
  return { status: response.status(), text: await response.text() };
}

// `pages`: [address, heading] of every page, which the reader opens.
export async function readerRefused(browser, password, pages) {
  await step('reader: sees every page, has no change form, and a change is refused', async () => {
    const context = await browser.newContext({ viewport: { width: 1200, height: 800 }, locale: 'id-ID' });
    const page = await context.newPage();
    await page.goto(url + '/admin/kiosks');
    await submitLogin(page, 'staf', password);
    check(await heading(page) === 'Kios', '/admin/kiosks', 'the reader lands on the page asked for');
    check(await page.locator('main form[method=post]').count() === 0, '/admin/kiosks', 'a reader sees no form that changes anything');
    await shot(page, 'reader-kiosks');
    for (const [path, title] of pages) {
      await openPage(page, path, title, null);
      check(await page.locator('main form[method=post]').count() === 0, path, 'a reader sees no form that changes anything');
    }
    const csrf = await page.getAttribute('header input[name=csrf]', 'value');
    const forged = await post(page, '/admin/kiosks/register', { csrf, name: 'Kios Palsu', opd: 'Setda' });
    check(forged.status === 403, 'POST /admin/kiosks/register', `a reader's change is refused with 403 (got ${forged.status})`);
    check(forged.text.includes('Akun pembaca hanya dapat melihat'), 'POST /admin/kiosks/register', 'and told why');
    const assigned = await post(page, '/admin/assignments/add', { csrf, course: demoCourse, opd: 'Dinas Pendidikan', due: '2030-01-31' });
    check(assigned.status === 403, 'POST /admin/assignments/add', `a reader cannot make a course Wajib (got ${assigned.status})`);
    await page.goto(url + '/admin/kiosks');
    check(!(await page.textContent('main')).includes('Kios Palsu'), '/admin/kiosks', 'no kiosk was registered by the reader');
    await page.goto(url + '/admin/assignments');
    check(!(await page.textContent('main')).includes('2030-01-31'), '/admin/assignments', 'no course was made Wajib by the reader');
    await context.close();
  });
}

export async function csrfRefused(page) {
  await step('CSRF: a form posted without its token, or with another, is refused', async () => {
    for (const fields of [{ name: 'Kios Tanpa Token', opd: 'Setda' }, { csrf: 'a'.repeat(48), name: 'Kios Tanpa Token', opd: 'Setda' }]) {
      const refused = await post(page, '/admin/kiosks/register', fields);
      check(refused.status === 403, 'POST /admin/kiosks/register', `${fields.csrf ? 'a wrong' : 'no'} token is refused with 403 (got ${refused.status})`);
      check(refused.text.includes('Formulir ini sudah kedaluwarsa atau tidak sah'), 'POST /admin/kiosks/register', 'and the page says so');
    }
    await page.goto(url + '/admin/kiosks');
    check(!(await page.textContent('main')).includes('Kios Tanpa Token'), '/admin/kiosks', 'no kiosk was registered without a token');
    // The same post with the page's own token goes through: the token alone made the difference.
    const csrf = await page.getAttribute('header input[name=csrf]', 'value');
    const accepted = await post(page, '/admin/kiosks/register', { csrf, name: 'Kios Dengan Token', opd: 'Setda' });
    check(accepted.status === 200 && accepted.text.includes('Kios Dengan Token'), 'POST /admin/kiosks/register',
      `with the session's token the same post registers the kiosk (got ${accepted.status})`);
  });
}

// `paths`: every page, to which a few downloads are added.
export async function logOut(page, pagePaths) {
  const paths = [...pagePaths, '/admin/roster.csv', '/admin/jp/people.csv', '/admin/assignments.csv',
    '/admin/bundles/receipt?id=x'];
  await step('logout: the session ends, and every page then sends the visitor to login', async () => {
    await page.goto(url + '/admin/overview');
    await submit(page, 'header form[action="/admin/logout"] button');
    check(page.url() === url + '/admin/login', '/admin/logout', `logging out lands on the login page (${page.url()})`);
    for (const path of paths) {
      const response = await page.request.get(url + path, { maxRedirects: 0 });
      const to = response.headers().location ?? '';
      check(response.status() === 303 && to.startsWith('/admin/login?next='), path,
        `after logout redirects to login (got ${response.status()} to "${to}")`);
    }
    const posted = await post(page, '/admin/roster/import', {});
    check(posted.status === 403, 'POST /admin/roster/import', `a post after logout is refused (got ${posted.status})`);
    await page.goto(url + '/admin/roster');
    check(await heading(page) === 'Masuk', '/admin/roster', 'a browser after logout sees the login page');
  });
}
