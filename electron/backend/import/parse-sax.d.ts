/** exceljs's streaming XML parser (saxes, fed chunk by chunk), which the XLSX reader shares. */
declare module 'exceljs/lib/utils/parse-sax' {
  export interface SaxNode {
    name: string;
    attributes: Record<string, string>;
  }
  export type SaxEvent = { eventType: 'opentag' | 'closetag'; value: SaxNode } | { eventType: 'text'; value: string };
  export default function parseSax(iterable: AsyncIterable<Buffer | string>): AsyncGenerator<SaxEvent[]>;
}
