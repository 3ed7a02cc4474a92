/** How many links out the local graph reaches (1 to MAX_LOCAL_DEPTH): on the map's toolbar and beside a note. */
import { MAX_LOCAL_DEPTH } from '../../../../shared/graph/model';

const DEPTHS = Array.from({ length: MAX_LOCAL_DEPTH }, (_, i) => i + 1);

interface Props {
  value: number;
  onChange(depth: number): void;
  testId: string;
}

export function DepthSelect({ value, onChange, testId }: Props) {
  return (
    <label>
      Depth
      <select data-testid={testId} value={value} onChange={(e) => onChange(Number(e.target.value))}>
        {DEPTHS.map((d) => (
          <option key={d} value={d}>
            {d}
          </option>
        ))}
      </select>
    </label>
  );
}
