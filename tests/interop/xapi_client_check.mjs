// pelita-server driven by @xapi/xapi, a third-party xAPI 1.0.3 client from npm.
// Each check sends or reads through the client's own API and asserts what comes
// back; any failure exits non-zero with the check's name.
// Env: PELITA_URL (server root), PELITA_KEY, PELITA_SECRET (an admin credential).
import assert from "node:assert/strict";
import { createHash, randomUUID } from "node:crypto";
import XAPI from "@xapi/xapi";

const endpoint = process.env.PELITA_URL.replace(/\/$/, "") + "/xapi/";
const auth = XAPI.toBasicAuth(process.env.PELITA_KEY, process.env.PELITA_SECRET);
const xapi = new XAPI({ endpoint, auth, version: "1.0.3" });

const learner = {
  objectType: "Agent",
  name: "Rina Marlina, S.Sos",
  account: { homePage: "https://pelita.sawahluntokota.go.id", name: "199001012015032004" },
};
const course = "https://pelita.sawahluntokota.go.id/course/pelayanan-prima";
const verb = (id, word) => ({ id, display: { "en-US": word } });
const completed = verb("http://adlnet.gov/expapi/verbs/completed", "completed");
const answered = verb("http://adlnet.gov/expapi/verbs/answered", "answered");
const lesson = (n) => ({
  objectType: "Activity",
  id: `${course}/lesson/${n}`,
  definition: { name: { "id-ID": `Materi ${n}` }, type: "http://adlnet.gov/expapi/activities/lesson" },
});

let failures = 0;
async function check(name, body) {
  try {
    await body();
    console.log(`ok   ${name}`);
  } catch (e) {
    failures++;
    const body = e?.response?.data ? ` ${JSON.stringify(e.response.data)}` : "";
    console.log(`FAIL ${name}: ${e?.response?.status ?? ""} ${e?.message ?? e}${body}`);
  }
}
// The client rejects with the HTTP response attached; return its status.
async function statusOf(promise) {
  try {
    const r = await promise;
    return r.status;
  } catch (e) {
    if (e?.response?.status) return e.response.status;
    throw e;
  }
}

const ids = [randomUUID(), randomUUID(), randomUUID(), randomUUID()];
const registration = randomUUID();

await check("about names version 1.0.3", async () => {
  const about = await xapi.getAbout();
  assert.ok(about.data.version.includes("1.0.3"), JSON.stringify(about.data));
});

await check("one statement is stored under its own id", async () => {
  const r = await xapi.sendStatement({
    statement: { id: ids[0], actor: learner, verb: completed, object: lesson(1), context: { registration } },
  });
  assert.deepEqual(r.data, [ids[0]]);
});

await check("a batch of statements is stored in order", async () => {
  const statements = ids.slice(1).map((id, i) => ({
    id, actor: learner, verb: answered, object: lesson(i + 2),
    result: { success: true, score: { raw: 8, min: 0, max: 10, scaled: 0.8 }, duration: "PT2M5S" },
  }));
  const r = await xapi.sendStatements({ statements });
  assert.deepEqual(r.data, ids.slice(1));
});

await check("a statement reads back as sent, with stored and authority", async () => {
  const r = await xapi.getStatement({ statementId: ids[0] });
  const s = r.data;
  assert.equal(s.id, ids[0]);
  assert.deepEqual(s.actor.account, learner.account);
  assert.equal(s.verb.id, completed.id);
  assert.equal(s.object.id, lesson(1).id);
  assert.equal(s.context.registration, registration);
  assert.ok(s.stored && s.timestamp && s.authority, "stored, timestamp and authority are set by the LRS");
  // Sent without a version, so the LRS sets 1.0.0 (xAPI 1.0.3, Data 2.4.10).
  assert.equal(s.version, "1.0.0");
});

await check("the same id with another body is a conflict", async () => {
  const status = await statusOf(xapi.sendStatement({
    statement: { id: ids[0], actor: learner, verb: answered, object: lesson(9) },
  }));
  assert.equal(status, 409);
});

await check("a statement without a verb is refused with 400", async () => {
  const status = await statusOf(xapi.sendStatement({ statement: { actor: learner, object: lesson(1) } }));
  assert.equal(status, 400);
});

await check("a statement with an attachment goes and comes back as multipart/mixed", async () => {
  const text = "Sertifikat Pelayanan Prima: Rina Marlina, 2 JP";
  const bytes = new TextEncoder().encode(text);
  const sha2 = createHash("sha256").update(bytes).digest("hex");
  const id = randomUUID();
  // Through the client's fetch adapter: its default (axios) sends a Blob body as
  // application/octet-stream in node, dropping the multipart Content-Type, which
  // an LRS must refuse. The fetch adapter keeps the header.
  const viaFetch = new XAPI({ endpoint, auth, version: "1.0.3", adapter: "fetch" });
  await viaFetch.sendStatement({
    statement: {
      id, actor: learner, verb: completed, object: lesson(7),
      attachments: [{
        usageType: "http://id.tincanapi.com/attachment/certificate-of-completion",
        display: { "id-ID": "Sertifikat" }, contentType: "text/plain", length: bytes.length, sha2,
      }],
    },
    attachments: [bytes.buffer],
  });
  const r = await viaFetch.getStatement({ statementId: id, attachments: true });
  assert.ok(Array.isArray(r.data), "the client parsed a multipart answer");
  assert.equal(r.data[0].id, id);
  assert.equal(r.data[0].attachments[0].sha2, sha2);
  assert.equal(r.data[1], text);
});

