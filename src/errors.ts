// Named error classes: every message reads `kg/<module>: <file>: <cause>` on one line.

/** Base class of the errors this tool reports to users; `module` names the stage that raised it. */
export class KgError extends Error {
  constructor(
    readonly module: string,
    message: string,
  ) {
    super(`kg/${module}: ${message.replace(/\s+/g, ' ').trim()}`);
    this.name = new.target.name;
  }
}

/** An article that cannot be read as text (missing, binary, bad UTF-8, HTML, empty). */
export class ArticleError extends KgError {
  constructor(
    readonly file: string,
    readonly cause_: string,
  ) {
    super('corpus', `${file}: ${cause_}`);
  }
}

/** A record or graph that fails its JSON Schema; `pointer` is the JSON pointer of the first error. */
export class SchemaError extends KgError {
  constructor(
    readonly subject: string,
    readonly errors: { pointer: string; message: string }[],
  ) {
    super('schema', `${subject}: ${errors.map((e) => `${e.pointer || '/'} ${e.message}`).join('; ')}`);
  }
}

/** Bad command-line usage or option values. */
export class UsageError extends KgError {
  constructor(message: string) {
    super('cli', message);
  }
}

/** A file the tool could not write or read (outside article reading). */
export class IoError extends KgError {
  constructor(file: string, cause: string) {
    super('io', `${file}: ${cause}`);
  }
}
