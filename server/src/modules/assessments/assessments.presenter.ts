import type { AssessmentImport } from '#core/contracts/assessments';
import type { ImportListRow } from './assessments.repo';

export function presentImport(row: ImportListRow, canDelete: boolean): AssessmentImport {
  return {
    id: row.id,
    fileName: row.fileName,
    rowCount: row.rowCount,
    schoolCount: row.schoolIds.length,
    firstDate: row.firstDate,
    lastDate: row.lastDate,
    importedBy: { id: row.importedBy, name: row.importedByName },
    importedAt: row.createdAt.toISOString(),
    canDelete,
  };
}
