import assert from 'node:assert/strict';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { buildReport } from '../src/report/build.js';
import { escapeXmlAttribute, escapeXmlText, renderJUnit } from '../src/report/junit.js';
import type { VerificationReport } from '../src/common/report.js';
import type { RunOutcome } from '../src/common/records.js';
import { HOSTILE, allPassing, hostile, mixed, outcome } from './__fixtures__/outcomes/index.js';

const SETTINGS = {
  service: 'tool-integration',
  oldVersion: '1.0.0',
  newVersion: '2.0.0',
  allowEmpty: false,
};

function reportOf(run: RunOutcome): VerificationReport {
  return buildReport({
    settings: SETTINGS,
    outcome: run,
    run: { spec_files: ['test/migration/a.spec.ts'] },
    now: new Date('2026-01-02T03:04:05Z'),
  });
}

interface Parsed {
  testsuites: {
    name: string;
    tests: string;
    failures: string;
    errors: string;
    testsuite: Array<Record<string, string> & { testcase?: Array<Record<string, unknown>> }>;
  };
}

/** Parses JUnit XML with a real parser, every attribute and text kept as the string it was. */
function parse(xml: string): Parsed {
  const validation = XMLValidator.validate(xml);
  assert.equal(validation, true, `not well-formed XML: ${JSON.stringify(validation)}`);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '',
    htmlEntities: true,
    parseAttributeValue: false,
    parseTagValue: false,
    trimValues: false,
    isArray: (name) => name === 'testsuite' || name === 'testcase',
  });
  return parser.parse(xml) as Parsed;
}

