import { describe, expect, it } from 'vitest';
import { CatalogueId, InspectionId, newId, PlanId, UnitId, UserId } from '../../../../src/domain/ids.ts';
import {
  INSPECTION_STATUS_LABELS,
  InspectionRow,
  InspectionStatus,
  newInspection,
  TEAM_ROLE_LABELS,
  TeamRole,
} from '../../../../src/domain/schemas/inspection.ts';

const catalogueId = CatalogueId.parse('cchc-2025');

function validRow() {
  return {
    ...newInspection({ unitName: 'Phòng Quản lý khoa học', catalogueId, date: '2026-03-15' }),
    planId: PlanId.parse(newId()),
    unitId: UnitId.parse(newId()),
    place: 'Lai Châu',
    team: [
      { name: 'Nguyễn Văn An', title: 'Phó Giám đốc Sở', role: 'leader' as const },
      { name: 'Lò Thị Bình', role: 'secretary' as const },
    ],
    unitRepresentatives: [{ name: 'Trần Văn Cường', title: 'Trưởng phòng' }],
    status: 'completed' as const,
    assignedTo: [UserId.parse(newId())],
    unitComments: 'Thống nhất với kết quả kiểm tra.',
    completedAt: '2026-03-15T09:30:00.000Z',
  };
}

describe('InspectionRow', () => {
  it('accepts a complete inspection', () => {
    expect(InspectionRow.safeParse(validRow()).success).toBe(true);
  });

  it.each([
    ['an over-long unit name', { unitName: 'x'.repeat(201) }],
    ['an empty unit name', { unitName: '' }],
    ['over-long comments', { unitComments: 'x'.repeat(10_001) }],
    ['a random UUIDv4 as id', { id: '0b6d5b76-3c8e-4a8b-9d6a-2f3c6a1e9b10' }],
    ['an impossible date', { date: '2026-02-30' }],
    ['an unknown status', { status: 'approved' }],
    ['a completion time with an offset', { completedAt: '2026-03-15T16:30:00+07:00' }],
    [
      'two team leaders',
      {
        team: [
          { name: 'A', role: 'leader' },
          { name: 'B', role: 'leader' },
        ],
      },
    ],
    ['a team member with an unknown key', { team: [{ name: 'A', role: 'member', phone: '0912' }] }],
    [
      'the same assignee twice',
      { assignedTo: ['019a0000-0000-7000-8000-000000000001', '019a0000-0000-7000-8000-000000000001'] },
    ],
    ['an unknown field', { score: 90 }],
    ['a missing field', { deleted: undefined }],
  ])('refuses %s', (_label, patch) => {
    expect(InspectionRow.safeParse({ ...validRow(), ...patch }).success).toBe(false);
  });
});

describe('newInspection', () => {
  it('starts a draft with empty lists and a fresh UUIDv7 id', () => {
    const row = newInspection({ unitName: 'Trung tâm Kiểm định', catalogueId, date: '2026-04-02' });
    expect(row).toMatchObject({
      planId: null,
      unitId: null,
      place: '',
      team: [],
      unitRepresentatives: [],
      status: 'draft',
      assignedTo: [],
      unitComments: '',
      completedAt: null,
      deleted: false,
    });
    expect(InspectionId.safeParse(row.id).success).toBe(true);
  });

  it('throws on input the schema refuses', () => {
    expect(() => newInspection({ unitName: '', catalogueId, date: '2026-04-02' })).toThrow();
  });
});

describe('labels', () => {
  it('gives every status and team role a Vietnamese label', () => {
    expect(Object.keys(INSPECTION_STATUS_LABELS)).toEqual(InspectionStatus.options);
    expect(INSPECTION_STATUS_LABELS.inProgress).toBe('đang kiểm tra');
    expect(Object.keys(TEAM_ROLE_LABELS)).toEqual(TeamRole.options);
  });
});
