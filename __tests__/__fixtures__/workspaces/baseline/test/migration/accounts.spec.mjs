// Suites for the baseline of accepted differences, one per comparator, on a tiny accounts
// service whose behaviour follows NEW_VERSION's major number (the old side is always 1):
//   1: no change; 2: one intended change per comparator; 3: that change and a second, new one.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DataSource } from 'typeorm';
import {
  describeApiMigration,
  expectSameApiResponse,
  expectSameDatabase,
  expectSameObjects,
  newVersion,
} from 'verify-migration';

const major = (version) => Number(version.split('.')[0]);
const NEW = major(newVersion());

/** The profile a version shows: 2 lower-cases the email. */
function profile(version) {
  return {
    id: 7,
    email: version >= 2 ? 'ann@example.com' : 'Ann@Example.com',
    display: 'Ann Example',
    roles: ['reader'],
  };
}

/** The settings a version shows: 3 turns digests off by default. */
function settings(version) {
  return { theme: 'light', digest: version < 3 };
}

describe('accounts objects @functional', () => {
  // Two checks in one test: an accepted difference in the first must not hide the second.
  it('shows the same profile and settings', () => {
    expectSameObjects(profile(1), profile(NEW), {}, 'profile');
    expectSameObjects(settings(1), settings(NEW), {}, 'settings');
  });
});

/** A version's rows: 2 moves account 2 to the basic plan; 3 also changes account 3's email. */
function rows(version) {
  return [
    [1, 'a@example.com', 'free'],
    [2, 'b@example.com', version >= 2 ? 'basic' : 'free'],
    [3, version >= 3 ? 'c@example.org' : 'c@example.com', 'pro'],
  ];
}

async function openDatabase(file, version) {
  const dataSource = new DataSource({ type: 'better-sqlite3', database: file });
  await dataSource.initialize();
  await dataSource.query('CREATE TABLE account (id INTEGER PRIMARY KEY, email TEXT, plan TEXT)');
  for (const row of rows(version))
    await dataSource.query('INSERT INTO account (id, email, plan) VALUES (?, ?, ?)', row);
  return dataSource;
}

describe('accounts table @database', () => {
  let folder;
  let oldDs;
  let newDs;
  before(async () => {
    folder = mkdtempSync(join(tmpdir(), 'h14b-accounts-'));
    oldDs = await openDatabase(join(folder, 'old.sqlite'), 1);
    newDs = await openDatabase(join(folder, 'new.sqlite'), NEW);
  });
  after(async () => {
    await oldDs?.destroy();
    await newDs?.destroy();
    rmSync(folder, { recursive: true, force: true });
  });

  it('keeps every account', async () => {
    await expectSameDatabase(oldDs, newDs, 'account');
  });
});

/** The API of a version: 2 capitalises the tier; 3 also answers 202 instead of 200. */
function accountsApi(version) {
  return (request, response) => {
    response.statusCode = major(version) >= 3 ? 202 : 200;
    response.setHeader('content-type', 'application/json');
    response.end(
      JSON.stringify({ id: 1, tier: major(version) >= 2 ? 'Gold' : 'gold', active: true }),
    );
  };
}

describeApiMigration('accounts api', { createApp: (version) => accountsApi(version) }, (ctx) => {
  it('answers GET /accounts/1 the same', async () => {
    const [before, after] = await Promise.all([
      ctx.oldClient.get('/accounts/1'),
      ctx.newClient.get('/accounts/1'),
    ]);
    expectSameApiResponse(before, after, { headers: ['content-type'] }, 'GET /accounts/1');
  });
});
