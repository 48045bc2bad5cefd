import { useCSRFPrevention } from '@graphql-yoga/plugin-csrf-prevention';
import { type DocumentNode, GraphQLError, Kind } from 'graphql';
import { type Plugin, createGraphQLError } from 'graphql-yoga';
import { ErrorCode } from './errors.ts';
import { refusal } from './limits/responses.ts';
import { recordOf } from './observability/request-record.ts';

/*
 * Requests refused before anything runs because they are not usable GraphQL requests, answered
 * like every other error: a code (BAD_REQUEST or OPERATION_RESOLUTION_FAILURE), a message that
 * says what to send instead, and the HTTP status yoga gives them. Yoga's own refusals of these
 * cases were a 403 without a code (CSRF), an empty 415 (an unsupported Content-Type) and one
 * message for every way of naming the operation wrongly.
 */

/** The header that marks a request as sent by a script, not by a form or a link (CSRF prevention). */
export const CSRF_HEADER = 'x-graphql-yoga-csrf';

/** Why a request a browser sends without a preflight (a form, a link, an EventSource) is refused (HTTP 403, BAD_REQUEST). */
export const CROSS_SITE_REFUSAL = `Refused as a possible cross-site request: send the operation as JSON (Content-Type: application/json), or a GET with the ${CSRF_HEADER} header.`;

/**
 * Yoga's CSRF prevention, its refusal coded: a request a browser sends without a preflight (a form
 * post, multipart or text/plain, a GET without a custom header) runs nothing (HTTP 403).
 */
export function useCodedCSRFPrevention(): Plugin {
  const prevention = useCSRFPrevention({ requestHeaders: [CSRF_HEADER] });
  return {
    onRequestParse(payload) {
      try {
        return prevention.onRequestParse?.(payload);
      } catch (error) {
        if (!(error instanceof GraphQLError)) throw error;
        throw createGraphQLError(CROSS_SITE_REFUSAL, { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 403 } } });
      }
    },
  };
}

/**
 * A POST whose Content-Type no request parser reads (XML, say): HTTP 415 with a coded error, where
 * yoga answers an empty 415. Other methods are left to yoga (405 for anything but GET and POST).
 */
export function useUnsupportedMediaType(): Plugin {
  return {
    onRequestParse({ request, requestParser }) {
      if (requestParser !== undefined || request.method !== 'POST') return;
      throw createGraphQLError(contentTypeRefusal(request.headers.get('content-type')), {
        extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 415 } },
      });
    },
  };
}

/**
 * Says which of a document's operations could not be chosen, and why, where yoga says only
 * "Could not determine what operation to execute." (OPERATION_RESOLUTION_FAILURE, HTTP 400).
 * HTTP requests only, as yoga's own check: a WebSocket client gets graphql-ws's answer.
 * It throws from the parse's after-hook rather than replacing the parse result: yoga's parse
 * cache keeps a replaced result as the document's error, which would then refuse the same
 * document sent with a right operation name.
 */
export function useOperationResolution(): Plugin {
  return {
    onParse() {
      return ({ result, context }) => {
        const { request, params } = context as { request?: unknown; params?: { operationName?: unknown } };
        if (request === undefined || result === null || result instanceof Error) return;
        const problem = operationProblem(result as DocumentNode, params?.operationName);
        if (problem) throw createGraphQLError(problem, { extensions: { code: 'OPERATION_RESOLUTION_FAILURE', http: { status: 400 } } });
      };
    },
  };
}

/**
 * Why no operation of `document` can be run under `operationName`, or undefined when one can:
 * undefined exactly when graphql-js's getOperationAST finds one (a name must match exactly, "" too).
 */
export function operationProblem(document: DocumentNode, operationName: unknown): string | undefined {
  if (operationName !== undefined && operationName !== null && typeof operationName !== 'string') {
    return `Expected "operationName" param to be a string, but given ${typeof operationName}.`;
  }
  const names: Array<string | undefined> = [];
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) names.push(definition.name?.value);
  }
  if (names.length === 0) return 'The document has no operation (only fragments).';
  if (typeof operationName === 'string') {
    if (names.includes(operationName)) return undefined;
    const known = names.filter((name): name is string => name !== undefined);
    return `Unknown operation named ${quoted(operationName)}${known.length ? `; the document has ${known.map((name) => `"${name}"`).join(', ')}` : ''}.`;
  }
  if (names.length > 1) return `The document has ${names.length} operations: name the one to run in "operationName".`;
  return undefined;
}

