// The data the browser test puts on the dashboard, hostile where a person or a
// package author could type: roster names, a course title, a topic, a question
// and a comment carrying <script>, other markup, quotes and non-ASCII letters.
// The statements are sent as a kiosk sends them (POST /xapi/statements, Basic
// auth), shaped like tests/server/test_analytics_statements.cpp, so the figure
// pages (JP, Kursus, Analisis Soal, Kebutuhan Pelatihan, Evaluasi, Peserta) have
// rows to show.
import { randomUUID } from 'node:crypto';

export const demoOpd = 'Sekretariat Daerah';
export const otherOpd = 'Dinas Pendidikan';

// Learners of the good roster file; `ani` and `citra` have names to escape.
export const ani = { nip: '198501012010012001', name: `Ani "Ñoño" <script>alert('peserta')</script> Lestari` };
export const budi = { nip: '197903152005011002', name: 'Budi Santoso, S.E.' };
export const citra = { nip: '199211202019032003', name: 'Citra Dewi <b>Ñ</b>' };
export const dedi = { nip: '198602022011011002', name: 'Dedi Kurniawan' };

const csvField = (text) => (/[",\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);

export const goodRoster = ['nip,nama,opd,jabatan,golongan,unit_kerja',
  ...[[ani, demoOpd, 'Analis Kebijakan', 'III/a', 'Bagian Umum'],
    [budi, demoOpd, 'Pengelola Keuangan', 'IV/a', 'Bagian Keuangan'],
    [citra, demoOpd, 'Pranata Komputer', 'III/b', 'Bagian Organisasi'],
    [dedi, otherOpd, 'Guru', 'III/c', 'SDN 1 Sawahlunto']]
    .map(([who, ...rest]) => [who.nip, who.name, ...rest].map(csvField).join(','))].join('\n') + '\n';

// One good row (line 2) and four bad ones, each with the reason the page must give.
export const badRoster = 'nip,nama,opd,jabatan,golongan\n' +
  `${ani.nip},Ani Lestari,${demoOpd},Analis,III/a\n` +
  `12345,Salah Panjang,${demoOpd},Analis,III/a\n` +
  `${budi.nip},,${demoOpd},Analis,III/b\n` +
  `${citra.nip},Citra,${demoOpd},Analis,VI/a\n` +
  `198513012010012001,Eko,${demoOpd},Analis,III/a\n`;
export const badRows = [[3, 'harus 18 angka'], [4, 'nama kosong'], [5, 'golongan "VI/a" tidak dikenal'],
  [6, 'bukan tanggal lahir']];

export const course = {
  iri: 'https://pelita.sawahluntokota.go.id/course/etika-uji',
  title: `<script>alert('kursus')</script> Etika "ASN" — Ñusantara`,
};
export const topic = `Modul <i>Integritas</i> & "Etika"`;
export const question = `Apa arti <img src=x onerror=alert(1)> "melayani"?`;
export const comment = `Sangat bagus <script>alert('komentar')</script> "mantap" 👍`;
export const aniJp = 24;

const T = 'http://adlnet.gov/expapi/activities/';
const V = 'http://adlnet.gov/expapi/verbs/';
const quizIri = `${course.iri}/quiz/q1`;
const evalIri = `${course.iri}/quiz/evaluasi`;

const agent = (who) => ({ objectType: 'Agent', name: who.name, account: { homePage: 'https://pelita.example/', name: who.nip } });
const activity = (id, type, name) => ({ objectType: 'Activity', id, definition: { type: T + type, name: { 'id-ID': name } } });
const context = (parent, registration) => ({
  ...(registration ? { registration } : {}),
  contextActivities: { parent: [parent], grouping: [activity(course.iri, 'course', course.title)] },
});

// Times from a minute ago on, never before this year began (the JP page shows this year).
const base = Math.max(Date.now() - 60_000, Date.UTC(new Date().getUTCFullYear(), 0, 1));
let tick = 0;
const at = () => new Date(base + 1000 * tick++).toISOString();

function statement(who, verb, object, ctx, extra = {}) {
  return { id: randomUUID(), actor: agent(who), verb: { id: V + verb }, object, context: ctx, timestamp: at(), ...extra };
}

// A quiz attempt of two questions ("b" is right) in the topic, then its verdict.
function attempt(who, responses) {
  const registration = randomUUID();
  const module = activity(`${course.iri}/module/m1`, 'module', topic);
  const quiz = activity(quizIri, 'assessment', 'Kuis Etika');
  const out = [statement(who, 'attempted', quiz, context(module, registration))];
  responses.forEach((response, i) => {
    const object = { objectType: 'Activity', id: `${quizIri}/question/q${i + 1}`,
      definition: { type: T + 'cmi.interaction', interactionType: 'choice', correctResponsesPattern: ['b'],
        description: { 'id-ID': i === 0 ? question : 'Sebutkan asas pelayanan publik.' } } };
    const right = response === 'b';
    out.push(statement(who, 'answered', object, context(quiz, registration),
      { result: { response, success: right, score: { scaled: right ? 1 : 0 } } }));
  });
  const scaled = responses.filter((r) => r === 'b').length / responses.length;
  const verdict = scaled >= 0.5 ? 'passed' : 'failed';
  out.push(statement(who, verdict, quiz, context(module, registration),
    { result: { score: { scaled }, success: verdict === 'passed', completion: true } }));
  return out;
}

function coursePass(who, certificate, jp) {
  return statement(who, 'passed', activity(course.iri, 'course', course.title), undefined, {
    result: { success: true, score: { scaled: 1 },
      extensions: { 'https://pelita.sawahluntokota.go.id/xapi/extensions/certificate': { id: certificate, jp } } } });
}

function evaluationAnswer(who, id, definition, response) {
  const object = { objectType: 'Activity', id: `${evalIri}/question/${id}`, definition: { type: T + 'cmi.interaction', ...definition } };
  return statement(who, 'answered', object, context(activity(evalIri, 'assessment', 'Evaluasi'), undefined), { result: { response } });
}

const likert = { interactionType: 'likert', description: { 'id-ID': 'Materi ini jelas.' },
  scale: ['sts', 'ts', 'n', 's', 'ss'].map((id) => ({ id, description: { 'id-ID': id.toUpperCase() } })) };

export function statements() {
  return [
    ...attempt(ani, ['b', 'b']), ...attempt(budi, ['a', 'b']), ...attempt(citra, ['c', 'a']), ...attempt(dedi, ['a', 'a']),
    coursePass(ani, 'PLT-UJI-ANI-0001', aniJp), coursePass(budi, 'PLT-UJI-BUDI-0002', 8),
    evaluationAnswer(ani, 'l1', likert, 'ss'), evaluationAnswer(budi, 'l1', likert, 's'),
    evaluationAnswer(ani, 'e1', { interactionType: 'long-fill-in', description: { 'id-ID': 'Saran Anda?' } }, comment),
  ];
}

// Sends the statements with a kiosk's credential; throws unless the LRS stores them all.
export async function sendStatements(baseUrl, key, secret) {
  const sent = statements();
  const response = await fetch(`${baseUrl}/xapi/statements`, {
    method: 'POST',
    headers: { Authorization: 'Basic ' + Buffer.from(`${key}:${secret}`).toString('base64'),
      'X-Experience-API-Version': '1.0.3', 'Content-Type': 'application/json',
      // As a kiosk reports its outbox: the Kiosks page shows it as queue health.
      'X-Pelita-Queue': 'waiting=12; quarantined=1; oldest-age=5400' },
    body: JSON.stringify(sent),
  });
  const body = await response.text();
  if (response.status !== 200) throw new Error(`POST /xapi/statements answered ${response.status}: ${body}`);
  return sent.length;
}
