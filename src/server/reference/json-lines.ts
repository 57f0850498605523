import { findNodeAtLocation, parse, parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';

/**
 * Where the values of an imported JSON file stand, so validation errors can name their lines.
 * The parsing is jsonc-parser's; this only maps a value's offset to its line.
 */
export interface JsonLines {
  tree: Node | undefined;
  /** Offset at which each line starts (line n starts at lineStarts[n - 1]). */
  lineStarts: number[];
}

export function jsonLines(text: string): JsonLines {
  const lineStarts = [0];
  for (let i = 0; i < text.length; i++) if (text[i] === '\n') lineStarts.push(i + 1);
  return { tree: parseTree(text), lineStarts };
}

/** The line of the value at `path`, or of its nearest ancestor that exists; 1 when none does. */
export function lineOf(lines: JsonLines, path: readonly PropertyKey[]): number {
  if (!lines.tree) return 1;
  for (let n = path.length; n >= 0; n--) {
    const segments = path.slice(0, n).map((p) => (typeof p === 'number' ? p : String(p)));
    const node = findNodeAtLocation(lines.tree, segments);
    if (node) return lineAt(lines.lineStarts, node.offset);
  }
  return 1;
}

/** True when the file has a value at `path`. */
export function hasPath(lines: JsonLines, path: readonly (string | number)[]): boolean {
  return lines.tree !== undefined && findNodeAtLocation(lines.tree, [...path]) !== undefined;
}

/** The first syntax error of a JSON text, with its line; null when the text is valid JSON. */
export function jsonSyntaxError(text: string): { line: number; message: string } | null {
  const errors: ParseError[] = [];
  parse(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (!first) return null;
  return { line: lineAt(jsonLines(text).lineStarts, first.offset), message: printParseErrorCode(first.error) };
}

function lineAt(lineStarts: number[], offset: number): number {
  let lo = 0;
  let hi = lineStarts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (lineStarts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo + 1;
}
