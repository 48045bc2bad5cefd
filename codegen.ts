import type { CodegenConfig } from '@graphql-codegen/cli';

const typedDocuments = {
  preset: 'client',
  presetConfig: { fragmentMasking: false },
  config: {
    enumsAsTypes: true,
    useTypeImports: true,
    scalars: {
      DateTime: 'string',
      Date: 'string',
      JSON: 'unknown',
    },
  },
} as const;

/** Typed documents generated from the committed schema.graphql: the tests' operations and the fleet page's. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    'test/gql/': { ...typedDocuments, documents: ['test/**/*.ts', '!test/gql/**'] },
    'web/src/gql/': { ...typedDocuments, documents: ['web/src/**/*.ts', 'web/src/**/*.tsx', '!web/src/gql/**'] },
  },
};

export default config;
