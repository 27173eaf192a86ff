// One plan file's text, with positions for any path into its data. The position-keeping
// parse (the `yaml` package's Document) is built only when a finding or an edit needs it:
// the fast parse in parse.ts serves the common case of a valid file.
//
// A large plan's files are not all held at once: once a file is checked its text is
// released, and read again (through `reload`) only if a finding or an edit needs a position
// in it (see load-plan.ts).

import { isCollection, isMap, isPair, isScalar, LineCounter, parseDocument, type Document, type Node } from 'yaml';

export interface Position {
  line: number;
  col: number;
}

export class SourceFile {
  private document: Document | undefined;
  private lineCounter: LineCounter | undefined;
  private content: string | undefined;

  constructor(
    /** The path shown to the user. */
    readonly displayPath: string,
    text: string | undefined,
    /** Reads the text again after `release` (or first, when constructed without it). */
    private readonly reload?: () => string,
  ) {
    this.content = text;
  }

  get text(): string {
    if (this.content === undefined) this.content = this.reload ? this.reload() : '';
    return this.content;
  }

  /** Drop the text and everything parsed from it, when it can be read again on demand. */
  release(): void {
    if (!this.reload) return;
    this.content = undefined;
    this.document = undefined;
    this.lineCounter = undefined;
  }

  /** 1-based line and column of a character offset. */
  positionOf(offset: number): Position {
    const { line, col } = this.lines().linePos(offset);
    return { line, col };
  }

  /** The text of a 1-based line, without its line break. */
  lineText(line: number): string {
    const counter = this.lines();
    const start = counter.lineStarts[line - 1];
    if (start === undefined) return '';
    const end = counter.lineStarts[line] ?? this.text.length;
    return this.text.slice(start, end).replace(/\r?\n$/, '');
  }

  /**
   * Position of the node at `path`, or of its nearest existing ancestor. With `atKey`,
   * the position of the mapping key of the last segment (where a typo stands).
   */
  positionAt(path: readonly (string | number)[], atKey = false): Position {
    const doc = this.doc();
    let node: unknown = doc.contents;
    let best: Node | null = isCollection(node) || isScalar(node) ? (node as Node) : null;
    for (let depth = 0; depth < path.length; depth++) {
      const segment = path[depth]!;
      const isLast = depth === path.length - 1;
      if (!isCollection(node)) break;
      if (isMap(node)) {
        const pair = node.items.find((item) => isPair(item) && isScalar(item.key) && String(item.key.value) === String(segment));
        if (!pair) break;
        if (isLast && atKey && isScalar(pair.key)) {
          best = pair.key;
          break;
        }
        node = pair.value;
      } else {
        node = node.items[Number(segment)];
      }
      if (isCollection(node) || isScalar(node)) best = node as Node;
      else break;
    }
    const offset = best?.range?.[0] ?? 0;
    return this.positionOf(offset);
  }

  /** The position-keeping Document, parsed once on first use. */
  doc(): Document {
    if (!this.document) {
      this.document = parseDocument(this.text, { uniqueKeys: true, prettyErrors: false });
    }
    return this.document;
  }

  private lines(): LineCounter {
    if (!this.lineCounter) {
      const counter = new LineCounter();
      counter.addNewLine(0);
      for (let i = this.text.indexOf('\n'); i !== -1; i = this.text.indexOf('\n', i + 1)) counter.addNewLine(i + 1);
      this.lineCounter = counter;
    }
    return this.lineCounter;
  }
}
