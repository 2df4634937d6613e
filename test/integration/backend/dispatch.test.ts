/**
 * Every operation of the registry has exactly one handler: the backend refuses to start with
 * one missing or defined twice, and the types refuse it before that.
 */
import { describe, expect, expectTypeOf, it } from 'vitest';
import { createBackend } from '../../../electron/backend';
import { compareHandlers } from '../../../electron/backend/compare/handlers';
import { departmentHandlers } from '../../../electron/backend/departments/handlers';
import { combineHandlers, type MissingHandlers } from '../../../electron/backend/dispatch';
import { contract, type Handlers } from '../../../shared/contract';
import { useTmpDir } from '../../support/tmp';

const tmp = useTmpDir();

describe('handlers cover the registry', () => {
  it('the backend has one handler for each operation and no other', () => {
    const backend = createBackend({ mode: 'browser', dataDir: tmp(), appVersion: 't' });
    expect(Object.keys(backend.handlers).sort()).toEqual(Object.keys(contract).sort());
    backend.close();
  });

  it('refuses a missing handler and a handler defined twice', () => {
    const backend = createBackend({ mode: 'browser', dataDir: tmp(), appVersion: 't' });
    const session = backend.session;
    expect(() => combineHandlers(compareHandlers(session))).toThrow(/Operations without a handler: .*departments\.list/);
    expect(() => combineHandlers(departmentHandlers(session), departmentHandlers(session))).toThrow('Operation departments.list has two handlers');
    const extra = { 'departments.explode': () => null } as unknown as Partial<Handlers>;
    expect(() => combineHandlers(extra)).toThrow('Handler for an operation the contract does not have: departments.explode');
    backend.close();
  });

  it('names what is missing in the types', () => {
    type OnlyCompare = [ReturnType<typeof compareHandlers>];
    expectTypeOf<'departments.list'>().toExtend<MissingHandlers<OnlyCompare>>();
    expectTypeOf<'compare.rounds'>().not.toExtend<MissingHandlers<OnlyCompare>>();
    expectTypeOf<ReturnType<typeof combineHandlers<OnlyCompare>>>().not.toExtend<Handlers>();
  });
});
