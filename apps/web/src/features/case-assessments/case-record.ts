/**
 * What the case page's assessment, plan, service and note sections read of the case record. The
 * case detail carries the reader's rights (`access`, or `permissions` in the shell's first shape)
 * and its team; read defensively so the sections follow the case page's type as it evolves.
 */
export interface CaseFacts {
  id: string;
  state: string;
  organizationId: string;
  canWrite: boolean;
  canSeeSpecial: boolean;
  isCaseManager: boolean;
  caseManagerId: string | null;
  team: { userId: string; displayName: string; organizationId: string; organizationName: string }[];
}

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === "object" && value !== null;
const bool = (value: unknown) => value === true;
const text = (value: unknown) => (typeof value === "string" ? value : "");

export function caseFacts(caseRecord: unknown, userId: string): CaseFacts {
  const record = isObject(caseRecord) ? caseRecord : {};
  const rights = isObject(record.access)
    ? record.access
    : isObject(record.permissions)
      ? record.permissions
      : {};
  const manager = isObject(record.caseManager) ? text(record.caseManager.id) : text(record.caseManagerId);
  const teamRows = Array.isArray(record.team) ? record.team.filter(isObject) : [];
  const team = teamRows
    .filter((member) => member.removedAt === null || member.removedAt === undefined)
    .map((member) => ({
      userId: text(member.userId),
      displayName: text(member.displayName) || text(member.userId),
      organizationId: text(member.organizationId),
      organizationName: text(member.organizationName),
    }));
  const isCaseManager =
    bool(rights.isCaseManager) ||
    (manager !== "" && manager === userId) ||
    teamRows.some((member) => member.userId === userId && member.teamRole === "case_manager");
  return {
    id: text(record.id),
    state: text(record.state),
    organizationId: text(record.organizationId),
    canWrite: bool(rights.canWrite),
    canSeeSpecial: bool(rights.canSeeSpecial),
    isCaseManager,
    caseManagerId: manager || null,
    team,
  };
}
