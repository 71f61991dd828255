import { blockOf, isBlock } from '../marking/textRuns';

export interface AdditionsOptions {
  /** True for nodes the extension added itself (marks, split text, the popover). */
  isOwn: (node: Node) => boolean;
  /** Receives the blocks to read again: every block that gained content, outermost only. */
  onBlocks: (blocks: Element[]) => void;
  /** Waits a little before reporting, so a burst of changes is read once. */
  debounce: (callback: () => void) => void;
}

/** The block to read again for an added node: the node itself when it is a block, else the block around it. */
export function blockToRead(node: Node): Element | null {
  return node instanceof Element && isBlock(node) ? node : blockOf(node.parentNode ?? node);
}

/** Keeps the connected blocks that no other block of the list contains. */
export function outermost(blocks: Iterable<Element>): Element[] {
  const unique = [...new Set(blocks)].filter((block) => block.isConnected);
  return unique.filter((block) => !unique.some((other) => other !== block && other.contains(block)));
}

export interface AdditionsWatcher {
  disconnect(): void;
  /**
   * Runs a change of the extension's own unobserved, so that its additions are not even recorded;
   * what the page added before it is still reported.
   */
  unobserved(change: () => void): void;
}

const OBSERVED = { childList: true, subtree: true };

/** Watches `target` for content the page adds (infinite scroll, client-side navigation). */
export function watchAdditions(
  target: Node,
  { isOwn, onBlocks, debounce }: AdditionsOptions,
): AdditionsWatcher {
  const pending = new Set<Element>();
  let waiting = false;
  const flush = () => {
    waiting = false;
    const blocks = outermost(pending);
    pending.clear();
    if (blocks.length > 0) onBlocks(blocks);
  };
  const notice = (records: MutationRecord[]) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (isOwn(node)) continue;
        const block = blockToRead(node);
        if (block) pending.add(block);
      }
    }
    if (pending.size > 0 && !waiting) {
      waiting = true;
      debounce(flush);
    }
  };
  const observer = new MutationObserver(notice);
  observer.observe(target, OBSERVED);
  let watching = true;
  return {
    disconnect: () => {
      watching = false;
      observer.disconnect();
    },
    unobserved: (change) => {
      if (!watching) return change();
      const earlier = observer.takeRecords();
      observer.disconnect();
      try {
        change();
      } finally {
        // the change may have ended the watch
        if (watching) observer.observe(target, OBSERVED);
        if (watching && earlier.length > 0) notice(earlier);
      }
    },
  };
}
