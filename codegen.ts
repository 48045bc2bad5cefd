import type { CodegenConfig } from '@graphql-codegen/cli';

/** Typed documents for the operations the tests send, generated from the committed schema.graphql. */
const config: CodegenConfig = {
  schema: 'schema.graphql',
  documents: ['test/**/*.ts', '!test/gql/**'],
  ignoreNoDocuments: true,
  emitLegacyCommonJSImports: false,
  generates: {
    'test/gql/': {
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
    },
  },
};

export default config;
