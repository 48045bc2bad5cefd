import { describe, expect, it } from 'vitest';
import { decodeTirePressureReport, parseTire } from '../src/domain/tires.ts';
import { decodeResponse } from '../src/upstream/client.ts';
import { UpstreamBadResponseError } from '../src/upstream/errors.ts';

describe('parseTire', () => {
  it('reads a normal tyre in kPa, °C and seconds', () => {
    expect(parseTire('frontLeft', '0|210|30|1509405908')).toEqual({
      position: 'frontLeft',
      state: 'NORMAL',
      alerts: [],
      rawStatus: 0,
      pressureKpa: 210,
      temperatureCelsius: 30,
      updatedAt: new Date(1509405908 * 1000),
    });
  });

  it('turns each status bit into an alert, high temperature + high pressure for 6', () => {
    const tire = parseTire('rearLeft', '6|260|85|1509405908');
    expect(tire.state).toBe('ALERT');
    expect(tire.alerts).toEqual([2, 4]);
    expect(parseTire('rearLeft', '63|1|1|1').alerts).toEqual([1, 2, 4, 8, 16, 32]);
  });

  it('ignores the unused bits 6 and 7', () => {
    const tire = parseTire('rearRight', '192|220|30|1509405908');
    expect(tire.alerts).toEqual([]);
    expect(tire.state).toBe('NORMAL');
    expect(tire.rawStatus).toBe(192);
  });

  it('reads −1 as a device fault with empty parts as null', () => {
    expect(parseTire('frontRight', '-1|||0')).toEqual({
      position: 'frontRight',
      state: 'DEVICE_FAULT',
      alerts: [],
      rawStatus: -1,
      pressureKpa: null,
      temperatureCelsius: null,
      updatedAt: null,
    });
  });

  it('keeps alerts when figures are missing: no signal with a time', () => {
    const tire = parseTire('frontLeft', '32|||1509405908');
    expect(tire).toMatchObject({ state: 'ALERT', alerts: [32], pressureKpa: null, temperatureCelsius: null });
  });

  it('trusts the status over the numbers (30 kPa with status 0 stays normal)', () => {
    expect(parseTire('frontLeft', '0|30|30|1509405908').state).toBe('NORMAL');
  });

  it('has no data for a sensor that never reported', () => {
    expect(parseTire('frontLeft', '0|||0').state).toBe('NO_DATA');
    expect(parseTire('frontLeft', '|||').state).toBe('NO_DATA');
  });

  it('rejects text that is not four parts of whole numbers', () => {
    expect(() => parseTire('frontLeft', '0|210|30')).toThrow(UpstreamBadResponseError);
    expect(() => parseTire('frontLeft', '0|210|30|1|2')).toThrow(UpstreamBadResponseError);
    expect(() => parseTire('frontLeft', '0|2.1 bar|30|1')).toThrow(/service 1019/);
  });
});

describe('decodeTirePressureReport', () => {
  it('puts every wire key at its position', () => {
    const report = decodeTirePressureReport({
      frontLeft: '0|210|30|1',
      frontRight: '1|180|31|2',
      rearLeft: '-1|||0',
      rearRight: '0|221|29|4',
    });
    expect(report.frontLeft).toMatchObject({ pressureKpa: 210 });
    expect(report.frontRight).toMatchObject({ position: 'frontRight', alerts: [1], temperatureCelsius: 31 });
    expect(report.rearLeft).toMatchObject({ state: 'DEVICE_FAULT' });
    expect(report.rearRight).toMatchObject({ updatedAt: new Date(4000) });
  });

  it('gives a tyre whose text breaks the contract as its own error, naming the tyre; the others stand', () => {
    const report = decodeTirePressureReport(
      decodeResponse(1019, '{"flag":1,"data":{"frontLeft":"0|210|30|1","frontRight":"0|2.1 bar|30|1","rearLeft":"?","rearRight":7}}'),
    );
    expect(report.frontLeft).toMatchObject({ position: 'frontLeft', pressureKpa: 210 });
    expect(report.frontRight).toBeInstanceOf(UpstreamBadResponseError);
    expect((report.frontRight as Error).message).toBe('iauto360 service 1019: bad response: tire frontRight "0|2.1 bar|30|1": "2.1 bar" is not a whole number');
    expect((report.rearLeft as Error).message).toBe('iauto360 service 1019: bad response: rearLeft: a tire status is four |-separated parts');
    expect((report.rearRight as Error).message).toMatch(/^iauto360 service 1019: bad response: rearRight: /);
  });

  it('gives a tyre missing from the answer as its own error (the contract sends all four); the others stand', () => {
    const report = decodeTirePressureReport(decodeResponse(1019, '{"flag":1,"data":{"frontLeft":"0|210|30|1","frontRight":"0|220|30|1","rearLeft":"0|230|30|1"}}'));
    expect(report.rearLeft).toMatchObject({ position: 'rearLeft', pressureKpa: 230 });
    expect(report.rearRight).toBeInstanceOf(UpstreamBadResponseError);
    expect((report.rearRight as Error).message).toMatch(/^iauto360 service 1019: bad response: rearRight: /);
  });
});
