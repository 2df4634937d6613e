/**
 * Reading a file must not take the process's memory with it. Readers that build rows check
 * now and then how full the heap is, and refuse the file while there is still room to say
 * so: in the capped worker that reads uploads this comes well before V8 would spend seconds
 * collecting and then kill the worker.
 */
import { getHeapStatistics } from 'node:v8';
import { ImportError } from './errors';

/** Share of the heap limit past which a file is refused. */
const FULL = 0.75;

/** The refusal for a file that needs more memory than reading may use. */
export function tooLargeToRead(file: string, limitMb: number): ImportError {
  return new ImportError(
    { file },
    `needs more than ${limitMb} MB of memory to read, the most an import may use; it was refused — save the survey sheet on its own as .xlsx or CSV, or split it into smaller files`,
    { messageCode: 'import.fileTooLargeToRead', limitMb },
  );
}

/** Throws `tooLargeToRead` when the heap is nearly at its limit. */
export function checkHeap(file: string): void {
  const { used_heap_size: used, heap_size_limit: limit } = getHeapStatistics();
  if (used > limit * FULL) throw tooLargeToRead(file, Math.round(limit / 1024 / 1024));
}
