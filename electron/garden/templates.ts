/** The text of a new plant, per kind. Dates are today's, so health starts from creation. */
import type { PlantKind } from '../../shared/types';

export const KIND_FOLDERS: Record<PlantKind, string> = { note: '', person: 'people', source: 'sources', goal: 'goals' };

export function plantTemplate(kind: PlantKind, title: string, today: string): string {
  const quoted = JSON.stringify(title);
  switch (kind) {
    case 'person':
      return `---\ntype: person\nname: ${quoted}\ncircle: professional\nplatforms: []\ntags: []\ncreated: ${today}\ninteractions: []\n---\n\n`;
    case 'source':
      return `---\ntype: source\ntitle: ${quoted}\nurl: ""\nkind: article\nstatus: to-read\nadded: ${today}\ntags: []\n---\n\n`;
    case 'goal':
      return `---\ntype: goal\nhorizon: academic\nstatus: active\ndue:\ncreated: ${today}\n---\n\n# ${title}\n\n`;
    case 'note':
      return `---\ncreated: ${today}\ntags: []\n---\n\n# ${title}\n\n`;
  }
}
