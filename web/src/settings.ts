import { useEffect, useState } from 'preact/hooks';

/** What the gateway tells the page at /fleet/settings.json. */
export interface FleetSettings {
  /** A slippy-map tile URL template ({z}/{x}/{y}) to draw under the map; null: none. */
  tileUrl: string | null;
}

export function useSettings(): FleetSettings {
  const [settings, setSettings] = useState<FleetSettings>({ tileUrl: null });
  useEffect(() => {
    fetch('settings.json', { headers: { accept: 'application/json' } })
      .then((response) => (response.ok ? (response.json() as Promise<FleetSettings>) : undefined))
      .then((value) => value && setSettings(value))
      .catch(() => undefined);
  }, []);
  return settings;
}