await check("query by agent and verb pages through 'more'", async () => {
  const first = await xapi.getStatements({ agent: learner, verb: answered.id, limit: 2 });
  assert.equal(first.data.statements.length, 2);
  assert.ok(first.data.more, "a 'more' link while statements remain");
  const rest = await xapi.getMoreStatements({ more: first.data.more });
  const all = [...first.data.statements, ...rest.data.statements].map((s) => s.id);
  assert.deepEqual(all.sort(), ids.slice(1).sort());
  assert.ok(!rest.data.more, "no 'more' after the last page");
});

await check("query by registration and activity", async () => {
  const byRegistration = await xapi.getStatements({ registration });
  assert.deepEqual(byRegistration.data.statements.map((s) => s.id), [ids[0]]);
  const byActivity = await xapi.getStatements({ activity: lesson(3).id });
  assert.deepEqual(byActivity.data.statements.map((s) => s.id), [ids[2]]);
});

await check("voiding hides a statement and keeps it readable as voided", async () => {
  const admin = { objectType: "Agent", account: { homePage: "https://pelita.sawahluntokota.go.id", name: "admin" } };
  await xapi.voidStatement({ actor: admin, statementId: ids[3] });
  assert.equal(await statusOf(xapi.getStatement({ statementId: ids[3] })), 404);
  const voided = await xapi.getVoidedStatement({ voidedStatementId: ids[3] });
  assert.equal(voided.data.id, ids[3]);
});

const stateParams = { agent: learner, activityId: course, stateId: "bookmark", registration };

await check("state: set, read back, merge with POST, list, delete", async () => {
  await xapi.setState({ ...stateParams, state: { lesson: "asas-pelayanan", position: 0.4 } });
  const got = await xapi.getState(stateParams);
  assert.deepEqual(got.data, { lesson: "asas-pelayanan", position: 0.4 });
  await xapi.createState({ ...stateParams, state: { position: 0.9, quiz: "kuis-1" } });
  const merged = await xapi.getState(stateParams);
  assert.deepEqual(merged.data, { lesson: "asas-pelayanan", position: 0.9, quiz: "kuis-1" });
  const list = await xapi.getStates({ agent: learner, activityId: course, registration });
  assert.deepEqual(list.data, ["bookmark"]);
  await xapi.deleteState(stateParams);
  assert.equal(await statusOf(xapi.getState(stateParams)), 404);
});

await check("activity profile with ETag concurrency", async () => {
  const params = { activityId: course, profileId: "catatan" };
  await xapi.setActivityProfile({ ...params, profile: { catatan: "versi 1" } });
  const got = await xapi.getActivityProfile(params);
  assert.deepEqual(got.data, { catatan: "versi 1" });
  const etag = got.headers.etag;
  assert.ok(etag, "an ETag header");
  await xapi.setActivityProfile({ ...params, profile: { catatan: "versi 2" }, etag, matchHeader: "If-Match" });
  const stale = await statusOf(
    xapi.setActivityProfile({ ...params, profile: { catatan: "versi 3" }, etag, matchHeader: "If-Match" }));
  assert.equal(stale, 412);
  assert.deepEqual((await xapi.getActivityProfile(params)).data, { catatan: "versi 2" });
});

await check("agent profile and the agents resource", async () => {
  await xapi.setAgentProfile({ agent: learner, profileId: "preferensi", profile: { bahasa: "id" } });
  assert.deepEqual((await xapi.getAgentProfile({ agent: learner, profileId: "preferensi" })).data, { bahasa: "id" });
  const person = await xapi.getAgent({ agent: learner });
  assert.equal(person.data.objectType, "Person");
  assert.deepEqual(person.data.account, [learner.account]);
});

await check("the activities resource returns the stored definition", async () => {
  const activity = await xapi.getActivity({ activityId: lesson(2).id });
  assert.equal(activity.data.id, lesson(2).id);
  assert.deepEqual(activity.data.definition.name, { "id-ID": "Materi 2" });
});

await check("a wrong secret gets 401", async () => {
  const stranger = new XAPI({ endpoint, auth: XAPI.toBasicAuth(process.env.PELITA_KEY, "salah"), version: "1.0.3" });
  assert.equal(await statusOf(stranger.getStatements({ limit: 1 })), 401);
});

console.log(failures ? `${failures} check(s) failed` : "all checks passed");
process.exit(failures ? 1 : 0);
