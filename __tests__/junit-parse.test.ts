import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ReportReadError } from '../src/core/errors.js';
import { parseJUnit } from '../src/junit/parse.js';
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
