import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { ReportReadError } from '../src/common/errors.js';
import {
  createJUnitParser,
  MAX_JUNIT_DEPTH,
  parseJUnit,
  readJUnitFile,
  type JUnitCase,
} from '../src/junit/parse.js';
import { FIXTURES } from './support/paths.js';

const JUNIT = join(FIXTURES, 'junit');
const read = (name: string): string => readFileSync(join(JUNIT, name), 'utf8');

describe('parseJUnit', () => {
  it('reads suites nested in suites with each outcome, time, message and stack', () => {
    // Arrange
    const xml = read('nested-suites.xml');

    // Act
    const suite = parseJUnit(xml, 'nested-suites.xml');

    // Assert
    assert.equal(suite.file, 'nested-suites.xml');
    assert.deepEqual(
      suite.tests.map((test) => [test.name, test.state, test.duration]),
      [
        ['keepsRows', 'passed', 1234.5],
        ['renamesStatus', 'failed', 0.25],
        ['answers', 'error', 0],
        ['paginates', 'skipped', 0],
        ['sorts', 'failed', 0],
      ],
    );
    const [kept, renamed, answers, paginates, sorts] = suite.tests;
    assert.deepEqual(kept.suites, ['inventory', 'com.example.InventoryDatabaseTest']);
    assert.equal(kept.classname, 'com.example.InventoryDatabaseTest');
    assert.equal(kept.file, 'src/test/InventoryTest.java', 'inherited from the enclosing suite');
    assert.equal(renamed.message, 'expected: <enabled> but was: <active>');
    assert.match(
      renamed.stack ?? '',
      /^org\.opentest4j\.AssertionFailedError: .*\n\tat com\.example.*:42\)$/,
    );
    assert.equal(
      answers.message,
      'Connection refused',
      'first line of the text when there is no message',
    );
    assert.equal(paginates.message, 'not yet');
    assert.equal(paginates.file, 'src/test/Other.java', "the testcase's own file wins");
    assert.equal(paginates.stack, undefined);
    assert.equal(sorts.message, 'bare text');
    assert.equal(sorts.stack, 'bare text\nsecond line');
  });

  it("reads go-junit-report's shape: CDATA failure text, properties ignored", () => {
    // Act
    const suite = parseJUnit(read('go-junit-report.xml'), 'go.xml');

    // Assert
    assert.equal(suite.tests.length, 3);
    assert.deepEqual(
      suite.tests.map((test) => test.state),
      ['passed', 'failed', 'passed'],
    );
    assert.equal(suite.tests[1].message, 'Failed');
    assert.equal(suite.tests[1].stack, 'migration_test.go:31: status 500, want 200');
    assert.deepEqual(suite.tests[1].suites, ['example.com/tool/migration']);
  });

  it("turns pytest's 0-based line into a 1-based one and keeps a test that failed and errored a failure", () => {
    // Arrange: pytest writes both elements on one testcase when a test fails and its teardown errors.
    const xml =
      '<testsuites><testsuite name="pytest" tests="1">' +
      '<testcase classname="t.TestX" name="test_a" file="tests/t.py" line="9" time="0.5">' +
      '<failure message="assert 1 == 2">tests/t.py:11: AssertionError</failure>' +
      '<error message="failed on teardown with &quot;OSError&quot;">teardown trace</error>' +
      '</testcase></testsuite></testsuites>';

    // Act
    const [test] = parseJUnit(xml, 'pytest.xml').tests;

    // Assert
    assert.equal(test.line, 10);
    assert.equal(test.state, 'failed');
    assert.equal(test.message, 'assert 1 == 2\nfailed on teardown with "OSError"');
    assert.equal(test.stack, 'tests/t.py:11: AssertionError\n\nteardown trace');
  });

  it('keeps 1-based lines of other producers and names that look like numbers', () => {
    // Act
    const [test] = parseJUnit(
      '<testsuite name="x"><testcase name="1e3" line="7"/></testsuite>',
      'x.xml',
    ).tests;

    // Assert
    assert.equal(test.name, '1e3');
    assert.equal(test.line, 7);
    assert.equal(test.classname, '');
    assert.equal(test.file, null);
  });

  it('returns no tests for a report with no testcase, leaving the verdict to the caller', () => {
    // Act
    const suite = parseJUnit(read('empty.xml'), 'empty.xml');

    // Assert
    assert.deepEqual(suite.tests, []);
  });

  for (const [name, expected] of [
    [
      'malformed.xml',
      /^Cannot use malformed\.xml: it is not well-formed XML \(line 2, column \d+: .+\)$/,
    ],
    [
      'not-junit.xml',
      /^Cannot use not-junit\.xml: it is not JUnit XML: it has the root element <html>/,
    ],
  ] as const) {
    it(`refuses ${name} with a ReportReadError naming the file`, () => {
      // Arrange
      const xml = read(name);

      // Act
      const act = (): unknown => parseJUnit(xml, name);

      // Assert
      assert.throws(act, (error: unknown) => {
        assert.ok(error instanceof ReportReadError);
        assert.equal(error.file, name);
        assert.match(error.message, expected);
        return true;
      });
    });
  }

  it('refuses an empty document', () => {
    // Act
    const act = (): unknown => parseJUnit('', 'blank.xml');

    // Assert
    assert.throws(act, ReportReadError);
  });
});