/** Code points XML 1.0 forbids (outside Char), found in the raw text. */
const ILLEGAL = /[^\t\n\r\u0020-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

describe('report/junit', () => {
  it('writes one testsuite per category with counts that match its testcases and the report', () => {
    // Arrange
    const report = reportOf(mixed());

    // Act
    const parsed = parse(renderJUnit(report));

    // Assert
    const suites = parsed.testsuites.testsuite;
    assert.deepEqual(
      suites.map((suite) => suite.name),
      ['database_migration', 'api_migration', 'functional_migration', 'other'],
    );
    for (const suite of suites) {
      const category = suite.name as keyof VerificationReport['results'];
      const result = report.results[category]!;
      const cases = suite.testcase ?? [];
      const count = (child: string) => cases.filter((testcase) => child in testcase).length;
      // After-hook failures are extra testcases with an error: counted in tests and errors here.
      assert.equal(Number(suite.tests), result.tests + result.hook_failures, `${category} tests`);
      assert.equal(cases.length, Number(suite.tests), `${category} testcase elements`);
      assert.equal(Number(suite.failures), result.failures, `${category} failures`);
      assert.equal(count('failure'), result.failures, `${category} failure elements`);
      assert.equal(
        Number(suite.errors),
        result.errors + result.hook_failures,
        `${category} errors`,
      );
      assert.equal(
        count('error'),
        result.errors + result.hook_failures,
        `${category} error elements`,
      );
      assert.equal(Number(suite.skipped), result.skipped, `${category} skipped`);
      assert.equal(count('skipped'), result.skipped, `${category} skipped elements`);
    }
    assert.equal(
      Number(parsed.testsuites.tests),
      report.overall.tests + report.overall.hook_failures,
    );
    assert.equal(Number(parsed.testsuites.failures), report.overall.failures);
  });

  it('gives each testcase its name, suite path as classname, file and time', () => {
    const report = reportOf(allPassing());

    const parsed = parse(renderJUnit(report));

    const testcase = parsed.testsuites.testsuite[0]!.testcase![0]!;
    assert.equal(testcase.name, 'keeps tools');
    assert.equal(testcase.classname, 'database_migration suite');
    assert.equal(testcase.file, 'test/migration/database_migration.spec.ts');
    assert.equal(testcase.time, '0.25');
  });

  it('writes a failing after hook as an extra testcase with an error and says so in a comment', () => {
    const xml = renderJUnit(reportOf(mixed()));

    const functional = parse(xml).testsuites.testsuite.find(
      (suite) => suite.name === 'functional_migration',
    )!;

    const hookCase = functional.testcase!.find(
      (testcase) => testcase.name === '"after all" hook: close db',
    )!;
    assert.ok(hookCase, 'the hook has a testcase');
    const error = hookCase.error as Record<string, string>;
    assert.equal(error.message, 'could not close the database');
    assert.equal(error.type, 'HookFailure');
    assert.match(
      xml,
      /<!-- [^]*after\/afterEach hook is written as an extra testcase with an error[^]*-->/,
    );
  });

  it('puts the message, file:line, stack and comparator differences into a failure', () => {
    const xml = renderJUnit(reportOf(mixed()));

    const database = parse(xml).testsuites.testsuite[0]!;

    const failed = database.testcase!.find((testcase) => 'failure' in testcase)!;
    const failure = failed.failure as Record<string, string>;
    assert.equal(failure.message, 'expected keeps tool status to hold');
    assert.match(
      failure['#text']!,
      /^at test\/migration\/database_migration\.spec\.ts:12\n\nAssertionError: expected keeps tool status to hold\n {4}at /,
    );
    assert.match(
      failure['#text']!,
      /Differences \(3\):\n- tools\[0\]\.status \(changed\): tools\[0\]\.status changed from "active" to "ACTIVE"/,
    );
  });

  it('writes the message beside the stack when the stack does not contain it', () => {
    const xml = renderJUnit(reportOf(mixed()));

    const api = parse(xml).testsuites.testsuite.find((suite) => suite.name === 'api_migration')!;

    const blocked = api.testcase!.find((testcase) => testcase.name === 'blocked by before hook')!;
    const text = (blocked.error as Record<string, string>)['#text']!;
    assert.match(
      text,
      /^at [^\n]+\n\n"before all" hook: start service: ECONNREFUSED\nError: blocked by before hook threw/,
    );
  });

  it('writes an empty category as an empty testsuite with zero counts', () => {
    const parsed = parse(renderJUnit(reportOf(outcome([]))));

    const suites = parsed.testsuites.testsuite;
    assert.equal(suites.length, 3);
    for (const suite of suites) {
      assert.equal(suite.tests, '0');
      assert.equal(suite.testcase, undefined);
    }
  });

  it('escapes hostile titles, messages and files so a real parser reads them back', () => {
    // Arrange
    const report = reportOf(hostile());

    // Act
    const xml = renderJUnit(report);
    const api = parse(xml).testsuites.testsuite.find((suite) => suite.name === 'api_migration')!;

    // Assert: nothing escaped the attribute or element it belongs to.
    assert.equal(
      api.testcase!.length,
      3,
      'the failing test, the passing test and the hook; no injected testcase',
    );
    const failing = api.testcase![0]!;
    const expectedTitle = HOSTILE.title.replace('\u0000', '\\u0000').replace('\u001b', '\\u001b');
    assert.equal(failing.name, expectedTitle);
    assert.equal(failing.file, HOSTILE.file);
    const failure = failing.failure as Record<string, string>;
    const expectedMessage = HOSTILE.message
      .replace('\u0000', '\\u0000')
      .replace('\u0007', '\\u0007')
      .replace('\uD800', '\\ud800');
    assert.equal(failure.message, expectedMessage, 'newlines in an attribute survive as newlines');
    assert.ok(failure['#text']!.includes(expectedMessage), 'the stack text is whole');
    assert.ok(failure['#text']!.includes('🚀'), 'emoji are kept as they are');
    assert.equal(api.testcase![2]!.name, expectedTitle, 'the hook testcase is escaped too');
    // The raw text: no forbidden character, no `]]>`, no closing tag from user text.
    assert.doesNotMatch(xml, ILLEGAL);
    assert.ok(!xml.includes(']]>'), 'no ]]> in the raw XML');
  });

  describe('escapeXmlText and escapeXmlAttribute', () => {
    it('escape markup, quotes, line breaks in attributes, and replace forbidden code points visibly', () => {
      const text = 'a<b>&c]]>"\'\u0000\uFFFE\t\n🚀';

      const inText = escapeXmlText(text);
      const inAttribute = escapeXmlAttribute(text);

      assert.equal(inText, 'a&lt;b&gt;&amp;c]]&gt;"\'\\u0000\\ufffe\t\n🚀');
      assert.equal(inAttribute, 'a&lt;b&gt;&amp;c]]&gt;&quot;&apos;\\u0000\\ufffe&#9;&#10;🚀');
    });
  });
});
