/** A binary min-heap of numbers ordered by `key`: lanes by their right end, or by their index. */
export class MinHeap {
  private readonly items: number[] = [];

  constructor(private readonly key: (item: number) => number) {}

  get size(): number {
    return this.items.length;
  }

  /** The least item; undefined when empty. */
  peek(): number | undefined {
    return this.items[0];
  }

  push(item: number) {
    const { items, key } = this;
    let i = items.push(item) - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (key(items[parent]) <= key(items[i])) break;
      [items[parent], items[i]] = [items[i], items[parent]];
      i = parent;
    }
  }

  pop(): number | undefined {
    const { items, key } = this;
    const top = items[0];
    const last = items.pop();
    if (items.length === 0 || last === undefined) return top;
    items[0] = last;
    let i = 0;
    for (;;) {
      const left = 2 * i + 1;
      const right = left + 1;
      let least = i;
      if (left < items.length && key(items[left]) < key(items[least])) least = left;
      if (right < items.length && key(items[right]) < key(items[least])) least = right;
      if (least === i) return top;
      [items[least], items[i]] = [items[i], items[least]];
      i = least;
    }
  }

  /** Empties the heap, returning what it held in no particular order. */
  drain(): number[] {
    return this.items.splice(0);
  }
}
