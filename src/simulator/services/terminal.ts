import { fail } from '../errors.ts';
import { ESN_PATTERN, MOBILE_PATTERN } from '../../domain/esn.ts';
import { ESN_EXPECTED } from '../fields.ts';
import type { Terminal } from '../fleet.ts';
import { terminalOf, type ServiceContext, type ServiceHandler } from './types.ts';

const MOBILE_EXPECTED = 'expected an 11-digit mobile number as a string';
const CID_PATTERN = /^\S.{0,63}$/u;
const CID_EXPECTED = 'expected a non-empty partner id of at most 64 characters';

/** 1001: binding and plug status of any known terminal. The gateway checks each field on its own; the numbers are the ones a "?" breaks. */
export const terminalStatus: ServiceHandler = (context) => {
  const terminal = terminalOf(context);
  const binding = terminal.binding;
  const plateNumber = binding ? terminal.vehicle.profile.plateNumber : null;
  const mobile = binding?.mobileNo ?? undefined;
  return {
    data: {
      bindStatus: binding ? 1 : 0,
      mobile: mobile !== undefined && context.quirks.mobileAsNumber ? Number(mobile) : mobile,
      plateNo: plateNumber ?? undefined,
      inserted: terminal.inserted ? 1 : 0,
      activeTime: terminal.activeTime,
    },
    separateFields: ['bindStatus', 'inserted', 'activeTime'],
  };
};

/** 1002: binds by ESN or activation code (the ESN wins when both are given) to a mobile number or partner id. */
export const bindTerminal: ServiceHandler = (context) => {
  const { fields, world } = context;
  const esn = fields.optionalString('esn', ESN_PATTERN, ESN_EXPECTED);
  const activeCode = fields.optionalString('activeCode', /^[A-Za-z0-9-]{1,64}$/, 'expected an activation code of letters and digits');
  if (esn === undefined && activeCode === undefined) throw fail.missingField('data.esn (or data.activeCode)');
  const identity = userIdentity(context);
  let terminal: Terminal | undefined;
  if (esn !== undefined) {
    terminal = world.terminal(esn);
    if (!terminal) throw fail.unknownEsn(esn);
  } else {
    terminal = world.terminalByActiveCode(activeCode ?? '');
    if (!terminal) throw fail.unknownActiveCode();
  }
  if (terminal.binding) throw fail.alreadyBound();
  world.bind(terminal, identity);
  return { data: { esn: terminal.esn } };
};

/** 1003: unbinds when the given mobile number or partner id matches the binding. */
export const unbindTerminal: ServiceHandler = (context) => {
  const terminal = terminalOf(context);
  const identity = userIdentity(context);
  const binding = terminal.binding;
  if (!binding) throw fail.notBound();
  const matches =
    (identity.mobileNo !== null && identity.mobileNo === binding.mobileNo) || (identity.cid !== null && identity.cid === binding.cid);
  if (!matches) throw fail.bindingMismatch();
  context.world.unbind(terminal);
  return { data: {} };
};

function userIdentity({ fields }: ServiceContext): { mobileNo: string | null; cid: string | null } {
  const mobileNo = fields.optionalString('mobileNo', MOBILE_PATTERN, MOBILE_EXPECTED) ?? null;
  const cid = fields.optionalString('cid', CID_PATTERN, CID_EXPECTED) ?? null;
  if (mobileNo === null && cid === null) throw fail.missingField('data.mobileNo (or data.cid)');
  return { mobileNo, cid };
}
