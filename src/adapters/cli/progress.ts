/**
 * A one-line progress bar on an interactive terminal (stderr), silent otherwise so logs and pipes stay clean.
 */
export class Progress {
  private last = 0;
  constructor(
    private readonly total: number,
    private readonly stream: NodeJS.WriteStream = process.stderr,
    private readonly enabled = Boolean(process.stderr.isTTY),
  ) {}

  tick(done: number, label: string): void {
    if (!this.enabled) return;
    const now = Date.now();
    if (now - this.last < 100 && done < this.total) return;
    this.last = now;
    const width = 30;
    const filled = this.total ? Math.round((done / this.total) * width) : width;
    const name = label.length > 40 ? '…' + label.slice(-39) : label;
    this.stream.write(`\r[${'#'.repeat(filled)}${'-'.repeat(width - filled)}] ${done}/${this.total} ${name}`.padEnd(100) + '\x1b[K');
  }

  done(): void {
    if (this.enabled) this.stream.write('\r\x1b[K');
  }
}
