/** The part of unzipper's API the workbook size check uses (the package ships no types). */
declare module 'unzipper' {
  import type { Readable } from 'node:stream';

  export interface CentralDirectoryFile {
    path: string;
    type: 'File' | 'Directory';
    compressedSize: number;
    uncompressedSize: number;
    /** 0 stored, 8 deflated. */
    compressionMethod: number;
    /** Where the entry's local header starts in the archive. */
    offsetToLocalFileHeader: number;
    stream(): Readable;
  }
  export interface CentralDirectory {
    files: CentralDirectoryFile[];
  }
  export const Open: { buffer(buf: Buffer): Promise<CentralDirectory> };
}
