import type { TypedDocumentNode } from '@graphql-typed-document-node/core';
import { expect } from 'vitest';
import { askUntil } from './ask-until.ts';
import type { Stack } from './stack.ts';

/** The answer of one service whose fields the gateway checks one by one, and where a document shows them. */
export interface GarbledFieldsCase {
  esn: string;
  service: number;
  /** The path from `data` to the object showing the service's fields. */
  at: readonly string[];
  /** A query taking `$esn` that asks every field of `fieldsOf` (and may ask more). */
  document: TypedDocumentNode<any, { esn: string }>;
}

/**
 * With the bad-record fault at 0.5 on the service for this terminal, asks (until some fields are
 * garbled and some not) and checks that each garbled wire field (a key of `fieldsOf`) nulls
 * exactly its GraphQL fields, each with UPSTREAM_BAD_RESPONSE at its own path naming the wire
 * field, and that the rest of the answer equals the answer without the fault.
 */
export async function expectGarbledFieldsAlone(stack: Stack, { esn, service, at, document }: GarbledFieldsCase, fieldsOf: Record<string, string[]>): Promise<void> {
  const ask = async () => {
    const response = await stack.graphql(document, { esn });
    const object = at.reduce<unknown>((value, key) => (value as Record<string, unknown> | null | undefined)?.[key], response.data);
    return { data: response.data as unknown, object: (object ?? {}) as Record<string, unknown>, errors: response.errors ?? [] };
  };
  const clean = await ask();
  expect(clean.errors).toEqual([]);
  // Only fields the vehicle has are sent, and so garbled.
  const sent = Object.keys(fieldsOf).filter((wire) => clean.object[fieldsOf[wire]![0]!] !== null);
  expect(sent.length).toBeGreaterThan(1);
  const isNull = (object: Record<string, unknown>, wire: string) => object[fieldsOf[wire]![0]!] === null;
  stack.simulator.setFaults({ badRecordRate: 0.5, services: [service], esns: [esn] });
  const answer = await askUntil(ask, (candidate) => new Set(sent.map((wire) => isNull(candidate.object, wire))).size === 2);
  stack.simulator.setFaults({ badRecordRate: 0 });

  const broken = sent.filter((wire) => isNull(answer.object, wire));
  const garbled = new Set(broken.flatMap((wire) => fieldsOf[wire]!));
  const expectedObject = Object.fromEntries(Object.entries(clean.object).map(([field, value]) => [field, garbled.has(field) ? null : value]));
  const replaced = (data: unknown, depth: number): unknown =>
    depth === at.length ? expectedObject : { ...(data as Record<string, unknown>), [at[depth]!]: replaced((data as Record<string, unknown>)[at[depth]!], depth + 1) };
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
