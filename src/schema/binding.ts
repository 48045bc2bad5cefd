import { z } from 'zod';
import { builder } from './builder.ts';
import { Terminal } from './terminal.ts';
import { esnArgumentDescription, esnRule, mobileRule, printableText } from './validation.ts';

const partnerUserIdRule = z.string().trim().min(1, 'must not be empty').max(64, 'at most 64 characters');
const activationCodeRule = z.string().trim().min(1, 'must not be empty').max(64, 'at most 64 characters').pipe(printableText);

interface UserIdentityInput {
  mobile?: string | null;
  partnerUserId?: string | null;
}

const hasUserIdentity = (input: UserIdentityInput) => Boolean(input.mobile || input.partnerUserId);
const USER_IDENTITY_MESSAGE = 'give a mobile number or a partnerUserId';

/** The user fields of 1002/1003, sending only those given. */
function wireUserIdentity(input: UserIdentityInput) {
  return {
    ...(input.mobile ? { mobileNo: input.mobile } : {}),
    ...(input.partnerUserId ? { cid: input.partnerUserId } : {}),
  };
}

const BindTerminalInput = builder.inputType('BindTerminalInput', {
  description:
    'Which terminal to bind (its ESN or its activation code, exactly one) and to which user (a mobile number, a partner user id, or both).',
  fields: (t) => ({
    esn: t.string({ description: `${esnArgumentDescription('The terminal serial number (ESN)')} Give this or \`activationCode\`.`, validate: esnRule }),
    activationCode: t.string({
      description: 'The activation code printed for the terminal, 1 to 64 characters without control characters. Give this or `esn`.',
      validate: activationCodeRule,
    }),
    mobile: t.string({ description: "The user's mobile number: 11 digits starting with 1.", validate: mobileRule }),
    partnerUserId: t.string({
      description: 'Your own id for the user or vehicle, kept by iauto360 with the binding: 1 to 64 characters.',
      validate: partnerUserIdRule,
    }),
  }),
  validate: z
    .object({
      esn: z.string().nullish(),
      activationCode: z.string().nullish(),
      mobile: z.string().nullish(),
      partnerUserId: z.string().nullish(),
    })
    .superRefine((input, issues) => {
      if (input.esn && input.activationCode) {
        issues.addIssue({ code: 'custom', message: 'give either esn or activationCode, not both', path: ['activationCode'] });
      } else if (!input.esn && !input.activationCode) {
        issues.addIssue({ code: 'custom', message: 'give esn or activationCode', path: ['esn'] });
      }
      if (!hasUserIdentity(input)) issues.addIssue({ code: 'custom', message: USER_IDENTITY_MESSAGE, path: ['mobile'] });
    }),
});

const UnbindTerminalInput = builder.inputType('UnbindTerminalInput', {
  description: 'Which terminal to unbind, and the user it is bound to (the mobile number or partner user id used at binding).',
  fields: (t) => ({
    esn: t.string({ required: true, description: esnArgumentDescription('The terminal serial number (ESN)'), validate: esnRule }),
    mobile: t.string({ description: 'The mobile number the terminal is bound to: 11 digits starting with 1.', validate: mobileRule }),
    partnerUserId: t.string({ description: 'The partner user id given at binding: 1 to 64 characters.', validate: partnerUserIdRule }),
  }),
  validate: z
    .object({ esn: z.string(), mobile: z.string().nullish(), partnerUserId: z.string().nullish() })
    .refine(hasUserIdentity, { message: USER_IDENTITY_MESSAGE, path: ['mobile'] }),
});

const BindTerminalPayload = builder.objectRef<{ esn: string | null }>('BindTerminalPayload').implement({
  description: 'The result of binding a terminal.',
  fields: (t) => ({
    esn: t.exposeString('esn', {
      description:
        'The ESN of the bound terminal: as iauto360 reports it, else as given. Null only when binding by activation code and iauto360 did not say which terminal it was.',
    }),
    terminal: t.field({
      type: Terminal,
      description: 'The bound terminal, fetched afresh (e.g. `bound`, `mobile`). Null when `esn` is null.',
      resolve: (payload) => (payload.esn ? { esn: payload.esn } : null),
    }),
  }),
});

const UnbindTerminalPayload = builder.objectRef<{ esn: string }>('UnbindTerminalPayload').implement({
  description: 'The result of unbinding a terminal.',
  fields: (t) => ({
    esn: t.exposeString('esn', { nullable: false, description: 'The ESN of the unbound terminal.' }),
    terminal: t.field({
      type: Terminal,
      nullable: false,
      description: 'The unbound terminal, fetched afresh (e.g. `bound`).',
      resolve: (payload) => ({ esn: payload.esn }),
    }),
  }),
});

builder.mutationFields((t) => ({
  bindTerminal: t.field({
    type: BindTerminalPayload,
    description: 'Bind a terminal to a user; the terminal produces driving data only while bound. Sent once, never retried.',
    args: { input: t.arg({ type: BindTerminalInput, required: true, description: 'The terminal and the user.' }) },
    resolve: async (_root, { input }, context) => {
      const answer = await context.upstream.write(1002, {
        ...(input.esn ? { esn: input.esn } : { activeCode: input.activationCode ?? undefined }),
        ...wireUserIdentity(input),
      });
      return { esn: answer.esn || input.esn || null };
    },
  }),
  unbindTerminal: t.field({
    type: UnbindTerminalPayload,
    description: 'Dissolve the binding of a terminal; it stops producing driving data. Sent once, never retried.',
    args: { input: t.arg({ type: UnbindTerminalInput, required: true, description: 'The terminal and the user it is bound to.' }) },
    resolve: async (_root, { input }, context) => {
      await context.upstream.write(1003, { esn: input.esn, ...wireUserIdentity(input) });
      return { esn: input.esn };
    },
  }),
}));
