import assert from 'node:assert/strict';
import { compareObjects, formatPath } from '../src/library/compare/objects.js';

describe('compareObjects', () => {
  it('finds nothing in deeply equal values, whatever the key order', () => {
    // Arrange
    const oldValue = { a: 1, b: { c: [1, 2, { d: 'x' }] }, e: null };
    const newValue = { e: null, b: { c: [1, 2, { d: 'x' }] }, a: 1 };

    // Act
    const differences = compareObjects(oldValue, newValue);

    // Assert
    assert.deepEqual(differences, []);
  });

  it('names each difference by its path and tells changed from type, missing and extra', () => {
    const oldValue = { a: { b: [{ c: 1 }, { c: 2 }, { c: 3 }] }, gone: true, count: 1 };
    const newValue = { a: { b: [{ c: 1 }, { c: 2 }, { c: 4 }] }, added: 'yes', count: '1' };

    const differences = compareObjects(oldValue, newValue);

    assert.deepEqual(differences, [
      { path: 'a.b[2].c', kind: 'changed', old: 3, new: 4, message: 'a.b[2].c: 3 changed to 4' },
      {
        path: 'gone',
        kind: 'missing',
        old: true,
        message: 'gone: missing in the new value (old: true)',
      },
      {
        path: 'count',
        kind: 'type',
        old: 1,
        new: '1',
        message: 'count: type changed from number (1) to string ("1")',
      },
      {
        path: 'added',
        kind: 'extra',
        new: 'yes',
        message: 'added: only in the new value (new: "yes")',
      },
    ]);
  });

  it('reports list items beyond the shorter list with both lengths', () => {
    const differences = compareObjects({ items: [1, 2, 3] }, { items: [1] });

    assert.deepEqual(differences, [
      {
        path: 'items[1]',
        kind: 'missing',
        old: 2,
        message: 'items[1]: missing in the new list (old list has 3 items, new has 1; old item: 2)',
      },
      {
        path: 'items[2]',
        kind: 'missing',
        old: 3,
        message: 'items[2]: missing in the new list (old list has 3 items, new has 1; old item: 3)',
      },
    ]);
  });

  it('reports extra list items', () => {
    const differences = compareObjects([1], [1, 5]);

    assert.deepEqual(differences, [
      {
        path: '[1]',
        kind: 'extra',
        new: 5,
        message: '[1]: only in the new list (old list has 1 item, new has 2; new item: 5)',
      },
    ]);
  });

  it('reports a root difference as (root)', () => {
    assert.deepEqual(compareObjects(1, 2), [
      { path: '', kind: 'changed', old: 1, new: 2, message: '(root): 1 changed to 2' },
    ]);
  });

  it('ignores exact paths and wildcard paths, and everything under them', () => {
    const oldValue = {
      id: 1,
      items: [
        { id: 10, name: 'a', meta: { at: 1 } },
        { id: 11, name: 'b', meta: { at: 2 } },
      ],
    };
    const newValue = {
      id: 2,
      items: [
        { id: 20, name: 'a', meta: { at: 9 } },
        { id: 21, name: 'B', meta: { at: 9 } },
      ],
    };

    const differences = compareObjects(oldValue, newValue, {
      ignorePaths: ['id', 'items[*].id', 'items[*].meta'],
    });

    assert.deepEqual(
      differences.map((difference) => difference.path),
      ['items[1].name'],
    );
  });

  it('supports ** (any depth) and * (any one key) in patterns, and ignoreKeys at any depth', () => {
    const oldValue = { a: { createdAt: 1, x: { createdAt: 2, v: 1 } }, b: { updatedAt: 1 } };
    const newValue = { a: { createdAt: 5, x: { createdAt: 6, v: 2 } }, b: { updatedAt: 7 } };

    const byPattern = compareObjects(oldValue, newValue, {
      ignorePaths: ['**.createdAt', '*.updatedAt'],
    });
    const byKey = compareObjects(oldValue, newValue, { ignoreKeys: ['createdAt', 'updatedAt'] });

    assert.deepEqual(
      byPattern.map((difference) => difference.path),
      ['a.x.v'],
    );
    assert.deepEqual(
      byKey.map((difference) => difference.path),
      ['a.x.v'],
    );
  });

  it('accepts numbers within the tolerance and explains the ones beyond it', () => {
    const differences = compareObjects({ a: 1.0, b: 1.0 }, { a: 1.05, b: 1.5 }, { tolerance: 0.1 });

    assert.deepEqual(differences, [
      {
        path: 'b',
        kind: 'changed',
        old: 1,
        new: 1.5,
        message: 'b: 1 changed to 1.5 (off by 0.5, tolerance 0.1)',
      },
    ]);
  });

  it('is exact for numbers without a tolerance (0.1 + 0.2 is not 0.3)', () => {
    assert.equal(compareObjects(0.1 + 0.2, 0.3).length, 1);
  });

  it('treats NaN as equal to NaN and -0 as equal to 0, but NaN as different from a number', () => {
    assert.deepEqual(compareObjects({ x: NaN, z: -0 }, { x: NaN, z: 0 }), []);
    assert.deepEqual(compareObjects({ x: NaN }, { x: 0 }), [
      { path: 'x', kind: 'changed', old: NaN, new: 0, message: 'x: NaN changed to 0' },
    ]);
  });

  it('compares Dates by instant and a Date with its ISO string as a type difference', () => {
    const when = '2026-01-02T03:04:05.000Z';

    const same = compareObjects({ at: new Date(when) }, { at: new Date(when) });
    const later = compareObjects(
      { at: new Date(when) },
      { at: new Date('2026-01-02T03:04:06.000Z') },
    );
    const asString = compareObjects({ at: new Date(when) }, { at: when });

    assert.deepEqual(same, []);
    assert.equal(
      later[0]?.message,
      'at: 2026-01-02T03:04:05.000Z changed to 2026-01-02T03:04:06.000Z',
    );
    assert.equal(asString[0]?.kind, 'type');
    assert.equal(
      asString[0]?.message,
      `at: type changed from Date (${when}) to string ("${when}")`,
    );
  });

  it('compares Buffers and typed arrays by bytes (drivers differ in which they return) and says where they first differ', () => {
    const same = compareObjects(Buffer.from([1, 2, 3]), new Uint8Array([1, 2, 3]).subarray(0));
    const differences = compareObjects(
      { blob: Buffer.from([1, 2, 3]) },
      { blob: Buffer.from([1, 2, 4]) },
    );

    assert.deepEqual(same, []);
    assert.equal(differences.length, 1);
    assert.equal(
      differences[0]!.message,
      'blob: <Buffer 3 bytes: 01 02 03> changed to <Buffer 3 bytes: 01 02 04> (first difference at byte 2)',
    );
  });

  it('treats a key holding undefined as absent, as JSON does', () => {
    assert.deepEqual(compareObjects({ a: 1, b: undefined }, { a: 1 }), []);
  });

  it('matches unordered arrays as multisets and reports unmatched items by their own index', () => {
    const oldValue = { tags: ['a', 'b', 'c', 'c'] };
    const newValue = { tags: ['c', 'a', 'd', 'b'] };

    const differences = compareObjects(oldValue, newValue, { unorderedArrays: ['tags'] });

    assert.deepEqual(differences, [
      {
        path: 'tags[3]',
        kind: 'missing',
        old: 'c',
        message: 'tags[3]: no equal item in the new list, in any position (old item: "c")',
      },
      {
        path: 'tags[2]',
        kind: 'extra',
        new: 'd',
        message: 'tags[2]: no equal item in the old list, in any position (new item: "d")',
      },
    ]);
  });

  it('keeps order significant for arrays not named unordered', () => {
    const differences = compareObjects(
      { a: [1, 2], b: [1, 2] },
      { a: [2, 1], b: [2, 1] },
      { unorderedArrays: ['a'] },
    );

    assert.deepEqual(
      differences.map((difference) => difference.path),
      ['b[0]', 'b[1]'],
    );
  });

  it('applies ignored paths inside unordered items', () => {
    const oldValue = [
      { id: 1, name: 'x' },
      { id: 2, name: 'y' },
    ];
    const newValue = [
      { id: 8, name: 'y' },
      { id: 9, name: 'x' },
    ];

    assert.deepEqual(
      compareObjects(oldValue, newValue, { unorderedArrays: true, ignorePaths: ['[*].id'] }),
      [],
    );
  });

  it('allows additions with ignoreExtraKeys but still reports removals', () => {
    const differences = compareObjects({ a: 1, b: 2 }, { a: 1, c: 3 }, { ignoreExtraKeys: true });

    assert.deepEqual(
      differences.map((difference) => [difference.path, difference.kind]),
      [['b', 'missing']],
    );
  });

  it('follows cycles once instead of overflowing the stack', () => {
    const oldValue: Record<string, unknown> = { v: 1 };
    oldValue.self = oldValue;
    const newValue: Record<string, unknown> = { v: 2 };
    newValue.self = newValue;

    const differences = compareObjects(oldValue, newValue);

    assert.deepEqual(
      differences.map((difference) => difference.path),
      ['v'],
    );
  });

  it('prefixes paths with rootPath and quotes keys that are not identifiers', () => {
    const differences = compareObjects(
      { 'content-type': 'a' },
      { 'content-type': 'b' },
      { rootPath: 'headers' },
    );

    assert.equal(differences[0]?.path, 'headers["content-type"]');
    assert.equal(formatPath(['a', 0, 'b c']), 'a[0]["b c"]');
  });

  it('compares Maps by key and Sets without order', () => {
    const maps = compareObjects(new Map([['k', 1]]), new Map([['k', 2]]));
    const sets = compareObjects(new Set([1, 2]), new Set([2, 1]));

    assert.deepEqual(
      maps.map((difference) => difference.path),
      ['k'],
    );
    assert.deepEqual(sets, []);
  });

  it('rejects a pattern it cannot read, naming it', () => {
    assert.throws(
      () => compareObjects({}, {}, { ignorePaths: ['items[x'] }),
      /Cannot read the path pattern 'items\[x'/,
    );
  });

  it('reports a key that is undefined only on the old side as extra, after the old keys, in either key order', () => {
    const sameOrder = compareObjects({ a: undefined, b: 1 }, { a: 2, b: 3 });
    const otherOrder = compareObjects({ a: undefined, b: 1 }, { b: 3, a: 2 });

    const expected = [
      { path: 'b', kind: 'changed', old: 1, new: 3, message: 'b: 1 changed to 3' },
      { path: 'a', kind: 'extra', new: 2, message: 'a: only in the new value (new: 2)' },
    ];
    assert.deepEqual(sameOrder, expected);
    assert.deepEqual(otherOrder, expected);
  });

  it('takes neither inherited nor non-enumerable properties for keys', () => {
    const hidden = Object.defineProperty({}, 'a', { value: 1, enumerable: false });

    const inherited = compareObjects({ toString: 'mine' }, {});
    const nonEnumerable = compareObjects({ a: 1 }, hidden);

    assert.deepEqual(
      inherited.map((difference) => `${difference.path} ${difference.kind}`),
      ['toString missing'],
    );
    assert.deepEqual(
      nonEnumerable.map((difference) => `${difference.path} ${difference.kind}`),
      ['a missing'],
    );
  });

  it('follows cycles once however deep they close, and reports a deep change once', () => {
    // A chain 100 objects deep whose last link points back to the root and to the second link.
    const chain = (leaf: number): Record<string, unknown> => {
      const root: Record<string, unknown> = { v: 0 };
      let link = root;
      for (let depth = 1; depth <= 100; depth++) {
        const next: Record<string, unknown> = { v: depth === 100 ? leaf : depth };
        link.next = next;
        link = next;
      }
      link.back = root;
      link.middle = root.next;
      return root;
    };

    const differences = compareObjects(chain(1), chain(2));

    assert.deepEqual(
      differences.map((difference) => difference.path),
      [`${Array.from({ length: 100 }, () => 'next').join('.')}.v`],
    );
  });

  it('finds nothing when both sides are the same object, NaN and cycles inside included', () => {
    const value: Record<string, unknown> = { n: NaN, list: [NaN, { d: new Date(Number.NaN) }] };
    value.self = value;

    assert.deepEqual(compareObjects(value, value), []);
  });
});
