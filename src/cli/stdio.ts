/**
 * The CLI's output, written straight to file descriptors 1 and 2 with `writeSync`. Merely touching
 * `process.stdout` builds a stream (and, for a pipe, loads `net`): about 5 ms of a 150 ms `check`
 * (issue 14), for lines that a blocking write sends just as well.
 *
 * - A non-blocking descriptor (a pipe that another process made so) answers EAGAIN: from then on that
 *   descriptor's output goes through Node's stream, which queues it, so nothing is lost or reordered.
 * - A reader that went away (`--help | head`) is not an error: the run ends with its exit code.
 */
import { writeSync } from "node:fs";

type Fd = 1 | 2;
const streamed = new Set<Fd>();

const streamOf = (fd: Fd): NodeJS.WriteStream => (fd === 1 ? process.stdout : process.stderr);

export function writeStdio(fd: Fd, text: string): void {
  if (streamed.has(fd)) {
    streamOf(fd).write(text);
    return;
  }
  const bytes = Buffer.from(text, "utf8");
  let written = 0;
  try {
    while (written < bytes.length) written += writeSync(fd, bytes, written);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === "EPIPE") process.exit(process.exitCode ?? 0);
    if (code !== "EAGAIN") throw error;
    streamed.add(fd);
    const stream = streamOf(fd);
    stream.on("error", (streamError: NodeJS.ErrnoException) => {
      if (streamError.code !== "EPIPE") throw streamError;
      process.exit(process.exitCode ?? 0);
    });
    stream.write(bytes.subarray(written));
  }
}

/** The streams that still hold queued output (only those that a non-blocking descriptor made us use). */
export function unflushedStreams(): NodeJS.WriteStream[] {
  return [...streamed].map(streamOf).filter((stream) => stream.writableLength > 0);
}
