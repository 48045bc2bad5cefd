import { ALL_SCOPES, type Principal, type Scope as ScopeName } from '../auth/principal.ts';
import { builder } from './builder.ts';

const AccessScope = builder.enumType('AccessScope', {
  description: 'What a caller may do (the README\'s "Scopes and terminals").',
  values: {
    READ: {
      value: 'read',
      description: 'Read terminals, vehicles (condition, profile, trips, diagnostics, fuel), events and door commands.',
    },
    MANAGE: {
      value: 'manage',
      description: 'Bind and unbind terminals, update vehicle profiles, delete trips.',
    },
    CONTROL: { value: 'control', description: 'Send remote door commands (`lockDoors`, `unlockDoors`).' },
  } as const satisfies Record<string, { value: ScopeName; description: string }>,
});

/** The caller of one request, and whether the gateway verified a credential for it. */
interface CallerShape {
  principal: Principal;
  authenticated: boolean;
}

const CallerAccess = builder.objectRef<CallerShape>('CallerAccess').implement({
  description:
    'The caller as the gateway sees it: who it is and what it may do, so a client can show it and offer only what is allowed. Nothing secret: never the API key, the token or its claims beyond these.',
  fields: (t) => ({
    name: t.string({
      nullable: false,
      description:
        'The name the gateway knows the caller by (in its logs, audit lines and rate limits): an API key\'s name, `jwt:<sub>` for a JWT, `anonymous` on an open gateway.',
      resolve: ({ principal }) => principal.name,
    }),
    scopes: t.field({
      type: [AccessScope],
      nullable: false,
      description: 'The scopes the caller holds, in the order READ, MANAGE, CONTROL; every scope on an open gateway. A field or mutation outside them is FORBIDDEN.',
      resolve: ({ principal }) => ALL_SCOPES.filter((scope) => principal.scopes.has(scope)),
    }),
    reachesEveryTerminal: t.boolean({
      nullable: false,
      description: 'True when the caller may reach every terminal (`esns: "*"`, a JWT with `["*"]`, an open gateway); false when only its own terminals, which `myTerminals` lists.',
      resolve: ({ principal }) => principal.esns === '*',
    }),
    terminalCount: t.int({
      nullable: true,
      description: 'How many terminals the caller may reach; null when it reaches every terminal (iauto360 cannot count them: see `reachesEveryTerminal`).',
      resolve: ({ principal }) => (principal.esns === '*' ? null : principal.esns.size),
    }),
    authenticated: t.boolean({
      nullable: false,
      description:
        'True when the gateway verified the caller\'s credential (an API key or a JWT); false when it runs open (authentication off: the embedded simulator, or AUTH_DISABLED=true), where every caller is `anonymous` with every scope on every terminal.',
      resolve: ({ authenticated }) => authenticated,
    }),
  }),
});

builder.queryField('myAccess', (t) =>
  t.field({
    type: CallerAccess,
    nullable: false,
    description:
      'Who is asking, as the gateway sees it: name, scopes, terminals and whether authentication is on. Costs no upstream call. A request without valid credentials never gets here when authentication is on: it is refused with HTTP 401 UNAUTHENTICATED.',
    resolve: (_root, _args, context) => ({ principal: context.principal, authenticated: context.authenticated }),
  }),
);
