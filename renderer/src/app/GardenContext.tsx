import { createContext, useContext, type ReactNode } from 'react';
import type { GardenState } from './useGardenState';

const GardenContext = createContext<GardenState | null>(null);

export function GardenProvider({ value, children }: { value: GardenState; children: ReactNode }) {
  return <GardenContext.Provider value={value}>{children}</GardenContext.Provider>;
}

export function useGarden(): GardenState {
  const garden = useContext(GardenContext);
  if (!garden) throw new Error('useGarden needs a <GardenProvider> above it.');
  return garden;
}
