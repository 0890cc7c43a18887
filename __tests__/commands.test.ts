import assert from 'node:assert/strict';
import {
  createCommandGuard,
  inertText,
  mayHoldCommand,
  runnerLines,
} from '../src/common/commands.js';
import { readAsRunner } from './support/runner-commands.js';

/** A guard writing into a string, with tokens `t1`, `t2`, ... */
function recordingGuard() {
  let written = '';
  let count = 0;
  const guard = createCommandGuard(
    (chunk) => (written += chunk),
    () => `t${++count}`,
  );
  return { guard, written: () => written };
}

describe('common/commands: keeping text from the runner', () => {
  it('splits lines where the runner does: \\n, \\r\\n and a bare \\r', () => {
    assert.deepEqual(runnerLines('a\nb\r\nc\rd'), ['a', 'b', 'c', 'd']);
  });

  it('finds a possible command anywhere, wider than the runner', () => {
    assert.equal(mayHoldCommand('text\r::warning::x'), true);
    assert.equal(mayHoldCommand('see ##[group]x'), true);
    assert.equal(mayHoldCommand('connect ECONNREFUSED ::1:5432'), true);
    assert.equal(mayHoldCommand('a: b :c # [x]'), false);
  });

  it('prints innocent text as it is, and hostile text inside a stop that its next command lifts', () => {
    // Arrange
    const { guard, written } = recordingGuard();

    // Act
    guard.text('plain');
    guard.text('x\r::warning::hostile');
    guard.text('##[error]also hostile');
    guard.command(() => undefined);
    guard.text('plain again');
    guard.close();

    // Assert
    assert.equal(
      written(),
      'plain\n::stop-commands::t1\nx\r::warning::hostile\n##[error]also hostile\n::t1::\nplain again\n',
    );
    const reading = readAsRunner(written());
    assert.deepEqual(
      reading.executed.map((command) => command.command),
      ['stop-commands', 'resume'],
    );
    assert.equal(reading.stoppedBy, undefined);
  });

  it('takes a fresh token when the text holds the one in use, so the text cannot end the stop', () => {
    const { guard, written } = recordingGuard();

    guard.text('::warning::a');
    guard.text('::t1:: then ::warning::b and ::T2::');
    guard.close();

    const reading = readAsRunner(written());
    assert.deepEqual(
      reading.executed.map((command) => `${command.command} ${command.data}`),
      ['stop-commands t1', 'resume ', 'stop-commands t3', 'resume '],
    );
  });

  it('finds a command that ignorable characters would hide from an ordinal search', () => {
    assert.equal(mayHoldCommand(':\u00ad:warning:\u200b:x'), true);
    assert.equal(mayHoldCommand('#\u200b#[warning]x'), true);
  });

  it('makes stderr text inert without a stop: no `::` and no `##[` left, ignorable characters or not', () => {
    const text = inertText(':::warning::x\r##[error]y ###[z] :\u00ad:notice::n');
    assert.equal(text, ': : :warning: :x\r## [error]y ### [z] : :notice: :n');
    assert.equal(mayHoldCommand(text), false);
    assert.deepEqual(readAsRunner(text).executed, []);
    assert.equal(inertText('plain \u001b[31mred\u001b[0m'), 'plain \u001b[31mred\u001b[0m');
  });
});
