/**
 * The registry: every feature's operations merged once, no name defined twice, every name a
 * `feature.verb` (the renderer's client tells operations from other properties by the dot).
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { contract, features, type OperationName } from '../../../shared/contract';
import { departmentOps } from '../../../shared/ops/departments';
import { type DuplicateKeys, mergeOps } from '../../../shared/ops/op';
import { workspaceOps } from '../../../shared/ops/workspace';

describe('the operation registry', () => {
  it('holds each feature operation once, and nothing else', () => {
    const names = features.flatMap((f) => Object.keys(f));
    expect(new Set(names).size).toBe(names.length);
    expect(Object.keys(contract).sort()).toEqual([...names].sort());
    for (const feature of features) for (const [name, spec] of Object.entries(feature)) expect(contract[name as OperationName]).toBe(spec);
  });

  it('refuses a name two features define, at load and in the types', () => {
    const clash = { 'departments.list': departmentOps['departments.list'] };
    expect(() => mergeOps([departmentOps, workspaceOps, clash])).toThrow('Operation departments.list is defined twice');
    expectTypeOf<DuplicateKeys<[typeof departmentOps, typeof workspaceOps, typeof clash]>>().toEqualTypeOf<'departments.list'>();
    expectTypeOf<DuplicateKeys<typeof features>>().toEqualTypeOf<never>();
  });

  it('names every operation feature.verb', () => {
    for (const name of Object.keys(contract)) expect(name).toMatch(/^[a-z][A-Za-z]*\.[a-z][A-Za-z]*$/);
  });
});
