import { isEnumType, isInputObjectType, isInterfaceType, isObjectType, isScalarType, isSpecifiedScalarType } from 'graphql';
import { expect, it } from 'vitest';
import { schema } from '../src/schema/index.ts';

it('describes every type, field, argument and enum value of the schema', () => {
  const missing: string[] = [];
  let checked = 0;
  const check = (where: string, description: string | null | undefined) => {
    checked++;
    if (!description?.trim()) missing.push(where);
  };
  for (const type of Object.values(schema.getTypeMap())) {
    // `__` is introspection; `_Any`, `_Entity`, `_Service`, `_entities`, `_service` are Apollo Federation's, described by its spec.
    if (type.name.startsWith('_') || (isScalarType(type) && isSpecifiedScalarType(type))) continue;
    check(type.name, type.description);
    if (isObjectType(type) || isInterfaceType(type) || isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        if (field.name.startsWith('_')) continue;
        check(`${type.name}.${field.name}`, field.description);
        for (const arg of 'args' in field ? field.args : []) check(`${type.name}.${field.name}(${arg.name})`, arg.description);
      }
    }
    if (isEnumType(type)) for (const value of type.getValues()) check(`${type.name}.${value.name}`, value.description);
  }
  expect(missing).toEqual([]);
  expect(checked).toBeGreaterThan(300);
});
