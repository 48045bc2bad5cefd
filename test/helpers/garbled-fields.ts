import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { isDeepStrictEqual } from 'node:util';
import { expect } from 'vitest';
import { askUntil } from './ask-until.ts';
import type { Stack } from './stack.ts';

/** The answer of one service whose fields the gateway checks one by one, and where a document shows them. */
export interface GarbledFieldsCase {
  esn: string;
  service: number;
  /** The path from `data` to the object showing the service's fields. */
  at: ReadonlyArray<string | number>;
  /** A query taking `$esn` (and `variables`) that asks every field of `fieldsOf` (and may ask more). */
  document: TypedDocumentNode<any, any>;
  variables?: Record<string, unknown>;
}

/**
 * With the bad-record fault at 0.5 on the service for this terminal, asks (until some fields are
 * garbled and some with a value not) and checks that each garbled wire field (a key of
 * `fieldsOf`) nulls exactly its GraphQL fields, each with UPSTREAM_BAD_RESPONSE at its own path
 * naming the wire field, and that the rest of the answer equals the answer without the fault.
 */
export async function expectGarbledFieldsAlone(
  stack: Stack,
  { esn, service, at, document, variables }: GarbledFieldsCase,
  fieldsOf: Record<string, string[]>,
): Promise<void> {
  const ask = async () => {
    // An immutable read's answer kept from an earlier ask would hide the fault.
    stack.sharedCache?.clear();
    const response = await stack.graphql(document, { ...variables, esn });
    const object = at.reduce<unknown>((value, key) => (value as Record<string | number, unknown> | null | undefined)?.[key], response.data);
    return { data: response.data as unknown, object: (object ?? {}) as Record<string, unknown>, errors: response.errors ?? [] };
  };
  const clean = await ask();
  expect(clean.errors).toEqual([]);
  // A wire field is garbled where the answer has an error at its first GraphQL field; what follows
  // checks that such a field is null and that nothing else moved. Only fields the vehicle has are
  // sent, and so garbled: some of those with a value must be kept.
  const withValue = Object.keys(fieldsOf).filter((wire) => clean.object[fieldsOf[wire]![0]!] !== null);
  expect(withValue.length).toBeGreaterThan(1);
  const brokenIn = (answer: typeof clean) =>
    Object.keys(fieldsOf).filter((wire) => answer.errors.some((error) => isDeepStrictEqual(error.path, [...at, fieldsOf[wire]![0]!])));
  stack.simulator.setFaults({ badRecordRate: 0.5, services: [service], esns: [esn] });
  const answer = await askUntil(ask, (candidate) => {
    const broken = brokenIn(candidate);
    return broken.length > 0 && withValue.some((wire) => !broken.includes(wire));
  });
  stack.simulator.setFaults({ badRecordRate: 0 });

  const broken = brokenIn(answer);
  expect(broken.length).toBeGreaterThan(0);
  const garbled = new Set(broken.flatMap((wire) => fieldsOf[wire]!));
  const expectedObject = Object.fromEntries(Object.entries(clean.object).map(([field, value]) => [field, garbled.has(field) ? null : value]));
  const replaced = (data: unknown, depth: number): unknown => {
    if (depth === at.length) return expectedObject;
    const copy = (Array.isArray(data) ? [...data] : { ...(data as object) }) as Record<string | number, unknown>;
    copy[at[depth]!] = replaced(copy[at[depth]!], depth + 1);
    return copy;
  };
  expect(answer.data).toEqual(replaced(clean.data, 0));
  const expected = broken.flatMap((wire) =>
    fieldsOf[wire]!.map((field) => ({
      path: [...at, field],
      code: 'UPSTREAM_BAD_RESPONSE',
      message: expect.stringMatching(new RegExp(`^iauto360 service ${service}: bad response: ${wire}: `)),
    })),
  );
  expect(answer.errors.map((error) => ({ path: error.path, code: error.extensions?.code, message: error.message }))).toEqual(expect.arrayContaining(expected));
  expect(answer.errors).toHaveLength(expected.length);
}
