import { existsSync, readFileSync } from 'node:fs';
import { isDeepStrictEqual } from 'node:util';
import { type DocumentNode, type GraphQLObjectType, Kind, isEnumType, isInterfaceType, isObjectType, parse, print, validate } from 'graphql';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SIMULATOR_EVENTS_PER_MINUTE, configVariables, loadConfig } from '../src/config.ts';
import { ErrorCode } from '../src/errors.ts';
import { exampleQuery } from '../src/example-query.ts';
import { GatewayMetrics } from '../src/observability/metrics.ts';
import { usage as simulatorUsage } from '../src/simulator/config.ts';
import { DEFAULT_SEED, DEFAULT_TERMINAL_COUNT } from '../src/simulator/options.ts';
import { schema } from '../src/schema/index.ts';
import * as fleetPage from '../web/src/gql/graphql.ts';
import { subscribe } from './helpers/subscriptions.ts';
import { useStack } from './helpers/use-stack.ts';

const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
const examples = [...readme.matchAll(/```graphql\n([\s\S]*?)```/g)].map((match) => match[1]!);

interface ExampleOperation {
  name: string;
  query: string;
  variables: Record<string, unknown>;
}

/** Every operation of every README example, in reading order, with the variables its `# variables:` line gives. */
const operations: ExampleOperation[] = examples.flatMap((example) => {
  const variables = /^# variables: (.*)$/m.exec(example)?.[1];
  return parse(example).definitions.flatMap((definition) =>
    definition.kind === Kind.OPERATION_DEFINITION
      ? [{ name: definition.name?.value ?? 'anonymous', query: print(definition), variables: variables ? JSON.parse(variables) : {} }]
      : [],
  );
});

describe('the documented operations', () => {
  it('are there', () => {
    expect(examples.length).toBeGreaterThanOrEqual(5);
    expect(operations.length).toBeGreaterThanOrEqual(9);
  });

  it.each(examples.map((example) => [example.split('\n')[0], example]))('are valid against the schema: %s', (_title, example) => {
    expect(validate(schema, parse(example)).map((error) => error.message)).toEqual([]);
  });

  it("include GraphiQL's opening query", () => {
    expect(validate(schema, parse(exampleQuery(['861276678889726']))).map((error) => error.message)).toEqual([]);
  });

  it("include every operation of the fleet page, exactly as the page sends it", () => {
    const documented = examples.map((example) => print(parse(example)));
    const operations = Object.entries(fleetPage).filter(([name]) => name.endsWith('Document')) as Array<[string, DocumentNode]>;
    expect(operations.length).toBeGreaterThanOrEqual(5);
    for (const [name, document] of operations) expect(documented, name).toContain(print(document));
  });
});

