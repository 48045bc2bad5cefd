/**
 * The failures the simulator answers with `flag: 0`. The real service documents neither texts nor
 * codes for /srv (docs/upstream.md §3), so both are the simulator's own; the code is what `err` carries when
 * the errAsNumber quirk is on.
 */
export class SimulatorError extends Error {
  constructor(
    readonly code: number,
    message: string,
  ) {
    super(message);
    this.name = 'SimulatorError';
  }
}

export const ERROR_CODES = {
  malformedBody: 4000,
  methodNotAllowed: 4005,
  bodyTooLarge: 4013,
  routeNotFound: 4046,
  invalidField: 4001,
  unknownOpenId: 4010,
  badSignature: 4011,
  staleTime: 4012,
  noBillingPlan: 4020,
  unknownService: 4040,
  unknownEsn: 4041,
  unknownRecord: 4042,
  unknownBrand: 4043,
  unknownActiveCode: 4044,
  notBound: 4090,
  alreadyBound: 4091,
  bindingMismatch: 4092,
  simulatedError: 5000,
  internalError: 5001,
  servicePaused: 5030,
} as const;

export const fail = {
  malformedBody: (detail: string) => new SimulatorError(ERROR_CODES.malformedBody, `body is not valid JSON: ${detail}`),
  missingField: (path: string) => new SimulatorError(ERROR_CODES.invalidField, `missing field ${path}`),
  invalidField: (path: string, expected: string) => new SimulatorError(ERROR_CODES.invalidField, `invalid field ${path}: ${expected}`),
  unknownOpenId: () => new SimulatorError(ERROR_CODES.unknownOpenId, 'unknown openId'),
  badSignature: () => new SimulatorError(ERROR_CODES.badSignature, 'invalid signature'),
  staleTime: (skewSeconds: number, allowedSeconds: number) =>
    new SimulatorError(ERROR_CODES.staleTime, `request time is ${skewSeconds} s away from server time; at most ${allowedSeconds} s allowed`),
  noBillingPlan: (plan?: number) =>
    new SimulatorError(ERROR_CODES.noBillingPlan, plan === undefined ? 'no usable billing plan' : `no usable billing plan: plan ${plan} is not held`),
  unknownService: (service: string) => new SimulatorError(ERROR_CODES.unknownService, `unknown service ${service}`),
  unknownEsn: (esn: string) => new SimulatorError(ERROR_CODES.unknownEsn, `unknown ESN ${esn}`),
  unknownActiveCode: () => new SimulatorError(ERROR_CODES.unknownActiveCode, 'unknown activeCode'),
  unknownRecord: (recordId: string) => new SimulatorError(ERROR_CODES.unknownRecord, `unknown recordId ${recordId}`),
  unknownBrand: (brandId: number) => new SimulatorError(ERROR_CODES.unknownBrand, `unknown brandId ${brandId}`),
  notBound: () => new SimulatorError(ERROR_CODES.notBound, 'terminal not bound'),
  alreadyBound: () => new SimulatorError(ERROR_CODES.alreadyBound, 'terminal already bound'),
  bindingMismatch: () => new SimulatorError(ERROR_CODES.bindingMismatch, 'mobileNo/cid does not match the binding'),
  routeNotFound: (pathname: string) =>
    new SimulatorError(ERROR_CODES.routeNotFound, `no route ${pathname}; services are POST /srv/{service}/{openId}/{signature}`),
  methodNotAllowed: (method: string) => new SimulatorError(ERROR_CODES.methodNotAllowed, `method ${method} not allowed; use POST`),
  bodyTooLarge: (limit: number) => new SimulatorError(ERROR_CODES.bodyTooLarge, `body larger than ${limit} bytes`),
  internalError: () => new SimulatorError(ERROR_CODES.internalError, 'internal simulator error'),
  simulatedError: () => new SimulatorError(ERROR_CODES.simulatedError, 'simulated upstream error'),
  servicePaused: () => new SimulatorError(ERROR_CODES.servicePaused, 'service paused'),
};
