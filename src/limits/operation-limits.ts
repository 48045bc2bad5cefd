import { maxAliasesRule } from '@escape.tech/graphql-armor-max-aliases';
import { maxDepthRule } from '@escape.tech/graphql-armor-max-depth';
import { maxDirectivesRule } from '@escape.tech/graphql-armor-max-directives';
import { type DocumentNode, GraphQLError, type GraphQLSchema, type ParseOptions, type Source, parse, validate } from 'graphql';
import { type Plugin, createGraphQLError } from 'graphql-yoga';
import type { SecurityConfig } from '../config.ts';
import { ErrorCode } from '../errors.ts';

type Limits = SecurityConfig['limits'];

/**
 * Limits on the shape of a document, checked before GraphQL's own validation (whose
 * overlapping-fields rule is quadratic in the number of fields):
 * - tokens while parsing, with graphql-js's own `maxTokens` (the lexer stops at the limit, so a
 *   huge document costs no more than the limit);
 * - depth, aliases and directives by GraphQL Armor's rules, run alone in a first linear pass; a
 *   document that breaks one never reaches the full validation.
 * Each refusal is OPERATION_LIMIT naming the limit and its environment variable.
 */
export function useOperationLimits(limits: Limits): Plugin {
  const shapeRules = [
    maxDepthRule({ n: limits.maxDepth, flattenFragments: true, ignoreIntrospection: true }),
    maxAliasesRule({ n: limits.maxAliases }),
    maxDirectivesRule({ n: limits.maxDirectives }),
  ];
  const verdicts = new WeakMap<DocumentNode, GraphQLError[] | null>();
  const shapeRefusal = (schema: GraphQLSchema, document: DocumentNode): GraphQLError[] | null => {
    try {
      const errors = validate(schema, document, shapeRules);
      return errors.length > 0 ? errors.map((error) => toLimitError(error, limits)) : null;
    } catch (error) {
      return [toLimitError(error, limits)];
    }
  };
  const parseWithLimit = (source: string | Source, options?: ParseOptions): DocumentNode => {
    try {
      return parse(source, { ...options, maxTokens: limits.maxTokens });
    } catch (error) {
      if (error instanceof GraphQLError && /more tha[nt] \d+ tokens/.test(error.message)) {
        throw limitError(`The document has more than ${limits.maxTokens} tokens.`, 'MAX_TOKENS', limits.maxTokens);
      }
      throw error;
    }
  };
  return {
    onParse({ setParseFn }) {
      setParseFn(parseWithLimit);
    },
    onValidate({ params, setResult }) {
      // The verdict depends on the document alone, and yoga's parse cache hands the same
      // DocumentNode for the same text: a repeated operation is checked once.
      let refusal = verdicts.get(params.documentAST);
      if (refusal === undefined) {
        refusal = shapeRefusal(params.schema, params.documentAST);
        verdicts.set(params.documentAST, refusal);
      }
      if (refusal !== null) setResult(refusal);
    },
  };
}

const limitVariables: Array<[RegExp, string, keyof Limits]> = [
  [/depth/i, 'MAX_DEPTH', 'maxDepth'],
  [/alias/i, 'MAX_ALIASES', 'maxAliases'],
  [/directive/i, 'MAX_DIRECTIVES', 'maxDirectives'],
];

function toLimitError(error: unknown, limits: Limits): GraphQLError {
  const message = String((error as Error).message ?? error).replace(/^Syntax Error: /, '');
  const [, variable, key] = limitVariables.find(([pattern]) => pattern.test(message)) ?? [undefined, 'limits', undefined];
  return limitError(message, variable, key === undefined ? undefined : limits[key]);
}

function limitError(message: string, variable: string, limit?: number): GraphQLError {
  return createGraphQLError(`${message} Refused before execution (${variable}).`, {
    extensions: { code: ErrorCode.OPERATION_LIMIT, limit: variable, ...(limit === undefined ? {} : { max: limit }), http: { status: 400 } },
  });
}