describe('the documented operations, run as written against the default simulated world', () => {
  const stack = useStack();

  /** What each example must show beyond running without an error. */
  const expectations: Record<string, (data: any) => void> = {
    Fleet: (data) => {
      expect(data.terminals.map((terminal: { esn: string }) => terminal.esn)).toEqual(operations.find((op) => op.name === 'Fleet')!.variables.esns);
      for (const terminal of data.terminals) expect(terminal.vehicle.trips.totalCount).toBeGreaterThan(0);
    },
    Vehicle: (data) => expect(data.terminal).toMatchObject({ bound: true, pluggedIn: true }),
    // The answer the README quotes for the open embedded simulator.
    MyAccess: (data) =>
      expect(data.myAccess).toEqual({ name: 'anonymous', scopes: ['READ', 'MANAGE', 'CONTROL'], reachesEveryTerminal: true, terminalCount: null, authenticated: false }),
    Bind: (data) => expect(data.bindTerminal.terminal).toEqual({ bound: true, mobile: '13600000000' }),
    Unbind: (data) => expect(data.unbindTerminal.terminal).toEqual({ bound: false }),
    UpdateProfile: (data) => expect(data.updateVehicleProfile.profile).toEqual({ fuelGrade: 'RON95', maintenanceIntervalKm: 7500, insurer: '平安车险' }),
    DeleteTrip: (data) => expect(data.deleteTrip.deletedTripId).toBe('86196134264565377'),
    Refetch: (data) =>
      expect(data.nodes).toEqual([
        expect.objectContaining({ catalogId: 3434, fullName: '北京现代 ix25 2017款 1.4T 双离合 智能型' }),
        expect.objectContaining({ name: '现代' }),
        expect.objectContaining({ esn: '867659764755235', bound: true }),
      ]),
    Lock: (data) => {
      expect(data.lockDoors).toMatchObject({ state: 'ACCEPTED' });
      lockCommandId = data.lockDoors.id;
    },
    // The car answers the lock with 关锁成功, or 关锁失败 while its ignition is on.
    Alerts: (data) => expect(data.vehicleEvents).toMatchObject({ __typename: 'DoorEvent', esn: '867659764755235', action: 'LOCK', outcome: lockOutcome() }),
    FollowCommand: (data) => expect(data.doorCommand.state).toBe(lockOutcome()),
  };
  const lockOutcome = () => (stack.simulator.world.terminal('867659764755235')!.vehicle.condition.ignitionOn ? 'FAILED' : 'SUCCEEDED');
  /** The command the Lock example sent: the FollowCommand example follows it instead of its placeholder id. */
  let lockCommandId = '';

  /** A subscription example's first result, over Server-Sent Events as GraphiQL runs it. */
  async function firstResult(query: string, variables: Record<string, unknown>) {
    const withId = (text: string) => text.replace('paste-the-id-here', lockCommandId);
    const subscription = subscribe('sse', stack.url, parse(withId(query)), JSON.parse(withId(JSON.stringify(variables))) as Record<string, unknown>);
    try {
      await subscription.waitFor(1, 15_000);
      return subscription.results[0]!;
    } finally {
      await subscription.close();
    }
  }

  it('name terminals of that world in the states the README says', () => {
    const world = stack.simulator.world;
    expect(world.terminal('867659764755235')).toMatchObject({ inserted: true, binding: expect.anything() });
    expect(world.terminal('863223452095759')).toMatchObject({ inserted: true, binding: null });
    expect(world.terminal('867659764755235')!.vehicle.trips.map((trip) => trip.id)).toContain('86196134264565377');
  });

  // In reading order: Bind then Unbind leave the terminal as it was; DeleteTrip comes after every read of the trips.
  it.each(operations.map((operation) => [operation.name, operation]))('%s succeeds', async (name, operation) => {
    // The README's own text, run as written, so it cannot be a generated document of the tests.
    const result = operation.query.startsWith('subscription')
      ? await firstResult(operation.query, operation.variables)
      : await stack.graphql<Record<string, unknown>, unknown>(operation.query, operation.variables);
    expect(result.errors, JSON.stringify(result.errors)).toBeUndefined();
    expect(result.data).toBeTruthy();
    for (const [field, value] of Object.entries(result.data as Record<string, unknown>)) expect(value, field).not.toBeNull();
    expectations[name]?.(result.data);
  });

  it("writes the access line with the fields of the README's example", async () => {
    const example = JSON.parse(/\n### Logs\n[\s\S]*?```json\n(.*)\n```/.exec(readme)![1]!) as Record<string, unknown>;
    const logged = stack.logRecords().length;
    // Partial, as the example: a malformed ESN fails alone, the other is read.
    const fleet = operations.find((operation) => operation.name === 'Fleet')!;
    const result = await stack.graphql(fleet.query, { esns: ['867659764755235', '123'] });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const line = stack.logRecords().slice(logged).find((record) => record.msg === 'graphql request')!;
    expect(Object.keys(line).sort()).toEqual(Object.keys(example).sort());
    expect(line).toMatchObject({ level: example.level, operationName: 'Fleet', operationType: 'query', principal: 'anonymous', status: 200, outcome: 'partial', errors: { BAD_USER_INPUT: 1 } });
    for (const [field, value] of Object.entries(example)) expect(typeof line[field], field).toBe(typeof value);
  });

  it("runs GraphiQL's opening query on the world's ESNs", async () => {
    const esns = stack.simulator.world.boundTerminals().map((terminal) => terminal.esn);
    // The product's own opening text, built from the ESNs: not a document of the tests.
    const result = await stack.graphql(exampleQuery(esns));
    expect(result.errors).toBeUndefined();
  });
});

/** The rows of the README table whose header row starts with `header`, each as its cells. */
function table(header: string): string[][] {
  const lines = readme.split('\n');
  const start = lines.findIndex((line) => line.startsWith(header));
  expect(start, header).toBeGreaterThanOrEqual(0);
  const rows: string[][] = [];
  for (const line of lines.slice(start + 2)) {
    if (!line.startsWith('|')) break;
    rows.push(line.slice(1, -1).split('|').map((cell) => cell.trim()));
  }
  return rows;
}

/** The `code` spans of a cell, e.g. the variables of "`A`, `B`". */
const codeSpans = (cell: string) => [...cell.matchAll(/`([^`]+)`/g)].map((match) => match[1]!);

describe("the README's Configuration and Limits tables", () => {
  /** Read by src/process-setup.ts before anything loads, not by loadConfig. */
  const readElsewhere = new Set(['NODE_ENV']);
  /** Defaults that live with the embedded simulator, applied when the variable is unset. */
  const simulatorDefaults: Record<string, number> = {
    SIMULATOR_SEED: DEFAULT_SEED,
    SIMULATOR_TERMINALS: DEFAULT_TERMINAL_COUNT,
    SIMULATOR_EVENTS_PER_MINUTE: DEFAULT_SIMULATOR_EVENTS_PER_MINUTE,
  };
  /** Turns on what some variables apply to (the real service, tracing, Redis), so a wrong default or an unread variable shows. */
  const base = {
    IAUTO_OPEN_ID: 'open-id',
    IAUTO_SECURE_CODE: 'secure-code',
    IAUTO_BASE_URL: 'https://open.example.cn',
    OTEL_EXPORTER_OTLP_ENDPOINT: 'http://127.0.0.1:4318',
    REDIS_URL: 'redis://127.0.0.1:6379',
  };
  const rows = [...table('| Variable | Default | Range | Meaning |'), ...table('| Variable | Default | Range | Refused with |')].flatMap(
    ([variables, defaultValue, range]) => codeSpans(variables!).map((variable) => ({ variable, defaultValue: defaultValue!, range: range! })),
  );
  const documented = new Set(rows.map((row) => row.variable));
  const refusedNaming = (variable: string, environment: Record<string, string>) =>
    expect(() => loadConfig(environment), `${variable}=${environment[variable]}`).toThrow(new RegExp(`^Invalid configuration:\\n  ${variable}: `));

  it('name only variables the gateway reads', () => {
    expect(rows.length).toBeGreaterThanOrEqual(40);
    for (const { variable } of rows) expect(configVariables.includes(variable as never) || readElsewhere.has(variable), variable).toBe(true);
  });

  it('with the Security section, document every variable the gateway reads', () => {
    // The paragraph after the table sends the security variables to the Security section, which describes each.
    const security = readme.slice(readme.indexOf('\n## Security'));
    for (const variable of configVariables) {
      expect(documented.has(variable) || new RegExp(`\`${variable}[\`=]`).test(security), `${variable} is not documented`).toBe(true);
    }
    const pointer = /\nAuthentication \(([\s\S]*?)see \[Security\]/.exec(readme)![1]!;
    for (const variable of codeSpans(pointer)) expect(configVariables, variable).toContain(variable);
  });

  it.each(rows.filter((row) => /^`[^`]+`/.test(row.defaultValue) && !readElsewhere.has(row.variable)))(
    '$variable: its documented default is what unset gives',
    ({ variable, defaultValue }) => {
      const value = codeSpans(defaultValue)[0]!;
      if (variable in simulatorDefaults) {
        expect(loadConfig({}).simulator).toEqual({ seed: undefined, terminalCount: undefined, eventsPerMinute: undefined });
        expect(Number(value), variable).toBe(simulatorDefaults[variable]);
      } else {
        expect(loadConfig({ ...base, [variable]: value }), `${variable}=${value}`).toEqual(loadConfig(base));
      }
    },
  );

  it('IAUTO_READ_DEADLINE_MS: twice IAUTO_TIMEOUT_MS by default, as documented', () => {
    expect(rows.find((row) => row.variable === 'IAUTO_READ_DEADLINE_MS')!.defaultValue).toBe('twice `IAUTO_TIMEOUT_MS`');
    expect(loadConfig({ IAUTO_TIMEOUT_MS: '1234', IAUTO_READ_DEADLINE_MS: '2468' })).toEqual(loadConfig({ IAUTO_TIMEOUT_MS: '1234' }));
  });

  it.each(rows.filter((row) => row.range !== '–'))('$variable: takes exactly its documented range, $range', ({ variable, range }) => {
    const [min, max] = range.split('–').map(Number) as [number, number];
    expect(Number.isInteger(min) && Number.isInteger(max), range).toBe(true);
    for (const value of [min, max]) expect(() => loadConfig({ [variable]: String(value) }), `${variable}=${value}`).not.toThrow();
    for (const value of [min - 1, max + 1]) refusedNaming(variable, { [variable]: String(value) });
    // The variable is read: a value of its range other than the default changes the configuration.
    const read = [min, max].some((value) => !isDeepStrictEqual(loadConfig({ ...base, [variable]: String(value) }), loadConfig(base)));
    expect(read, `${variable} changes nothing`).toBe(true);
  });
});

describe("the README's error codes table", () => {
  const documented = table('| Code | When | Extra extensions |').map(([code]) => codeSpans(code!)[0]!);
  /** graphql-yoga's own codes for documents it cannot run, and the masked bug. */
  const fromYoga = ['GRAPHQL_PARSE_FAILED', 'GRAPHQL_VALIDATION_FAILED', 'OPERATION_RESOLUTION_FAILURE', 'INTERNAL_SERVER_ERROR'];

  it('lists every code the gateway gives, once, and no other', () => {
    expect(documented.length).toBe(new Set(documented).size);
    expect([...documented].sort()).toEqual([...Object.values(ErrorCode), ...fromYoga].sort());
  });

  it('is where every upper-case name of the README and docs/events.md comes from, or a variable or enum value', () => {
    const enumValues = Object.values(schema.getTypeMap()).flatMap((type) => (isEnumType(type) ? type.getValues().map((value) => value.name) : []));
    const simulatorVariables = [...simulatorUsage().matchAll(/\b(SIMULATOR_[A-Z_]+)\b/g)].map((match) => match[1]!);
    /** Read by src/process-setup.ts; by test/helpers/browser.ts. */
    const others = ['NODE_ENV', 'CHROMIUM_PATH'];
    const known = new Set<string>([...documented, ...configVariables, ...enumValues, ...simulatorVariables, ...others]);
    const events = readFileSync(new URL('../docs/events.md', import.meta.url), 'utf8');
    const names = new Set([...`${readme}\n${events}`.matchAll(/\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\b/g)].map((match) => match[0]));
    expect(names.size).toBeGreaterThan(80);
    expect([...names].filter((name) => !known.has(name))).toEqual([]);
  });
});

describe("the README's metrics table", () => {
  const rows = table('| Metric | Type | Labels | What |');
  const metrics = new GatewayMetrics(
    () => ({ pending: 0, running: 0, connected: 0, free: 0 }),
    () => 0,
    async () => 0,
    async () => [],
  );
  const registered = metrics.registry.getMetricsAsArray() as unknown as Array<{ name: string; type: string; labelNames: string[] }>;
  const ours = registered.filter((metric) => !/^(process|nodejs)_/.test(metric.name));

  it('describes every metric the gateway registers, with its type and labels', () => {
    const described = rows.filter(([name]) => !name!.includes('*')).map(([name, type, labels]) => ({
      name: codeSpans(name!)[0],
      type,
      // "`state` (`busy`, `free`)": the label is what stands outside the parentheses.
      labels: codeSpans(labels!.replace(/\([^)]*\)/g, '')).sort(),
    }));
    const actual = ours.map((metric) => ({ name: metric.name, type: metric.type, labels: [...metric.labelNames].sort() }));
    const byName = (a: { name?: string }, b: { name?: string }) => a.name!.localeCompare(b.name!);
    expect(described.sort(byName)).toEqual(actual.sort(byName));
  });

  it("names prom-client's default metrics by the prefixes it registers them under", () => {
    expect(rows.some(([name]) => name === '`process_*`, `nodejs_*`')).toBe(true);
    expect(registered.some((metric) => metric.name.startsWith('process_'))).toBe(true);
    expect(registered.some((metric) => metric.name.startsWith('nodejs_'))).toBe(true);
  });
});

describe("the README's fields", () => {
  /** Each `Type.field`, with the fields listed after it with ` / `; in the cost table's first column, also with `,`. */
  const costRows = table('| Field | Upstream calls |').map(([fields]) => fields!.replace(/\s*\(.*$/, ''));
  /** Code names that are not GraphQL types (`JSON.parse`, `Context.beginEvent`). */
  const notTypes = new Set(['JSON', 'Context']);
  const named = [
    ...readme.matchAll(/`([A-Z]\w+)\.(\w+)(?:\([^`]*\))?`((?:\s*\/\s*`\w+`)*)/g),
    ...costRows.map((cell) => /^`([A-Z]\w+)\.(\w+)`((?:, `\w+`)*)$/.exec(cell)).filter((match) => match !== null),
  ].filter((match) => !notTypes.has(match[1]!));

  it('name types and fields the schema has', () => {
    expect(named.length).toBeGreaterThan(15);
    expect(named.some(([text]) => text!.includes('`Terminal.bindStatus`, `bound`'))).toBe(true);
    for (const [text, typeName, field, more] of named) {
      const type = schema.getType(typeName!);
      expect(type && (isObjectType(type) || isInterfaceType(type)), text).toBeTruthy();
      const fields = (type as GraphQLObjectType).getFields();
      for (const name of [field!, ...codeSpans(more ?? '')]) expect(fields, `${typeName}.${name} in ${text}`).toHaveProperty(name);
    }
  });
});

