// CSV exports, downloaded through the pages' own links as a person would: the
// roster, JP (per OPD and per person), item analysis and Kursus Wajib files,
// each checked for its header row and a row the test knows.
import { check, csvHeader, downloadCsv, openPage, step } from './harness.mjs';
import { demoCourse } from './change_steps.mjs';
import { ani, demoOpd, question } from './seed.mjs';

const cell = (text) => (/[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text);
const row = (...cells) => cells.map(cell).join(',');

async function checkCsv(page, path, title, href, header, knownRow) {
  await openPage(page, path, title, null);
  const csv = await downloadCsv(page, href);
  const got = csvHeader(csv);
  check(got === header, href, `has the header "${header}" (got "${got}")`);
  const rows = csv.split('\r\n');
  check(rows.some((r) => r.startsWith(knownRow)), href, `holds the row ${knownRow}`);
}

export async function exportCsv(page, due) {
  await step('export CSV: roster, JP, item analysis and Kursus Wajib through the pages\' links', async () => {
    await checkCsv(page, '/admin/roster', 'Daftar ASN', '/admin/roster.csv', 'NIP,Nama,OPD,Unit kerja,Jabatan,Golongan',
      row(ani.nip, ani.name, demoOpd, 'Bagian Umum', 'Analis Kebijakan', 'III/a'));
    await checkCsv(page, '/admin/jp', 'Pemenuhan JP', '/admin/jp/opds.csv', 'OPD,Peserta,Mencapai 20 JP,Persentase tercapai',
      row(demoOpd, '3', '1', '33.3%'));
    await checkCsv(page, '/admin/jp', 'Pemenuhan JP', '/admin/jp/people.csv', 'OPD,NIP,Nama,Jabatan,JP,≥ 20 JP',
      row(demoOpd, ani.nip, ani.name, 'Analis Kebijakan', '24', 'Ya'));
    await checkCsv(page, '/admin/items', 'Analisis Soal', '/admin/items.csv',
      'Soal,Jenis,Jawaban,Benar,Daya beda,Jawaban salah terbanyak,Tanda,IRI soal', row(question, 'choice', '4', '25%'));
    await checkCsv(page, '/admin/assignments', 'Kursus Wajib', '/admin/assignments.csv', 'Kursus,OPD,Jabatan,Batas waktu,IRI kursus',
      row('Pelayanan Prima bagi ASN', demoOpd, 'Semua jabatan', due, demoCourse));
  });
}
