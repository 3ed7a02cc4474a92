/** How each person behind the portfolio appears: role, first name or full name (with chosen platforms). */
import type { PersonLevel, PortfolioPersonItem } from '../../../../shared/portfolio';
import { PERSON_LEVELS } from '../../../../shared/portfolio';
import { LEVEL_LABELS, setPersonLevel, setPlatform, type Choices } from './choices';

export function PortfolioPeople({ people, choices, onChange }: { people: PortfolioPersonItem[]; choices: Choices; onChange(next: Choices): void }) {
  if (people.length === 0) return <p className="muted">No person is behind these notes, goals and sources.</p>;
  return (
    <table className="plant-table portfolio-people">
      <thead>
        <tr>
          <th scope="col">Person (only you see this name)</th>
          <th scope="col">Appears as</th>
          <th scope="col">Shown in the portfolio</th>
        </tr>
      </thead>
      <tbody>
        {people.map((person) => (
          <tr key={person.path} data-testid="portfolio-person">
            <th scope="row">
              {person.name}
              <div className="muted small">behind {person.behind.slice(0, 3).join(', ')}{person.behind.length > 3 ? ` and ${person.behind.length - 3} more` : ''}</div>
            </th>
            <td>
              <select
                aria-label={`How ${person.name} appears`}
                value={person.level}
                onChange={(e) => onChange(setPersonLevel(choices, person.path, e.target.value as PersonLevel))}
              >
                {PERSON_LEVELS.map((level) => <option key={level} value={level}>{LEVEL_LABELS[level]}</option>)}
              </select>
              {person.level === 'name' && person.availablePlatforms.length > 0 && (
                <fieldset className="portfolio-platforms">
                  <legend className="small">Platforms shown</legend>
                  {person.availablePlatforms.map((platform) => {
                    const shown = person.platforms.map((p) => p.platform);
                    return (
                      <label key={platform} className="small">
                        <input type="checkbox" checked={shown.includes(platform)} onChange={(e) => onChange(setPlatform(choices, person.path, platform, e.target.checked, shown))} /> {platform}
                      </label>
                    );
                  })}
                </fieldset>
              )}
            </td>
            <td>
              <strong>{person.shownAs}</strong>
              {person.platforms.length > 0 && <div className="small">{person.platforms.map((p) => [p.platform, p.handle].filter(Boolean).join(' ')).join(', ')}</div>}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
