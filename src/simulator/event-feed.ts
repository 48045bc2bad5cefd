import type { Terminal } from './fleet.ts';
import { addressNear, roundLngLat } from './geo.ts';
import type { Random } from './random.ts';
import { formatChinaDateTime, toUnixSeconds } from './time.ts';
import type { EventRecord } from './webhook.ts';
import type { World } from './world.ts';

/**
 * The spontaneous vehicle events of the sandbox: every pushed type except the door outcomes
 * (开锁/关锁 follow 5001 commands only), with the attrs and text templates of the push.
 */
const SPONTANEOUS_TYPES = ['震动', '拔出', '点火', '熄火', '越界', '碰撞', '违章', '故障', '电瓶电压', '胎压', '保养', '流量超出', '禁入地界', '定位'] as const;
type SpontaneousType = (typeof SPONTANEOUS_TYPES)[number];

const TIRE_ANOMALY_WORDS = ['', '疑似漏气', '胎压异常', '胎压过低', '胎温异常', '传感器电量低'] as const;
const TIRE_POSITIONS = ['左前轮', '右前轮', '左后轮', '右后轮'] as const;

/** The type after `previous`, cycling through all of them so a short run shows every type. */
export function nextSpontaneousType(counter: number): SpontaneousType {
  return SPONTANEOUS_TYPES[counter % SPONTANEOUS_TYPES.length]!;
}

/** Types that happen to a parked vehicle, and to a driving one. */
const WHILE_PARKED: ReadonlySet<SpontaneousType> = new Set(['震动', '点火']);
const WHILE_DRIVING: ReadonlySet<SpontaneousType> = new Set(['碰撞', '熄火']);

/**
 * Picks a terminal that can produce the type (vibration or ignition on while parked, collision or
 * ignition off while driving); for the ignition types only such a vehicle, else none.
 */
export function terminalFor(type: SpontaneousType, world: World, random: Random): Terminal | undefined {
  const bound = world.boundTerminals().filter((terminal) => terminal.inserted || type === '拔出');
  const fitting = WHILE_PARKED.has(type)
    ? bound.filter((t) => !t.vehicle.condition.ignitionOn)
    : WHILE_DRIVING.has(type)
      ? bound.filter((t) => t.vehicle.condition.ignitionOn)
      : bound;
  const candidates = fitting.length > 0 || type === '点火' || type === '熄火' ? fitting : bound;
  return candidates.length > 0 ? random.pick(candidates) : undefined;
}

/**
 * What the event does to the world before it is pushed: 点火 starts a drive, 熄火 ends it (the
 * drive recorded as a trip, the vehicle parked where it ended, which is where the event says it is).
 */
export function applyToWorld(type: SpontaneousType, terminal: Terminal, world: World, nowMs: number): void {
  if (type === '点火') world.startDrive(terminal.esn, toUnixSeconds(nowMs));
  if (type === '熄火') world.endDrive(terminal.esn, toUnixSeconds(nowMs));
}

export function spontaneousEvent(type: SpontaneousType, terminal: Terminal, id: bigint, nowMs: number, random: Random): EventRecord {
  const time = toUnixSeconds(nowMs);
  const location = roundLngLat(terminal.vehicle.condition.location);
  const plate = terminal.vehicle.profile.plateNumber ?? terminal.esn;
  const at = formatChinaDateTime(time);
  const place = addressNear(location);
  const base = { id, esn: terminal.esn, uid: terminal.binding?.uid ?? '', type, time, location: [...location] as [number, number] };
  switch (type) {
    case '震动': {
      const level = random.int(1, 3);
      return { ...base, attrs: { level }, text: `[${plate}] 于 [${at}] 在 [${place}]附近发生${['轻微', '异常', '较大'][level - 1]}震动,请留意.` };
    }
    case '碰撞': {
      const level = random.int(1, 2);
      return { ...base, attrs: { level }, text: `[${plate}] 于 [${at}] 在 [${place}]附近疑似发生${level === 1 ? '轻微' : '强烈'}碰撞.` };
    }
    case '拔出':
      return { ...base, text: `盒子已从[${plate}]拔出,车辆失去保护!` };
    case '点火':
      return { ...base, attrs: { status: random.chance(0.9) ? 1 : 2 }, text: `注意![${plate}] 于 [${at}] 启动点火` };
    case '熄火':
      return { ...base, text: `[${plate}] 于 [${at}] 停车熄火` };
    case '越界':
      return { ...base, text: `注意![${plate}] 已驶出电子围栏 ${random.int(100, 5000)} 米,当前位于${place}` };
    case '违章':
      return { ...base, text: `您有 ${random.int(1, 3)} 条新的违章记录,点击查看` };
    case '故障':
      return { ...base, text: `[${plate}] 出现 ${Math.max(1, terminal.vehicle.condition.faultCodes.length)} 个故障,请留意!` };
    case '电瓶电压': {
      const level = random.int(1, 2);
      return {
        ...base,
        attrs: { level },
        text: level === 1 ? `电瓶电压低于 11.8 V,可能无法启动,请检查` : `电瓶电压低于 11.5 V,电量过低,请在应用中留意`,
      };
    }
    case '胎压': {
      const anomaly = random.int(1, 5);
      return { ...base, attrs: { type: anomaly }, text: `${TIRE_ANOMALY_WORDS[anomaly]}(${random.pick(TIRE_POSITIONS)}),请及时检查.` };
    }
    case '保养':
      return { ...base, text: `[${plate}] 还有 ${random.int(100, 900)} 公里需要保养` };
    case '流量超出': {
      const use = random.int(1025, 4096);
      return { ...base, attrs: { use }, text: `您已使用 ${use} MB 流量,Wi-Fi 将被关闭.` };
    }
    case '禁入地界':
      return { ...base, attrs: { lng: location[0], lat: location[1] }, text: `注意![${plate}] 进入禁入区域 [${place}]` };
    case '定位':
      return base;
  }
}