describe("the README's links, commands and paths", () => {
  const slug = (heading: string) => heading.trim().toLowerCase().replace(/[^\w\- ]/g, '').replace(/ /g, '-');
  const anchors = new Set([...readme.matchAll(/^#+ (.*)$/gm)].map((match) => slug(match[1]!)));
  const scripts = Object.keys(JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).scripts);

  it('point to headings that exist', () => {
    const links = [...readme.matchAll(/\]\(#([^)]+)\)/g)].map((match) => match[1]!);
    expect(links.length).toBeGreaterThan(5);
    for (const link of links) expect(anchors, link).toContain(link);
  });

  it('point to files of the repository that exist', () => {
    const paths = [...readme.matchAll(/\]\(((?:docs|src|test|scripts|web)\/[^)#]+)\)|`((?:docs|src|test|scripts|web|\.ci)\/[\w./-]+)`/g)].map((match) => match[1] ?? match[2]!);
    expect(paths.length).toBeGreaterThan(10);
    // Built by `npm run build:web`, not committed.
    for (const path of paths.filter((path) => path !== 'web/dist/')) expect(existsSync(new URL(`../${path}`, import.meta.url)), path).toBe(true);
  });

  it('give the Node.js lines that package.json accepts', () => {
    const engines = (JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { engines: { node: string } }).engines.node;
    const quickStart = /## Quick start\n\n(Node\.js [^(]*)\(/.exec(readme)![1]!;
    // `^20.18.1` is "20.18.1 or newer on the 20 line", `^22.13.0` "22.13 or newer", `^24.0.0` "24".
    const lines = engines.split('||').map((range) => /\^(\d+)\.(\d+)\.(\d+)/.exec(range.trim())!.slice(1).map(Number) as [number, number, number]);
    const said = lines.map(([major, minor, patch]) => (patch > 0 ? `${major}.${minor}.${patch}` : minor > 0 ? `${major}.${minor}` : `${major}`));
    expect([...quickStart.replace(/on the \d+ line/, '').matchAll(/\b\d+(?:\.\d+)*\b/g)].map((match) => match[0])).toEqual(said);
  });

  it('run only npm scripts that exist', () => {
    const commands = [...readme.matchAll(/npm run ([\w:-]+)/g)].map((match) => match[1]!);
    expect(commands.length).toBeGreaterThan(5);
    for (const command of commands) expect(scripts, command).toContain(command);
  });

  it('count the upstream ambiguities docs/upstream.md lists', () => {
    const upstream = readFileSync(new URL('../docs/upstream.md', import.meta.url), 'utf8');
    const start = upstream.indexOf('## 7. Ambiguities');
    const end = upstream.indexOf('\n## ', start);
    const section = upstream.slice(start, end === -1 ? undefined : end);
    const numbered = [...section.matchAll(/^(\d+)\. /gm)].map((match) => Number(match[1]));
    expect(numbered).toEqual(numbered.map((_, index) => index + 1));
    expect(/say nothing in (\d+) places/.exec(readme.replace(/\s+/g, ' '))?.[1]).toBe(String(numbered.length));
  });

  it('name every npm script a user may run', () => {
    const named = new Set([...readme.matchAll(/npm (?:run )?([\w:-]+)/g)].map((match) => match[1]!));
    // pre-scripts run by npm itself before the one they name.
    for (const script of scripts.filter((script) => !script.startsWith('pre'))) expect(named, script).toContain(script);
  });
});