describe('parseJUnit: what go-junit-report and pytest escape, and counts that do not add up', () => {
  it('decodes numeric character references in names, messages and text', () => {
    // Arrange: go-junit-report writes &#34; for quotes, pytest &#10; / &#xA; for newlines.
    const xml =
      '<testsuite name="go" tests="1" failures="1">' +
      '<testcase classname="pkg" name="Test&#34;quoted&#34;">' +
      '<failure message="want &#34;a&#34;&#xA;got &#34;b&#34;">line one&#10;line &#x32;&#9;tab</failure>' +
      '</testcase></testsuite>';

    // Act
    const [test] = parseJUnit(xml, 'go.xml').tests;

    // Assert
    assert.equal(test.name, 'Test"quoted"');
    assert.equal(test.message, 'want "a"\ngot "b"');
    assert.equal(test.stack, 'line one\nline 2\ttab');
  });

  it('names each suite whose tests, failures or errors declare more than its test cases show', () => {
    // Arrange: the outer count covers the nested suite's cases; the inner one was cut short.
    const xml =
      '<testsuites tests="3" failures="1">' +
      '<testsuite name="outer" tests="3" errors="0">' +
      '<testsuite name="inner" tests="1300000" failures="2">' +
      '<testcase name="a"/><testcase name="b"><failure message="x"/></testcase>' +
      '</testsuite><testcase name="c"/></testsuite></testsuites>';

    // Act
    const { mismatches, tests } = parseJUnit(xml, 'cut.xml');

    // Assert
    assert.equal(tests.length, 3);
    assert.deepEqual(mismatches, [
      { suite: '<testsuite name="inner">', attribute: 'tests', declared: 1300000, shown: 2 },
      { suite: '<testsuite name="inner">', attribute: 'failures', declared: 2, shown: 1 },
    ]);
  });

  it("holds mocha xunit's errors and pytest's failure-plus-error against the failing cases, not flagging them", () => {
    // Arrange: mocha's xunit reporter declares its failures as errors; pytest counts a failed
    // test whose teardown errored as one failure and one error.
    const xml =
      '<testsuites><testsuite name="Mocha Tests" tests="1" failures="0" errors="1">' +
      '<testcase name="m"><failure message="x"/></testcase></testsuite>' +
      '<testsuite name="pytest" tests="1" failures="1" errors="1">' +
      '<testcase name="p"><failure message="f"/><error message="e"/></testcase></testsuite></testsuites>';

    // Act
    const { mismatches } = parseJUnit(xml, 'ok.xml');

    // Assert
    assert.deepEqual(mismatches, []);
  });

  it('gives the same cases whatever the chunks the text arrives in', () => {
    // Arrange
    const xml = read('nested-suites.xml');
    const whole = parseJUnit(xml, 'nested-suites.xml').tests;
    const chunked: JUnitCase[] = [];
    const parser = createJUnitParser('nested-suites.xml', (test) => chunked.push(test));

    // Act: 7 characters at a time cuts tags, attributes, entities and text everywhere.
    for (let index = 0; index < xml.length; index += 7) parser.write(xml.slice(index, index + 7));
    const { tests } = parser.close();

    // Assert
    assert.equal(tests, 5);
    assert.deepEqual(chunked, whole);
  });

  it('reads a file as a stream, case by case', async () => {
    // Arrange
    const seen: string[] = [];

    // Act
    const suite = await readJUnitFile(join(JUNIT, 'nested-suites.xml'), 'n.xml', (test) =>
      seen.push(test.name),
    );

    // Assert
    assert.deepEqual(suite, { file: 'n.xml', tests: 5, mismatches: [] });
    assert.deepEqual(seen, ['keepsRows', 'renamesStatus', 'answers', 'paginates', 'sorts']);
  });

  it('refuses a FIFO at once, never waiting for a writer', async () => {
    // Arrange: a link to a FIFO matches a glob of files.
    const dir = mkdtempSync(join(tmpdir(), 'junit-fifo-'));
    try {
      execFileSync('mkfifo', [join(dir, 'fifo')]);
      symlinkSync(join(dir, 'fifo'), join(dir, 'junit.xml'));

      // Act
      const act = readJUnitFile(join(dir, 'junit.xml'), 'junit.xml', () => {});

      // Assert
      await assert.rejects(
        act,
        /^ReportReadError: Cannot use junit\.xml: it is a FIFO \(named pipe\), not a regular file$/,
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuses a file that cannot be read, naming it', async () => {
    // Act
    const act = readJUnitFile(join(JUNIT, 'no-such.xml'), 'no-such.xml', () => {});

    // Assert
    await assert.rejects(act, (error: unknown) => {
      assert.ok(error instanceof ReportReadError);
      assert.match(error.message, /^Cannot use no-such\.xml: it cannot be read: ENOENT/);
      return true;
    });
  });
});

describe('parseJUnit: hostile XML is refused, never expanded or fetched', () => {
  const secret = join(JUNIT, 'nested-suites.xml');
  for (const [what, xml, expected] of [
    [
      'an external entity (XXE)',
      `<?xml version="1.0"?><!DOCTYPE testsuite [<!ENTITY xxe SYSTEM "file://${secret}">]>` +
        '<testsuite name="s"><testcase name="&xxe;"/></testsuite>',
      /DOCTYPE with an internal subset/,
    ],
    [
      'entity expansion (a billion laughs)',
      '<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">' +
        '<!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">' +
        '<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]>' +
        '<testsuite name="s"><testcase name="&lol3;"/></testsuite>',
      /DOCTYPE with an internal subset/,
    ],
    [
      'an entity that was never declared',
      '<testsuite name="s"><testcase name="&lol;"/></testsuite>',
      /not well-formed XML \(line 1, column \d+: undefined entity\.\)/,
    ],
    [
      'elements nested 100,000 deep',
      `<testsuite name="s">${'<testsuite>'.repeat(100_000)}`,
      new RegExp(`nest deeper than ${MAX_JUNIT_DEPTH} levels`),
    ],
  ] as const) {
    it(`refuses ${what} with a ReportReadError naming the file`, () => {
      // Act
      const act = (): unknown => parseJUnit(xml, 'hostile.xml');

      // Assert
      assert.throws(act, (error: unknown) => {
        assert.ok(error instanceof ReportReadError);
        assert.equal(error.file, 'hostile.xml');
        assert.match(error.message, /^Cannot use hostile\.xml: /);
        assert.match(error.message, expected);
        assert.doesNotMatch(error.message, /keepsRows|lollol/, 'nothing was expanded or read');
        return true;
      });
    });
  }

  it('reads a plain DOCTYPE naming an external DTD without fetching it', () => {
    // Arrange
    const xml =
      '<!DOCTYPE testsuite SYSTEM "http://127.0.0.1:9/never.dtd">' +
      '<testsuite name="s"><testcase name="t"/></testsuite>';

    // Act
    const suite = parseJUnit(xml, 'dtd.xml');

    // Assert
    assert.deepEqual(
      suite.tests.map((test) => test.name),
      ['t'],
    );
  });
});
