import assert from 'node:assert/strict';
import { annotate, annotationOrder } from '../src/action/publish.js';
import { buildReport } from '../src/report/build.js';
import { outcome, record } from './__fixtures__/outcomes/index.js';

describe('action/publish: annotations within the runner’s limit', () => {
  it('orders the first failure of each category, then of each file, then the rest', () => {
    // Arrange
    const failing = [
      { id: 1, file: 'a', category: 'database_migration' },
      { id: 2, file: 'a', category: 'database_migration' },
      { id: 3, file: 'b', category: 'database_migration' },
      { id: 4, file: 'c', category: 'api_migration' },
      { id: 5, file: 'c', category: 'api_migration' },
      { id: 6, file: null, category: 'other' },
    ];

    // Act
    const order = annotationOrder(failing).map((item) => item.id);

    // Assert
    assert.deepEqual(order, [1, 4, 6, 3, 2, 5]);
  });

  it('annotates as many failures as the output has room for, and says in one notice how many more the report holds', () => {
    // Arrange: 12 failures, room for 3.
    const report = buildReport({
      settings: { service: 's', oldVersion: '1', newVersion: '2', allowEmpty: false },
      outcome: outcome(
        Array.from({ length: 12 }, (_, index) =>
          record(index < 6 ? 'database_migration' : 'api_migration', 'failed', `t${index}`),
        ),
      ),
      run: { spec_files: [] },
    });
    const issued: string[] = [];
    const notices: string[] = [];
    let left = 3;
    const output = {
      annotate: (_kind: string, _message: string, properties?: { title?: string }) => {
        if (left === 0) return false;
        left -= 1;
        issued.push(properties?.title ?? '');
        return true;
      },
      errorsLeft: () => left,
      notice: (message: string) => void notices.push(message),
    };

    // Act
    annotate(report, '/w', '/w', output, 'r.json in the workspace');

    // Assert
    assert.equal(issued.length, 3);
    assert.ok(issued[0].endsWith('t0') && issued[1].endsWith('t6'), issued.join(', '));
    assert.deepEqual(notices, [
      '12 tests or hooks failed and 3 are annotated (the runner keeps 10 error annotations per step): the report holds the other 9, see the job summary and r.json in the workspace.',
    ]);
  });
});