/** Why a body of this Content-Type is refused, and what to send; `otherwise` names another way the endpoint takes. */
export function contentTypeRefusal(contentType: string | null, otherwise?: string): string {
  const problem = contentType ? `Content-Type ${quoted(contentType)} is not read here` : 'The request has no Content-Type';
  return `${problem}: send the operation as JSON (Content-Type: application/json)${otherwise ? `, ${otherwise}` : ''}.`;
}

/** The client's own text, quoted, and cut at 100 characters: an error echoes what was sent, never a whole header or body. */
export function quoted(text: string): string {
  return JSON.stringify(text.length > 100 ? `${text.slice(0, 100)}…` : text);
}

/** What yoga answers a query or mutation with; a subscription only streams (the first). */
const STREAMED = 'text/event-stream';
const ANSWER_MEDIA_TYPES = [STREAMED, 'multipart/mixed', 'application/graphql-response+json', 'application/json'];

/**
 * The path of a request. The server adapter's request keeps the URL it parsed for routing
 * (`parsedUrl`): read there, not parsed a second time on every request.
 */
function pathnameOf(request: Request): string {
  return ((request as { parsedUrl?: URL }).parsedUrl ?? new URL(request.url)).pathname;
}

/**
 * A request whose `Accept` allows no answer yoga can give (`Accept: application/xml`, or
 * `application/json` for a subscription), refused before the operation runs, with HTTP 406 and a
 * coded error. Yoga judges `Accept` only once the operation has run: a mutation was sent upstream
 * and its answer dropped, a subscription was started and never ended (holding its share of
 * MAX_SUBSCRIPTIONS_PER_PRINCIPAL), and the 406 had no body. A result yoga still cannot send
 * (incremental delivery asked as JSON) is ended here and answered the same way. Only at the
 * endpoint: graphql-sse (`/graphql/stream`) and WebSocket negotiate on their own.
 */
export function useAcceptableAnswer(graphqlEndpoint: string): Plugin {
  const refuse = (request: Request, subscription: boolean) =>
    createGraphQLError(notAcceptable(request, subscription), { extensions: { code: ErrorCode.BAD_REQUEST, http: { status: 406 } } });
  const atEndpoint = (request: Request | undefined): request is Request => request !== undefined && pathnameOf(request) === graphqlEndpoint;
  return {
    onExecute({ args, setResultAndStopExecution }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (atEndpoint(request) && !answerable(request, ANSWER_MEDIA_TYPES)) setResultAndStopExecution({ errors: [refuse(request, false)] });
    },
    onSubscribe({ args, setResultAndStopExecution }) {
      const request = (args.contextValue as { request?: Request }).request;
      if (atEndpoint(request) && !answerable(request, [STREAMED])) setResultAndStopExecution({ errors: [refuse(request, true)] });
    },
    onResultProcess({ request, result, resultProcessor, setResultProcessor, serverContext }) {
      if (resultProcessor !== undefined) return;
      const streamed = typeof result === 'object' && result !== null && Symbol.asyncIterator in result;
      if (streamed) void (result as unknown as AsyncIterator<unknown>).return?.();
      const body = refusal(recordOf(serverContext), 406, ErrorCode.BAD_REQUEST, notAcceptable(request, streamed), { vary: 'accept' });
      setResultProcessor(() => body, 'application/json');
    },
  };
}

function notAcceptable(request: Request, streamed: boolean): string {
  const asked = request.headers.get('accept');
  const offer = streamed ? `\`Accept: ${STREAMED}\`` : '`Accept: application/json` (or application/graphql-response+json, text/event-stream, multipart/mixed)';
  return `No answer can be sent in the media types of \`Accept\` ${quoted(asked ?? '')}${streamed ? ' for a subscription (its events are streamed)' : ''}: send ${offer}.`;
}

/** Whether `Accept` (as yoga reads it: utf-8 only, wildcards) allows one of `offered`. */
function answerable(request: Request, offered: readonly string[]): boolean {
  const accepted = (request.headers.get('accept') || '*/*').replace(/\s/g, '').toLowerCase().split(',');
  return accepted.some((entry) => {
    const [mediaType = '', ...parameters] = entry.split(';');
    const charset = parameters.find((parameter) => parameter.startsWith('charset='));
    if (charset !== undefined && charset !== 'charset=utf-8') return false;
    const [type, subtype] = mediaType.split('/');
    return offered.some((candidate) => {
      const [offeredType, offeredSubtype] = candidate.split('/');
      return (type === '*' || type === offeredType) && (subtype === '*' || subtype === offeredSubtype);
    });
  });
}
